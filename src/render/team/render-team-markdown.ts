/** The team view as Markdown (CommonMark with GitHub tables). */
import type { Team } from '../../contracts/team.ts';
import { markdownList, markdownResource, markdownTable } from '../kit/markdown.ts';
import { escapeMarkdown as md } from '../kit/markdown-escape.ts';
import { formatLevel, formatScore } from '../report/phrases.ts';
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

export function renderTeamMarkdown(team: Team): string {
  const stages = team.stages.map((stage) => [md(stage.title), String(stage.people)]);
  const competencies = team.competencies.map((competency, index) => [
    String(index + 1),
    md(competency.title),
    md(categoryTitleOf(team, competency.category)),
    medianText(competency),
    rangeText(competency),
    belowText(team, competency.belowNext),
  ]);
  const lines = [
    `# ${md(teamTitle(team))}`,
    '',
    md(teamSubtitle(team)),
    '',
    '## Stages',
    '',
    markdownTable(['Stage', 'People'], ['left', 'right'], stages),
    '',
    '## Competencies',
    '',
    markdownTable(['#', 'Competency', 'Category', 'Median', 'Min–max', 'Below next stage'], ['right', 'left', 'left', 'right', 'left', 'right'], competencies),
  ];
  const mix = trackMixLines(team);
  if (mix !== null) lines.push('', '## Tracks', '', md(mix.mix), '', markdownList(mix.tracks.map((track) => `**${md(track.title)}**: ${md(track.people)}`)));
  lines.push('', '## Largest shared gaps', '');
  if (team.sharedGaps.length === 0) lines.push(md(NO_SHARED_GAPS));
  team.sharedGaps.forEach((gap, index) => {
    lines.push(`${index + 1}. **${md(sharedGapHeading(team, gap, categoryTitleOf(team, gap.category)))}**`);
    for (const step of gap.steps) {
      lines.push(`   - ${md(stepHeading(step))}`);
      const items = [...step.actions.map(md), ...step.resources.map(markdownResource)];
      if (items.length > 0) lines.push(markdownList(items, '     '));
    }
  });
  lines.push('', '## Heatmap', '', `${md(HEATMAP_LEGEND)}; ${md(BELOW_LEGEND)}.`, '');
  const numbers = team.competencies.map((_, index) => String(index + 1));
  lines.push(`| Person | Stage | ${numbers.join(' | ')} |`, `| --- | --- | ${numbers.map(() => ':-:').join(' | ')} |`);
  const ids = team.competencies.map((competency) => competency.id);
  for (const person of team.people) {
    const below = new Set(person.belowNext);
    const cells = person.levels.map((level, index) => (level === null ? '·' : `${formatLevel(level)}${below.has(ids[index]!) ? `\\${BELOW_MARK}` : ''}`));
    lines.push(`| ${md(person.name)} | ${md(person.stage.title)}, ${formatScore(person.overall)} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
