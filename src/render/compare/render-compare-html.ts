/** The comparison as one self-contained HTML file (inline CSS and SVG, no script, nothing fetched). */
import type { Comparison } from '../../contracts/comparison.ts';
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
  return [
    '<section aria-labelledby="stage">',
    `<h2 id="stage" class="${direction(comparison.stage.to.index - comparison.stage.from.index).trim()}">${h(stageLine(comparison))}</h2>`,
    `<p><strong>${h(overallLine(comparison))}</strong></p>`,
    '</section>',
  ].join('\n');
}

function categories(comparison: Comparison): string {
  if (comparison.categories.length === 0) return '';
  const rows = comparison.categories.map(
    (category) =>
      `<tr><th scope="row">${h(category.title)}</th><td class="num">${h(formatScore(category.old))}</td><td class="num">${h(formatScore(category.new))}</td><td class="num${direction(category.change)}">${h(signed(category.change, formatScore))}</td></tr>`,
  );
  return [
    '<section aria-labelledby="categories">',
    '<h2 id="categories">Categories</h2>',
    '<table><thead><tr><th scope="col">Category</th><th scope="col" class="num">Old</th><th scope="col" class="num">New</th><th scope="col" class="num">Change</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
    '</section>',
  ].join('\n');
}

function competencies(comparison: Comparison): string {
  const parts = ['<section aria-labelledby="moved">', `<h2 id="moved">${h(movedHeading(comparison))}</h2>`];
  if (comparison.moved.length > 0) {
    if (chartedMoves(comparison).length > 0) parts.push(movesSvg(comparison), '<p class="legend">Hollow dot: old level. Filled dot: new level. Levels 0 (left) to 4 (right).</p>');
    const rows = comparison.moved.map(
      (move) =>
        `<tr><th scope="row">${h(move.title)}</th><td>${h(categoryTitleIn(comparison, move.category))}</td><td class="num">${h(levelOrNone(move.old))}</td><td class="num">${h(levelOrNone(move.new))}</td><td class="num${direction(move.change)}">${h(signed(move.change))}</td></tr>`,
    );
    parts.push(
      '<table class="moved"><caption class="legend">The chart\'s values</caption><thead><tr><th scope="col">Competency</th><th scope="col">Category</th><th scope="col" class="num">Old</th><th scope="col" class="num">New</th><th scope="col" class="num">Change</th></tr></thead>',
      `<tbody>${rows.join('\n')}</tbody></table>`,
    );
  }
  parts.push('</section>');
  return parts.join('\n');
}

function list(items: string[]): string {
  return items.length === 0 ? '<p>None.</p>' : `<ul>${items.map((item) => `<li>${h(item)}</li>`).join('')}</ul>`;
}

function gaps(comparison: Comparison): string {
  return [
    '<section aria-labelledby="gaps">',
    '<h2 id="gaps">Gaps</h2>',
    `<p class="legend">${h(gapsNote(comparison))}</p>`,
    `<h3>Closed: ${comparison.gapsClosed.length}</h3>`,
    list(comparison.gapsClosed.map(closedText)),
    `<h3>Opened: ${comparison.gapsOpened.length}</h3>`,
    ...(comparison.gapsOpened.length === 0 ? [list([])] : []),
    ...openedGroups(comparison).map((group) => `<h4 class="opened ${group.cause}">${h(group.heading)}</h4>\n${list(group.gaps.map(openedText))}`),
    '</section>',
  ].join('\n');
}

function onlyIn(comparison: Comparison): string {
  const lines = (['old', 'new'] as const).flatMap((label) => {
    const line = onlyInLine(comparison, label);
    return line === null ? [] : [`<p>${h(line)}</p>`];
  });
  return lines.length === 0 ? '' : `<section aria-labelledby="only"><h2 id="only">Not compared</h2>${lines.join('')}</section>`;
}
