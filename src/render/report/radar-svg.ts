/**
 * The radar chart of the HTML report: one axis per competency, the person's levels
 * against the target's expected levels, as inline SVG (no script, no external refs).
 */
import { svgChart } from '../kit/html.ts';
import { escapeHtml } from '../kit/html-escape.ts';
import { truncate } from '../kit/text-layout.ts';
import { LEVELS, MAX_LEVEL, MIN_LEVEL } from '../../contracts/limits.ts';
import type { Report } from '../../contracts/report.ts';

// Wider than tall: labels on the left and right need room for about 30 characters ("12. " and a 26-character title).
const WIDTH = 760;
const HEIGHT = 480;
const CX = WIDTH / 2;
const CY = HEIGHT / 2;
const RADIUS = 165;
const LABEL_RADIUS = RADIUS + 16;
const LABEL_CHARS = 26;
/** Beyond this many axes, labels are axis numbers only. */
const MAX_TITLED_AXES = 12;

type Competency = Report['competencies'][number];

/** Where level `level` on axis `index` of `count` lies; axis 0 points up, the rest go clockwise. */
function point(index: number, count: number, level: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const distance = (RADIUS * Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, level))) / MAX_LEVEL;
  return [CX + distance * Math.cos(angle), CY + distance * Math.sin(angle)];
}

function coordinates([x, y]: [number, number]): string {
  return `${Number(x.toFixed(1))},${Number(y.toFixed(1))}`;
}

function polygon(className: string, levels: number[]): string {
  const points = levels.map((level, index) => coordinates(point(index, levels.length, level))).join(' ');
  return `<polygon class="${className}" points="${points}"/>`;
}

function label(competency: Competency, index: number, count: number): string {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const x = CX + LABEL_RADIUS * Math.cos(angle);
  const y = CY + LABEL_RADIUS * Math.sin(angle);
  const anchor = Math.cos(angle) > 0.1 ? 'start' : Math.cos(angle) < -0.1 ? 'end' : 'middle';
  const baseline = Math.sin(angle) > 0.3 ? 'hanging' : Math.sin(angle) < -0.3 ? 'auto' : 'middle';
  // With many axes, titles would overlap: the axis number refers to the table's "#" column.
  const text = count > MAX_TITLED_AXES ? `${index + 1}` : `${index + 1}. ${truncate(competency.title, LABEL_CHARS)}`;
  return (
    `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" dominant-baseline="${baseline}">` +
    `<title>${escapeHtml(competency.title)}</title>${escapeHtml(text)}</text>`
  );
}

/** The radar as an `<svg>` element; a competency that was not assessed plots at 0. */
export function radarSvg(competencies: Competency[], targetTitle: string): string {
  const count = competencies.length;
  const rings = LEVELS.filter((level) => level > MIN_LEVEL).map(
    (level) =>
      `<circle class="ring" cx="${CX}" cy="${CY}" r="${(RADIUS * level) / MAX_LEVEL}"/>` +
      `<text class="ring-label" x="${CX + 3}" y="${CY - (RADIUS * level) / MAX_LEVEL - 2}">${level}</text>`,
  );
  const axes = competencies.map((_, index) => {
    const [x, y] = point(index, count, MAX_LEVEL);
    return `<line class="axis" x1="${CX}" y1="${CY}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}"/>`;
  });
  const target = escapeHtml(targetTitle);
  const labels = {
    titleHtml: `Competency levels against the expectations of ${target}`,
    descHtml:
      `Radar chart with one axis per competency (${count} in all), from level ${MIN_LEVEL} at the centre to level ${MAX_LEVEL} at the edge. ` +
      `The filled shape is the assessed level, the dashed shape the level expected for ${target}. The table after the chart gives the same values.`,
  };
  return svgChart('radar', { width: WIDTH, height: HEIGHT }, { name: 'axes', value: count }, labels, [
    `<g class="rings">${rings.join('')}</g>`,
    `<g class="axes">${axes.join('')}</g>`,
    polygon('expected', competencies.map((competency) => competency.expected)),
    polygon('level', competencies.map((competency) => competency.level ?? 0)),
    `<g class="labels">${competencies.map((competency, index) => label(competency, index, count)).join('')}</g>`,
  ]);
}
