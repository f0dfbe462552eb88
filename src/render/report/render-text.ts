/** The terminal report: plain text, optional ANSI colour, wrapped to a width. */
import { Chalk, type ChalkInstance } from 'chalk';
import {
  categoryTitle,
  evidenceNotes,
  formatLevel,
  formatPercent,
  formatScore,
  formatYears,
  incompleteNote,
  reportSubtitle,
  reportTitle,
  safeUrl,
  salaryLine,
  shortfallNote,
  STAGE_NOT_MET,
} from './phrases.ts';
import type { Report } from '../../contracts/report.ts';
import { blockBar, hangingWrap, truncate } from '../kit/text-layout.ts';

export const DEFAULT_TEXT_WIDTH = 80;
const MIN_WIDTH = 40;

interface Context {
  report: Report;
  width: number;
  c: ChalkInstance;
}

export function renderText(report: Report, options: { color: boolean; width?: number }): string {
  // A private instance: the global chalk guesses colour support from the environment.
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const width = Math.max(MIN_WIDTH, Math.floor(options.width ?? DEFAULT_TEXT_WIDTH));
  const context: Context = { report, width, c };
  const sections = [header, stage, categories, whyNotNext, gaps, strengths, evidence];
  return `${sections.map((section) => section(context).join('\n')).filter((block) => block !== '').join('\n\n')}\n`;
}

function header({ report, width, c }: Context): string[] {
  const lines = [...hangingWrap('', c.bold(reportTitle(report)), width), ...hangingWrap('', c.dim(reportSubtitle(report)), width)];
  const note = incompleteNote(report);
  if (note !== null) lines.push(...hangingWrap('', c.yellow(note), width));
  return lines;
}

function stage({ report, width, c }: Context): string[] {
  const { stage: current } = report;
  const lines = hangingWrap('', `${c.bold('Stage:')} ${c.bold.cyan(current.title)}`, width);
  if (!current.met) lines.push(...hangingWrap('  ', c.yellow(STAGE_NOT_MET), width));
  if (current.alsoKnownAs.length > 0) lines.push(...hangingWrap('  Also known as: ', current.alsoKnownAs.join(', '), width));
  lines.push(`  Typical experience: ${formatYears(current.years)}`);
  if (current.salary !== null) lines.push(...hangingWrap('  ', salaryLine(current.salary), width));
  lines.push('', `${c.bold('Overall score:')} ${formatScore(report.overall.score)}${report.overall.score === null ? '' : ' / 100'}`);
  return lines;
}

function categories({ report, width, c }: Context): string[] {
  if (report.categories.length === 0) return [];
  const labelWidth = Math.min(Math.max(...report.categories.map((category) => category.title.length)), Math.floor(width * 0.4));
  const barWidth = Math.max(10, Math.min(40, width - labelWidth - 12));
  const rows = report.categories.map((category) => {
    const label = truncate(category.title, labelWidth).padEnd(labelWidth);
    if (category.score === null) return `  ${label}  ${c.dim('not assessed')}`;
    const bar = blockBar(category.score / 100, barWidth);
    return `  ${label}  ${c.green(bar.full)}${c.dim(bar.empty)}  ${formatScore(category.score).padStart(5)}`;
  });
  return [c.bold('Categories (score 0–100)'), ...rows];
}

function whyNotNext({ report, width, c }: Context): string[] {
  const next = report.nextStage;
  if (next === null) {
    return [c.bold('Top of the ladder'), ...hangingWrap('  ', `${report.stage.title} is the highest stage of this rubric set.`, width)];
  }
  const lines = [
    ...hangingWrap('', c.bold(`Why not ${next.title}`), width),
    `  Readiness: ${formatPercent(next.readiness)} of its expectations met`,
  ];
  for (const blocker of next.blockers) {
    const why = blocker.blocksBy === 'shortfall' ? `, ${c.red(shortfallNote(report.attainment.maxShortfall))}` : '';
    const text = `${blocker.title}: level ${formatLevel(blocker.level)} → expected ${formatLevel(blocker.expected)}${why}`;
    lines.push(...hangingWrap('  • ', text, width));
  }
  return lines;
}

function gaps({ report, width, c }: Context): string[] {
  const lines = hangingWrap('', c.bold(`Gaps for ${report.target.title}`), width);
  if (report.gaps.length === 0) {
    lines.push(...hangingWrap('  ', `None: every assessed competency meets the expectations of ${report.target.title}.`, width));
    return lines;
  }
  report.gaps.forEach((gap, index) => {
    const heading = `${gap.title} (${categoryTitle(report, gap.category)}): level ${formatLevel(gap.level)} → ${formatLevel(gap.expected)}`;
    lines.push(...hangingWrap(`  ${index + 1}. `, c.bold(heading), width));
    for (const step of gap.steps) {
      lines.push(`     ${c.cyan(`Level ${step.from} → ${step.to}`)}`);
      for (const action of step.actions) lines.push(...hangingWrap('       • ', action, width));
      if (step.resources.length > 0) lines.push('       Resources:');
      for (const resource of step.resources) {
        const url = safeUrl(resource.url);
        lines.push(...hangingWrap('         - ', `${resource.title} (${resource.kind})${url === undefined ? '' : ` ${c.underline(url)}`}`, width));
      }
    }
  });
  return lines;
}

function strengths({ report, width, c }: Context): string[] {
  const lines = [c.bold('Strengths')];
  if (report.strengths.length === 0) lines.push(...hangingWrap('  ', `None above the expectations of ${report.stage.title}.`, width));
  for (const strength of report.strengths) {
    const text = `${strength.title}: level ${formatLevel(strength.level)} (expected ${formatLevel(strength.expected)})`;
    lines.push(...hangingWrap('  • ', text, width));
  }
  return lines;
}

function evidence({ report, width, c }: Context): string[] {
  const notes = evidenceNotes(report);
  if (notes.length === 0) return [];
  return [c.bold('Evidence'), ...notes.flatMap(({ question, note }) => hangingWrap('  • ', `${question}: ${note}`, width))];
}
