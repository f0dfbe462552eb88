/** Wording shared by the text, Markdown and HTML team views. Plain strings: each renderer escapes them. */
import { MAX_LEVEL, MIN_LEVEL } from '../../contracts/limits.ts';
import type { Team } from '../../contracts/team.ts';
import { formatLevel, formatPercent, plural } from '../report/phrases.ts';

export function teamTitle(team: Team): string {
  return `Team view: ${plural(team.size, 'person', 'people')}`;
}

export function teamSubtitle(team: Team): string {
  const parts = [`${team.rubricSet.title} rubrics ${team.rubricSet.version}`];
  if (team.anonymized) parts.push('names replaced by pseudonyms');
  return parts.join(' · ');
}

export function rangeText(competency: Team['competencies'][number]): string {
  if (competency.min === null || competency.max === null) return 'not assessed';
  return competency.min === competency.max ? formatLevel(competency.min) : `${formatLevel(competency.min)}–${formatLevel(competency.max)}`;
}

export function medianText(competency: Team['competencies'][number]): string {
  return competency.median === null ? '–' : formatLevel(competency.median);
}

export function belowText(team: Team, count: number): string {
  return `${count} of ${team.size}`;
}

export function sharedGapHeading(team: Team, gap: Team['sharedGaps'][number], categoryTitle: string): string {
  return `${gap.title} (${categoryTitle}): ${belowText(team, gap.people)} below their next stage, ${formatLevel(gap.shortfall)} ${gap.shortfall === 1 ? 'level' : 'levels'} short on average`;
}

export function stepHeading(step: Team['sharedGaps'][number]['steps'][number]): string {
  return `Level ${step.from} → ${step.to} (${plural(step.people, 'person', 'people')})`;
}

export function categoryTitleOf(team: Team, id: string): string {
  return team.categories.find((category) => category.id === id)?.title ?? id;
}

export const HEATMAP_LEGEND = `Levels ${MIN_LEVEL}–${MAX_LEVEL} of each person (rows) in each competency (columns, numbered as in the competency table); a dot means not assessed`;
export const BELOW_MARK = '*';
export const BELOW_LEGEND = `${BELOW_MARK} below the expectation of their own next stage`;
export const NO_SHARED_GAPS = 'None: everyone meets the expectations of their next stage.';

/** The mix of best-fitting tracks in one line, and per track who fits it best; null when no report has tracks. */
export function trackMixLines(team: Team): { mix: string; tracks: { title: string; people: string }[] } | null {
  if (team.tracks.length === 0) return null;
  const counts = team.tracks.filter((track) => track.people > 0).map((track) => `${track.title} ${track.people}`);
  const mix = `Best fits: ${[...counts, ...(team.unclearFit > 0 ? [`no strong fit ${team.unclearFit}`] : [])].join(' · ')}`;
  const tracks = team.tracks
    .filter((track) => track.bestFits.length > 0)
    .map((track) => ({ title: track.title, people: `fits best: ${track.bestFits.map((fit) => `${fit.name} (fit ${formatPercent(fit.fit)}, ${signedLevels(fit.lift)})`).join(', ')}` }));
  return { mix, tracks };
}

/** A lift in levels over the person's own mean, e.g. "+0.5 levels" (people are ranked by it, not by fit). */
function signedLevels(lift: number): string {
  const levels = Math.round(lift * MAX_LEVEL * 10) / 10;
  return `${levels > 0 ? '+' : levels < 0 ? '−' : '±'}${Math.abs(levels).toFixed(1)} ${Math.abs(levels) === 1 ? 'level' : 'levels'}`;
}
