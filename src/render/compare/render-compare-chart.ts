/**
 * The comparison chart: one row per competency that moved, its old level (hollow)
 * and new level (filled) on a 0–4 scale, as inline SVG. The table after it in the
 * HTML report gives the same values.
 */
import type { Comparison } from '../../contracts/comparison.ts';
import { LEVELS, MAX_LEVEL, MIN_LEVEL } from '../../contracts/limits.ts';
import { svgChart } from '../kit/html.ts';
import { escapeHtml as h } from '../kit/html-escape.ts';
import { truncate } from '../kit/text-layout.ts';

const WIDTH = 760;
const LABEL_WIDTH = 300;
const LEFT = LABEL_WIDTH + 20;
const RIGHT = WIDTH - 30;
const TOP = 34;
const ROW = 26;
const LABEL_CHARS = 40;

type Move = Comparison['moved'][number] & { old: number; new: number };

function x(level: number): number {
  return Number((LEFT + ((RIGHT - LEFT) * Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, level))) / MAX_LEVEL).toFixed(1));
}

/** The moves that can be drawn: assessed in both reports. */
export function chartedMoves(comparison: Comparison): Move[] {
  return comparison.moved.filter((move): move is Move => move.old !== null && move.new !== null);
}

function row(move: Move, index: number): string {
  const y = TOP + ROW * index + ROW / 2;
  const direction = move.new > move.old ? 'up' : 'down';
  return [
    `<g class="move ${direction}">`,
    `<text class="label" x="${LABEL_WIDTH}" y="${y}" text-anchor="end" dominant-baseline="middle"><title>${h(move.title)}</title>${h(truncate(move.title, LABEL_CHARS))}</text>`,
    `<line x1="${x(move.old)}" y1="${y}" x2="${x(move.new)}" y2="${y}"/>`,
    `<circle class="old" cx="${x(move.old)}" cy="${y}" r="5"/>`,
    `<circle class="new" cx="${x(move.new)}" cy="${y}" r="5"/>`,
    '</g>',
  ].join('');
}

export function movesSvg(comparison: Comparison): string {
  const moves = chartedMoves(comparison);
  const height = TOP + ROW * moves.length + 10;
  const ticks = LEVELS.map(
    (level) =>
      `<line class="tick" x1="${x(level)}" y1="${TOP - 6}" x2="${x(level)}" y2="${height - 10}"/>` +
      `<text class="tick-label" x="${x(level)}" y="${TOP - 12}" text-anchor="middle">${level}</text>`,
  );
  const labels = {
    titleHtml: 'Competency levels, old and new',
    descHtml:
      `One row for each of the ${moves.length} competencies assessed in both reports whose level changed, on a scale from level ${MIN_LEVEL} (left) to ${MAX_LEVEL} (right). ` +
      'The hollow dot is the old level, the filled dot the new one. The table after the chart gives the same values.',
  };
  return svgChart('moves', { width: WIDTH, height }, { name: 'rows', value: moves.length }, labels, [`<g class="scale">${ticks.join('')}</g>`, ...moves.map(row)]);
}
