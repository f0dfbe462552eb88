/** The comparison as one self-contained HTML file (inline CSS and SVG, no script, nothing fetched). */
import type { Comparison } from '../../contracts/comparison.ts';
import { MAX_LEVEL, MIN_LEVEL } from '../../contracts/limits.ts';
import {
  categoryTitleIn,
  closedText,
  comparisonTitle,
  gapsNote,
  levelOrNone,
  movedHeading,
  onlyInLine,
  openedGroups,
  openedText,
  overallLine,
  rubricSetNote,
  sideLine,
  signed,
  stageLine,
} from './compare-phrases.ts';
import { escapeHtml as h } from '../kit/html-escape.ts';
import { htmlList, htmlSection } from '../kit/html.ts';
import { htmlPage } from '../kit/html-page.ts';
import { VIEWS_STYLE } from '../kit/html-style-views.ts';
import { formatScore } from '../report/phrases.ts';
import { chartedMoves, movesSvg } from './render-compare-chart.ts';

export function renderCompareHtml(comparison: Comparison): string {
  const body = [header, scores, categories, competencies, gaps, onlyIn].map((section) => section(comparison)).filter((block) => block !== '');
  return htmlPage(comparisonTitle(comparison), body.join('\n'), VIEWS_STYLE);
}

function direction(value: number | null): string {
  return value === null || value === 0 ? '' : value > 0 ? ' up' : ' down';
}

function header(comparison: Comparison): string {
  const note = rubricSetNote(comparison);
  return [
    '<header>',
    `<h1>${h(comparisonTitle(comparison))}</h1>`,
    `<p class="subtitle">${h(sideLine('old', comparison))}<br>${h(sideLine('new', comparison))}</p>`,
    note === null ? '' : `<p class="note" role="note">${h(note)}</p>`,
    '</header>',
  ].join('');
}

function scores(comparison: Comparison): string {
  const headingClass = direction(comparison.stage.to.height - comparison.stage.from.height).trim();
  return htmlSection('stage', h(stageLine(comparison)), [`<p><strong>${h(overallLine(comparison))}</strong></p>`], { headingClass });
}

function categories(comparison: Comparison): string {
  if (comparison.categories.length === 0) return '';
  const rows = comparison.categories.map(
    (category) =>
      `<tr><th scope="row">${h(category.title)}</th><td class="num">${h(formatScore(category.old))}</td><td class="num">${h(formatScore(category.new))}</td><td class="num${direction(category.change)}">${h(signed(category.change, formatScore))}</td></tr>`,
  );
  return htmlSection('categories', 'Categories', [
    '<table><thead><tr><th scope="col">Category</th><th scope="col" class="num">Old</th><th scope="col" class="num">New</th><th scope="col" class="num">Change</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ]);
}

function competencies(comparison: Comparison): string {
  const parts: string[] = [];
  if (comparison.moved.length > 0) {
    if (chartedMoves(comparison).length > 0) parts.push(movesSvg(comparison), `<p class="legend">Hollow dot: old level. Filled dot: new level. Levels ${MIN_LEVEL} (left) to ${MAX_LEVEL} (right).</p>`);
    const rows = comparison.moved.map(
      (move) =>
        `<tr><th scope="row">${h(move.title)}</th><td>${h(categoryTitleIn(comparison, move.category))}</td><td class="num">${h(levelOrNone(move.old))}</td><td class="num">${h(levelOrNone(move.new))}</td><td class="num${direction(move.change)}">${h(signed(move.change))}</td></tr>`,
    );
    parts.push(
      '<table class="moved"><caption class="legend">The chart\'s values</caption><thead><tr><th scope="col">Competency</th><th scope="col">Category</th><th scope="col" class="num">Old</th><th scope="col" class="num">New</th><th scope="col" class="num">Change</th></tr></thead>',
      `<tbody>${rows.join('\n')}</tbody></table>`,
    );
  }
  return htmlSection('moved', h(movedHeading(comparison)), parts);
}

function plainListOrNone(items: string[]): string {
  return items.length === 0 ? '<p>None.</p>' : htmlList(items.map(h));
}

function gaps(comparison: Comparison): string {
  return htmlSection('gaps', 'Gaps', [
    `<p class="legend">${h(gapsNote(comparison))}</p>`,
    `<h3>Closed: ${comparison.gapsClosed.length}</h3>`,
    plainListOrNone(comparison.gapsClosed.map(closedText)),
    `<h3>Opened: ${comparison.gapsOpened.length}</h3>`,
    ...(comparison.gapsOpened.length === 0 ? [plainListOrNone([])] : []),
    ...openedGroups(comparison).map((group) => `<h4 class="opened ${group.cause}">${h(group.heading)}</h4>\n${htmlList(group.gaps.map((gap) => h(openedText(gap))))}`),
  ]);
}

function onlyIn(comparison: Comparison): string {
  const lines = (['old', 'new'] as const).flatMap((label) => {
    const line = onlyInLine(comparison, label);
    return line === null ? [] : [`<p>${h(line)}</p>`];
  });
  return lines.length === 0 ? '' : htmlSection('only', 'Not compared', lines, { inline: true });
}
