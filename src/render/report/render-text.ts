/** The terminal report: plain text, optional ANSI colour, wrapped to a width. */
import type { ChalkInstance } from 'chalk';
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
  salaryLine,
  shortfallNote,
  STAGE_NOT_MET,
} from './phrases.ts';
import type { Report } from '../../contracts/report.ts';
import { barRows, resourceText, textSetup, type TextOptions } from '../kit/text.ts';
import { hangingWrap } from '../kit/text-layout.ts';

interface Context {
  report: Report;
  width: number;
  c: ChalkInstance;
}

export function renderText(report: Report, options: TextOptions): string {
  const context: Context = { report, ...textSetup(options) };
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
  const rows = report.categories.map((category) => ({
    label: category.title,
    share: category.score === null ? null : category.score / 100,
    value: formatScore(category.score),
  }));
  return [c.bold('Categories (score 0–100)'), ...barRows(rows, { width, c, fill: c.green, valueWidth: 5 })];
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
      for (const resource of step.resources) lines.push(...hangingWrap('         - ', resourceText(resource, c), width));
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
