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
  evidenceValue,
  salaryLine,
  salaryRange,
  shortfallNote,
  STAGE_NOT_MET,
} from './phrases.ts';
import { boundsSentence, otherPathsSentence, ruleSentence, stageFacts, stageTitles, summaryPath, topSentence, unweightedScopeNote } from './summary.ts';
import type { Report } from '../../contracts/report.ts';
import { trackLines } from './tracks-summary.ts';
import { barRows, resourceText, textSetup, type TextOptions } from '../kit/text.ts';
import { hangingWrap, truncateWords } from '../kit/text-layout.ts';

interface Context {
  report: Report;
  width: number;
  c: ChalkInstance;
}

const SUMMARY = [header, summaryStage, summaryRule, summaryPathLines];
const DETAILS = [stage, categories, whyNotNext, gaps, strengths, tracks, evidenceAnswers, evidence];

function joinSections(context: Context, sections: readonly ((context: Context) => string[])[]): string {
  return sections
    .map((section) => section(context).join('\n'))
    .filter((block) => block !== '')
    .join('\n\n');
}

/** The summary the report opens with: it fits an 80×24 terminal (stage, the rule with your numbers, the shortest path). */
export function renderTextSummary(report: Report, options: TextOptions): string {
  return `${joinSections({ report, ...textSetup(options) }, SUMMARY)}\n`;
}

export function renderText(report: Report, options: TextOptions): string {
  const context: Context = { report, ...textSetup(options) };
  const rule = context.c.dim('─'.repeat(Math.min(context.width, 80)));
  return `${joinSections(context, SUMMARY)}\n\n${rule}\n\n${joinSections(context, DETAILS)}\n`;
}

function summaryStage({ report, width, c }: Context): string[] {
  const note = unweightedScopeNote(report);
  if (note !== null) return hangingWrap('', c.yellow(note), width);
  const { stage: current } = report;
  const names = current.alsoKnownAs.length > 0 ? ` (${current.alsoKnownAs.slice(0, 2).join(', ')})` : '';
  const lines = hangingWrap('', `${c.bold('Stage:')} ${c.bold.cyan(stageTitles(report))}${names}`, width);
  if (!current.met) lines.push(...hangingWrap('  ', c.yellow(STAGE_NOT_MET), width));
  const facts = stageFacts(report, salaryRange);
  lines.push(...hangingWrap('  ', facts, width));
  const bounds = boundsSentence(report);
  if (bounds !== null) lines.push(...hangingWrap('  ', report.stage.bounds.certain ? bounds : c.yellow(bounds), width));
  return lines;
}

function summaryRule({ report, width }: Context): string[] {
  if (!report.scope.weighted) return [];
  const sentence = ruleSentence(report);
  if (sentence === null) return hangingWrap('', topSentence(report), width);
  const others = otherPathsSentence(report);
  return [...hangingWrap('', sentence, width), ...(others === null ? [] : hangingWrap('', others, width))];
}

function summaryPathLines({ report, width, c }: Context): string[] {
  if (!report.scope.weighted) return [];
  const path = summaryPath(report);
  if (path === null) return [];
  const lines = hangingWrap('', c.bold(path.heading), width);
  path.steps.forEach((step, index) => {
    const head = `  ${index + 1}. ${step.text}`;
    const rest = step.action === null ? '' : `: ${step.action}`;
    lines.push(`${c.bold(head)}${truncateWords(rest, Math.max(0, width - head.length))}`);
  });
  if (path.more > 0) lines.push(c.dim(`  … ${path.more} more below, under Gaps`));
  return lines;
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
  if (current.alsoKnownAs.length > 0) lines.push(...hangingWrap('  Also known as: ', current.alsoKnownAs.join(', '), width));
  lines.push(`  Typical experience: ${formatYears(current.years)}`);
  for (const salary of current.salaries) lines.push(...hangingWrap('  ', salaryLine(salary), width));
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
  if (!report.scope.weighted) return [];
  if (next === null) {
    return [c.bold('Top of the ladder'), ...hangingWrap('  ', `${report.stage.title} is the highest stage of this rubric set.`, width)];
  }
  const lines = [
    ...hangingWrap('', c.bold(`Why not ${next.title}`), width),
    `  Readiness: ${formatPercent(next.readiness)} of its expectations met`,
  ];
  for (const blocker of next.blockers) {
    const why =
      blocker.blocksBy === 'shortfall'
        ? `, ${c.red(shortfallNote(report.attainment.maxShortfall))}`
        : blocker.shortfall === 1 && report.attainment.nearMissCredit > 0
          ? c.dim(' (one short: counts part)')
          : '';
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
  if (report.strengths.length === 0) lines.push(...hangingWrap('  ', `None at or above the expectations of ${report.target.title} yet.`, width));
  for (const strength of report.strengths) {
    const text = `${strength.title}: level ${formatLevel(strength.level)} (expected ${formatLevel(strength.expected)})`;
    lines.push(...hangingWrap('  • ', text, width));
  }
  return lines;
}

function tracks({ report, width, c }: Context): string[] {
  const fit = trackLines(report);
  if (fit === null) return [];
  const lines = [c.bold(fit.heading)];
  if (fit.note !== null) lines.push(...hangingWrap('  ', c.yellow(fit.note), width));
  fit.tracks.forEach((track, index) => {
    lines.push(...hangingWrap(`  ${index + 1}. `, `${c.bold(track.title)}: ${track.fit}`, width));
    if (track.drivers !== null) lines.push(...hangingWrap('     ', track.drivers, width));
    if (track.gap !== null) lines.push(...hangingWrap('     ', track.gap, width));
  });
  return lines;
}

function evidenceAnswers({ report, width, c }: Context): string[] {
  if (report.evidence.length === 0) return [];
  return [
    c.bold('Evidence you gave (breadth and counts: never part of a level)'),
    ...report.evidence.flatMap((entry) => hangingWrap('  • ', `${entry.prompt} ${c.cyan(evidenceValue(entry.value))}`, width)),
  ];
}

function evidence({ report, width, c }: Context): string[] {
  const notes = evidenceNotes(report);
  if (notes.length === 0) return [];
  return [c.bold('Your notes'), ...notes.flatMap(({ question, note }) => hangingWrap('  • ', `${question}: ${note}`, width))];
}
