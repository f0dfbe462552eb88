/** The Markdown report: the same content as the text report, as CommonMark with GitHub tables. */
import { markdownList as list, markdownResource, markdownTable as table } from '../kit/markdown.ts';
import { escapeMarkdown as md } from '../kit/markdown-escape.ts';
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

export function renderMarkdown(report: Report): string {
  const blocks = [
    header(report),
    summary(report),
    stage(report),
    categories(report),
    competencies(report),
    whyNotNext(report),
    gaps(report),
    strengths(report),
    tracks(report),
    evidenceAnswers(report),
    evidence(report),
  ].flat();
  return `${blocks.join('\n\n')}\n`;
}

function header(report: Report): string[] {
  const blocks = [`# ${md(reportTitle(report))}`, md(reportSubtitle(report))];
  const note = incompleteNote(report);
  if (note !== null) blocks.push(`> **${md(note)}**`);
  return blocks;
}

/** The same summary the text report opens with: stage, the rule with the person's numbers, the shortest path. */
function summary(report: Report): string[] {
  const note = unweightedScopeNote(report);
  if (note !== null) return [`> **${md(note)}**`];
  const current = report.stage;
  const facts = stageFacts(report, salaryRange);
  const blocks = [`**Stage: ${md(stageTitles(report))}**${current.met ? '' : ` (${md(STAGE_NOT_MET)})`}  \n${md(facts)}`];
  const bounds = boundsSentence(report);
  if (bounds !== null) blocks.push(`> ${md(bounds)}`);
  blocks.push(md(ruleSentence(report) ?? topSentence(report)));
  const others = otherPathsSentence(report);
  if (others !== null) blocks.push(md(others));
  const path = summaryPath(report);
  if (path !== null) {
    const steps = path.steps.map((step, index) => `${index + 1}. **${md(step.text)}**${step.action === null ? '' : `: ${md(step.action)}`}`);
    if (path.more > 0) steps.push(`${path.steps.length + 1}. … ${path.more} more below, under Gaps`);
    blocks.push(`**${md(path.heading)}**`, steps.join('\n'));
  }
  return blocks;
}

function stage(report: Report): string[] {
  const current = report.stage;
  const facts: string[] = [];
  if (!current.met) facts.push(`**${md(STAGE_NOT_MET)}**`);
  if (current.alsoKnownAs.length > 0) facts.push(`Also known as: ${md(current.alsoKnownAs.join(', '))}`);
  facts.push(`Typical experience: ${md(formatYears(current.years))}`);
  for (const salary of current.salaries) facts.push(md(salaryLine(salary)));
  const overall = formatScore(report.overall.score) + (report.overall.score === null ? '' : ' / 100');
  return [`## Stage: ${md(current.title)}`, list(facts), `**Overall score:** ${overall}`];
}

function categories(report: Report): string[] {
  if (report.categories.length === 0) return [];
  const rows = report.categories.map((category) => [md(category.title), formatScore(category.score)]);
  return ['## Categories', table(['Category', 'Score (0–100)'], ['left', 'right'], rows)];
}

function competencies(report: Report): string[] {
  if (report.competencies.length === 0) return [];
  const rows = report.competencies.map((competency) => [
    md(competency.title),
    md(categoryTitle(report, competency.category)),
    competency.level === null ? 'not assessed' : formatLevel(competency.level),
    formatLevel(competency.expected),
  ]);
  const head = ['Competency', 'Category', 'Level', `Expected for ${md(report.target.title)}`];
  return ['## Competencies', table(head, ['left', 'left', 'right', 'right'], rows)];
}

function whyNotNext(report: Report): string[] {
  const next = report.nextStage;
  if (!report.scope.weighted) return [];
  if (next === null) return ['## Top of the ladder', `${md(report.stage.title)} is the highest stage of this rubric set.`];
  const blockers = next.blockers.map((blocker) => {
    const why = blocker.blocksBy === 'shortfall' ? `, ${shortfallNote(report.attainment.maxShortfall)}` : '';
    return `**${md(blocker.title)}**: level ${formatLevel(blocker.level)} → expected ${formatLevel(blocker.expected)}${why}`;
  });
  const blocks = [`## Why not ${md(next.title)}`, `Readiness: ${formatPercent(next.readiness)} of its expectations met.`];
  if (blockers.length > 0) blocks.push(list(blockers));
  return blocks;
}

function gaps(report: Report): string[] {
  const blocks = [`## Gaps for ${md(report.target.title)}`];
  if (report.gaps.length === 0) blocks.push(`None: every assessed competency meets the expectations of ${md(report.target.title)}.`);
  report.gaps.forEach((gap, index) => {
    const where = md(categoryTitle(report, gap.category));
    blocks.push(`### ${index + 1}. ${md(gap.title)} (${where}): level ${formatLevel(gap.level)} → ${formatLevel(gap.expected)}`);
    for (const step of gap.steps) {
      blocks.push(`**Level ${step.from} → ${step.to}**`, list(step.actions.map(md)));
      if (step.resources.length > 0) blocks.push('Resources:', list(step.resources.map(markdownResource)));
    }
  });
  return blocks;
}

function strengths(report: Report): string[] {
  if (report.strengths.length === 0) return ['## Strengths', `None at or above the expectations of ${md(report.target.title)} yet.`];
  const items = report.strengths.map(
    (strength) => `**${md(strength.title)}**: level ${formatLevel(strength.level)} (expected ${formatLevel(strength.expected)})`,
  );
  return ['## Strengths', list(items)];
}

function tracks(report: Report): string[] {
  const fit = trackLines(report);
  if (fit === null) return [];
  const blocks = [`## ${md(fit.heading)}`];
  if (fit.note !== null) blocks.push(`> ${md(fit.note)}`);
  if (fit.tracks.length > 0) {
    const items = fit.tracks.map((track, index) => {
      const details = [track.drivers, track.gap].filter((line): line is string => line !== null).map((line) => `   - ${md(line)}`);
      return [`${index + 1}. **${md(track.title)}**: ${md(track.fit)}`, ...details].join('\n');
    });
    blocks.push(items.join('\n'));
  }
  return blocks;
}

function evidenceAnswers(report: Report): string[] {
  if (report.evidence.length === 0) return [];
  const items = report.evidence.map((entry) => `${md(entry.prompt)} **${md(evidenceValue(entry.value))}**`);
  return ['## Evidence you gave', 'Breadth and counts: reported, never part of a level.', list(items)];
}

function evidence(report: Report): string[] {
  const notes = evidenceNotes(report);
  if (notes.length === 0) return [];
  return ['## Your notes', list(notes.map(({ question, note }) => `${md(question)}: ${md(note)}`))];
}
