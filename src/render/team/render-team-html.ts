/** The team view as one self-contained HTML file: stage chart, competency table, shared gaps, heatmap table. */
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
  medianText,
  NO_SHARED_GAPS,
  rangeText,
  sharedGapHeading,
  stepHeading,
  teamSubtitle,
  teamTitle,
  trackMixLines,
} from './team-phrases.ts';

export function renderTeamHtml(team: Team): string {
  const body = [header, stages, tracks, competencies, sharedGaps, heatmap].map((section) => section(team)).join('\n');
  return htmlPage(teamTitle(team), body, VIEWS_STYLE);
}

function header(team: Team): string {
  return `<header><h1>${h(teamTitle(team))}</h1><p class="subtitle">${h(teamSubtitle(team))}</p></header>`;
}

function stages(team: Team): string {
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
  const rows = team.competencies.map(
    (competency, index) =>
      `<tr><td class="num">${index + 1}</td><th scope="row">${h(competency.title)}</th><td>${h(categoryTitleOf(team, competency.category))}</td>` +
      `<td class="num">${h(medianText(competency))}</td><td class="num">${h(rangeText(competency))}</td><td class="num">${h(belowText(team, competency.belowNext))}</td></tr>`,
  );
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
