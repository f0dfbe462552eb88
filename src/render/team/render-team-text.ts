/** The team view in the terminal: stage distribution, competency table, shared gaps and a heatmap. */
import type { ChalkInstance } from 'chalk';
import type { Team } from '../../contracts/team.ts';
import { formatScore } from '../report/phrases.ts';
import {
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
import { barRows, resourceText, textSetup, type TextOptions } from '../kit/text.ts';
import { hangingWrap, truncate } from '../kit/text-layout.ts';
const NAME_WIDTH = 16;

interface Context {
  team: Team;
  width: number;
  c: ChalkInstance;
}

export function renderTeamText(team: Team, options: TextOptions): string {
  const context: Context = { team, ...textSetup(options) };
  const blocks = [header, stages, tracks, competencies, sharedGaps, heatmap].map((block) => block(context).join('\n'));
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}

function header({ team, width, c }: Context): string[] {
  return [...hangingWrap('', c.bold(teamTitle(team)), width), ...hangingWrap('', c.dim(teamSubtitle(team)), width)];
}

function stages({ team, width, c }: Context): string[] {
  const most = Math.max(1, ...team.stages.map((stage) => stage.people));
  const rows = team.stages.map((stage) => ({ label: stage.title, share: stage.people / most, value: String(stage.people) }));
  return [c.bold('Stages'), ...barRows(rows, { width, c, fill: c.cyan, valueWidth: 4 })];
}

function tracks({ team, width, c }: Context): string[] {
  const lines = trackMixLines(team);
  if (lines === null) return [];
  return [c.bold('Tracks'), ...hangingWrap('  ', lines.mix, width), ...lines.tracks.flatMap((track) => hangingWrap('  • ', `${track.title}: ${track.people}`, width))];
}

function competencies({ team, width, c }: Context): string[] {
  const number = String(team.competencies.length).length;
  const titleWidth = Math.max(12, Math.min(36, width - number - 40));
  const rows = team.competencies.map((competency, index) => {
    const below = belowText(team, competency.belowNext);
    const cells = `${medianText(competency).padStart(6)}  ${rangeText(competency).padEnd(12)}  ${competency.belowNext > 0 ? c.red(below) : below}`;
    return `  ${String(index + 1).padStart(number)}  ${truncate(competency.title, titleWidth).padEnd(titleWidth)}  ${cells}`;
  });
  const head = `  ${'#'.padStart(number)}  ${'Competency'.padEnd(titleWidth)}  ${'median'.padStart(6)}  ${'min–max'.padEnd(12)}  below next stage`;
  return [c.bold('Competencies'), c.dim(head), ...rows];
}

function sharedGaps({ team, width, c }: Context): string[] {
  const lines = [c.bold('Largest shared gaps')];
  if (team.sharedGaps.length === 0) return [...lines, ...hangingWrap('  ', NO_SHARED_GAPS, width)];
  team.sharedGaps.forEach((gap, index) => {
    lines.push(...hangingWrap(`  ${index + 1}. `, c.bold(sharedGapHeading(team, gap, categoryTitleOf(team, gap.category))), width));
    for (const step of gap.steps) {
      lines.push(`     ${c.cyan(stepHeading(step))}`);
      for (const action of step.actions) lines.push(...hangingWrap('       • ', action, width));
      for (const resource of step.resources) lines.push(...hangingWrap('       - ', resourceText(resource, c), width));
    }
  });
  return lines;
}

/** One digit per competency: the whole level reached (2.67 shows as 2); red when below the next stage. */
function heatmap({ team, width, c }: Context): string[] {
  const count = team.competencies.length;
  const pad = ' '.repeat(NAME_WIDTH + 2);
  const tens = Array.from({ length: count }, (_, index) => (index + 1 >= 10 ? String(Math.floor((index + 1) / 10) % 10) : ' ')).join('');
  const ones = Array.from({ length: count }, (_, index) => String((index + 1) % 10)).join('');
  const ids = team.competencies.map((competency) => competency.id);
  // The stage and score follow the cells when the width leaves room for them.
  const room = width - NAME_WIDTH - 4 - count;
  const rows = team.people.map((person) => {
    const below = new Set(person.belowNext);
    const cells = person.levels
      .map((level, index) => {
        if (level === null) return c.dim('·');
        const digit = String(Math.floor(level));
        return below.has(ids[index]!) ? c.red.bold(digit) : shade(c, level)(digit);
      })
      .join('');
    const stage = truncate(`${person.stage.title}, ${formatScore(person.overall)}`, room);
    return `${truncate(person.name, NAME_WIDTH).padEnd(NAME_WIDTH)}  ${cells}${room >= 8 ? `  ${c.dim(stage)}` : ''}`;
  });
  const legend = `${HEATMAP_LEGEND}${c.level > 0 ? '; red: below the expectation of their own next stage' : ''}.`;
  return [c.bold('Heatmap'), ...hangingWrap('', c.dim(legend), width), `${pad}${tens}`, `${pad}${ones}`, ...rows];
}

function shade(c: ChalkInstance, level: number): ChalkInstance {
  if (level >= 3) return c.green;
  if (level >= 2) return c.cyan;
  return c.dim;
}
