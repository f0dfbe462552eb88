/**
 * The team view as one self-contained HTML file. It leads with what a lead looks at
 * first, the stage distribution and the heatmap (which fits a 1280-pixel window),
 * and follows with the learning detail: the competency table and the shared gaps.
 */
import { LEVELS } from '../../contracts/limits.ts';
import type { Team } from '../../contracts/team.ts';
import { escapeHtml as h } from '../kit/html-escape.ts';
import { htmlList, htmlResource, htmlSection } from '../kit/html.ts';
import { htmlPage } from '../kit/html-page.ts';
import { VIEWS_STYLE } from '../kit/html-style-views.ts';
import { formatLevel, formatScore } from '../report/phrases.ts';
import { stagesSvg } from './render-team-stages-chart.ts';
import {
  BELOW_LEGEND,
  BELOW_MARK,
  belowText,
  categoryTitleOf,
  HEATMAP_LEGEND,
  HELD_BACK,
  medianText,
  NO_SHARED_GAPS,
  rangeText,
  sharedGapHeading,
  stepHeading,
  statsWithheld,
  teamSubtitle,
  teamTitle,
  trackMixLines,
  withheldNote,
} from './team-phrases.ts';

export function renderTeamHtml(team: Team): string {
  const body = [header, stages, heatmap, tracks, competencies, sharedGaps].map((section) => section(team)).join('\n');
  return htmlPage(teamTitle(team), body, VIEWS_STYLE + TEAM_STYLE);
}

// The heatmap is the page's reason to exist: a wider page, tighter cells, and names and stages that wrap, so that a
// team of the built-in rubrics' size fits a 1280-pixel window without scrolling sideways.
const TEAM_STYLE = `
main { max-width: 78rem; }
table.heatmap td { min-width: 1.45rem; padding: .15rem .2rem; }
table.heatmap tbody th, table.heatmap td.who { white-space: normal; min-width: 6rem; max-width: 12rem; overflow-wrap: anywhere; }
.withheld { border-left: 4px solid var(--bad); padding-left: .75rem; }
`;

function header(team: Team): string {
  const note = withheldNote(team);
  const held = note === null ? '' : `<p class="withheld">${h(note)}</p>`;
  return `<header><h1>${h(teamTitle(team))}</h1><p class="subtitle">${h(teamSubtitle(team))}</p>${held}</header>`;
}

function stages(team: Team): string {
  if (team.withheld?.stages === true) return htmlSection('stages', 'Stages', [`<p>${h(HELD_BACK)}</p>`]);
  const rows = team.stages.map((stage) => `<tr><th scope="row">${h(stage.title)}</th><td class="num">${stage.people}</td></tr>`);
  return htmlSection('stages', 'Stages', [
    stagesSvg(team),
    `<table><caption class="legend">The chart's values</caption><thead><tr><th scope="col">Stage</th><th scope="col" class="num">People</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
  ]);
}

function tracks(team: Team): string {
  const mix = trackMixLines(team);
  if (mix === null) return '';
  const items = mix.tracks.map((track) => `<strong>${h(track.title)}</strong>: ${h(track.people)}`);
  return htmlSection('tracks', 'Tracks', [`<p>${h(mix.mix)}</p>`, htmlList(items)]);
}

function competencies(team: Team): string {
  const rows = team.competencies.map((competency, index) => {
    const held = statsWithheld(team, competency.id);
    const stats = held ? ['–', HELD_BACK, HELD_BACK] : [medianText(competency), rangeText(competency), belowText(team, competency.belowNext)];
    return (
      `<tr><td class="num">${index + 1}</td><th scope="row">${h(competency.title)}</th><td>${h(categoryTitleOf(team, competency.category))}</td>` +
      stats.map((text) => `<td class="num">${h(text)}</td>`).join('') +
      '</tr>'
    );
  });
  return htmlSection('competencies', 'Competencies', [
    '<table class="competencies"><thead><tr><th scope="col" class="num">#</th><th scope="col">Competency</th><th scope="col">Category</th><th scope="col" class="num">Median</th><th scope="col" class="num">Min–max</th><th scope="col" class="num">Below next stage</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody></table>`,
  ]);
}

function sharedGaps(team: Team): string {
  const heading = 'Largest shared gaps';
  if (team.sharedGaps.length === 0) return htmlSection('shared', heading, [`<p>${h(NO_SHARED_GAPS)}</p>`], { inline: true });
  const items = team.sharedGaps.map((gap) => {
    const steps = gap.steps.map((step) => {
      const resources = step.resources.length > 0 ? `<p>Resources:</p>${htmlList(step.resources.map(htmlResource))}` : '';
      return `<h4>${h(stepHeading(step))}</h4>${htmlList(step.actions.map(h))}${resources}`;
    });
    return `<li><h3>${h(sharedGapHeading(team, gap, categoryTitleOf(team, gap.category)))}</h3>${steps.join('')}</li>`;
  });
  return htmlSection('shared', heading, [`<ol class="gaps">${items.join('\n')}</ol>`], { inline: true });
}

function cell(level: number | null, below: boolean): string {
  if (level === null) return '<td class="na">·</td>';
  const mark = below ? BELOW_MARK : '';
  return `<td class="l${Math.floor(level)}${below ? ' below' : ''}">${formatLevel(level)}${mark}</td>`;
}

function heatmap(team: Team): string {
  if ((team.withheld?.people ?? 0) > 0) return htmlSection('heatmap', 'Heatmap', [`<p>${h(HELD_BACK)}</p>`]);
  const ids = team.competencies.map((competency) => competency.id);
  const head = team.competencies.map((competency, index) => `<th scope="col"><abbr title="${h(competency.title)}">${index + 1}</abbr></th>`);
  const rows = team.people.map((person) => {
    const below = new Set(person.belowNext);
    const cells = person.levels.map((level, index) => cell(level, below.has(ids[index]!)));
    return `<tr><th scope="row">${h(person.name)}</th><td class="who">${h(person.stage.title)}, ${h(formatScore(person.overall))}</td>${cells.join('')}</tr>`;
  });
  const key = LEVELS.map((level) => `<span class="key l${level}">${level}</span>`).join('');
  return htmlSection('heatmap', 'Heatmap', [
    `<p class="legend">${h(HEATMAP_LEGEND)}; ${h(BELOW_LEGEND)}. Key: ${key}</p>`,
    `<div class="heatmap-wrap"><table class="heatmap" data-rows="${team.people.length}" data-columns="${team.competencies.length}">`,
    `<thead><tr><th scope="col">Person</th><th scope="col">Stage, score</th>${head.join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody></table></div>`,
  ]);
}
