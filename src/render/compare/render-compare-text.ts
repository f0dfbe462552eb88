/** The comparison in the terminal: plain text, optional colour, wrapped to a width. */
import type { ChalkInstance } from 'chalk';
import type { Comparison } from '../../contracts/comparison.ts';
import {
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
import { formatScore } from '../report/phrases.ts';
import { textSetup, type TextOptions } from '../kit/text.ts';
import { hangingWrap, truncate } from '../kit/text-layout.ts';

export function renderCompareText(comparison: Comparison, options: TextOptions): string {
  const { c, width } = textSetup(options);
  const blocks = [header, scores, competencies, gaps, onlyIn].map((block) => block(comparison, width, c).join('\n'));
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function header(comparison: Comparison, width: number, c: ChalkInstance): string[] {
  const lines = [
    ...hangingWrap('', c.bold(comparisonTitle(comparison)), width),
    ...hangingWrap('  ', c.dim(sideLine('old', comparison)), width),
    ...hangingWrap('  ', c.dim(sideLine('new', comparison)), width),
  ];
  const note = rubricSetNote(comparison);
  if (note !== null) lines.push(...hangingWrap('', c.yellow(note), width));
  return lines;
}

function colourChange(value: number | null, text: string, c: ChalkInstance): string {
  if (value === null || value === 0) return text;
  return value > 0 ? c.green(text) : c.red(text);
}

function scores(comparison: Comparison, width: number, c: ChalkInstance): string[] {
  const lines = [c.bold(stageLine(comparison)), c.bold(overallLine(comparison))];
  if (comparison.categories.length === 0) return lines;
  const labelWidth = Math.min(Math.max(...comparison.categories.map((category) => category.title.length)), Math.floor(width * 0.45));
  lines.push('', c.bold('Categories (score 0–100)'));
  for (const category of comparison.categories) {
    const values = `${formatScore(category.old).padStart(5)} → ${formatScore(category.new).padEnd(5)}`;
    lines.push(`  ${truncate(category.title, labelWidth).padEnd(labelWidth)}  ${values} ${colourChange(category.change, signed(category.change, formatScore), c)}`.trimEnd());
  }
  return lines;
}

function competencies(comparison: Comparison, width: number, c: ChalkInstance): string[] {
  const lines = [c.bold(movedHeading(comparison))];
  for (const move of comparison.moved) {
    lines.push(...hangingWrap('  • ', `${move.title}: ${colourChange(move.change, moveText(move), c)}`, width));
  }
  return lines;
}

function gaps(comparison: Comparison, width: number, c: ChalkInstance): string[] {
  const lines = hangingWrap('', c.dim(gapsNote(comparison)), width);
  lines.push(c.bold(`Gaps closed: ${comparison.gapsClosed.length}`));
  for (const gap of comparison.gapsClosed) lines.push(...hangingWrap('  • ', closedText(gap), width));
  lines.push(c.bold(`Gaps opened: ${comparison.gapsOpened.length}`));
  for (const group of openedGroups(comparison)) {
    lines.push(...hangingWrap('  ', group.heading, width));
    for (const gap of group.gaps) lines.push(...hangingWrap('    • ', openedText(gap), width));
  }
  return lines;
}

function onlyIn(comparison: Comparison, width: number): string[] {
  return (['old', 'new'] as const).flatMap((label) => {
    const line = onlyInLine(comparison, label);
    return line === null ? [] : hangingWrap('', line, width);
  });
}
