/** The comparison as Markdown (CommonMark with GitHub tables). */
import type { Comparison } from '../../contracts/comparison.ts';
import {
  categoryTitleIn,
  closedText,
  comparisonTitle,
  gapsNote,
  movedHeading,
  moveText,
  onlyInLine,
  openedGroups,
  openedText,
  overallLine,
  rubricSetNote,
  sideLine,
  signed,
  stageLine,
} from './compare-phrases.ts';
import { markdownList, markdownTable } from '../kit/markdown.ts';
import { escapeMarkdown as md } from '../kit/markdown-escape.ts';
import { formatScore } from '../report/phrases.ts';

export function renderCompareMarkdown(comparison: Comparison): string {
  const lines = [`# ${md(comparisonTitle(comparison))}`, '', markdownList([md(sideLine('old', comparison)), md(sideLine('new', comparison))])];
  const note = rubricSetNote(comparison);
  if (note !== null) lines.push('', `> ${md(note)}`);
  lines.push('', `**${md(stageLine(comparison))}**`, '', `**${md(overallLine(comparison))}**`);
  if (comparison.categories.length > 0) {
    const rows = comparison.categories.map((category) => [md(category.title), formatScore(category.old), formatScore(category.new), signed(category.change, formatScore)]);
    lines.push('', '## Categories', '', markdownTable(['Category', 'Old', 'New', 'Change'], ['left', 'right', 'right', 'right'], rows));
  }
  lines.push('', `## ${md(movedHeading(comparison))}`);
  if (comparison.moved.length > 0) {
    // Levels and signs only: nothing to escape, and escaping "1.25" at the start of a cell would show a backslash in the source.
    const rows = comparison.moved.map((move) => [md(move.title), md(categoryTitleIn(comparison, move.category)), moveText(move)]);
    lines.push('', markdownTable(['Competency', 'Category', 'Level'], ['left', 'left', 'left'], rows));
  }
  lines.push('', '## Gaps', '', md(gapsNote(comparison)), '', `### Closed: ${comparison.gapsClosed.length}`);
  if (comparison.gapsClosed.length > 0) lines.push('', markdownList(comparison.gapsClosed.map((gap) => md(closedText(gap)))));
  lines.push('', `### Opened: ${comparison.gapsOpened.length}`);
  for (const group of openedGroups(comparison)) {
    lines.push('', `#### ${md(group.heading)}`, '', ...group.gaps.map((gap) => `- ${md(openedText(gap))}`));
  }
  for (const label of ['old', 'new'] as const) {
    const line = onlyInLine(comparison, label);
    if (line !== null) lines.push('', md(line));
  }
  return `${lines.join('\n')}\n`;
}
