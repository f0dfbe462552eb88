/**
 * Which track fits, worded once for every format: the two best-fitting tracks,
 * what drives each and the gap to it, or why no track can be told. Plain strings:
 * renderers escape them.
 */
import { MAX_LEVEL } from '../../contracts/limits.ts';
import type { Report, TrackFit } from '../../contracts/report.ts';
import { formatPercent } from './phrases.ts';

/** How many tracks a report shows (the JSON has all of them). */
export const TRACKS_SHOWN = 2;

export interface TrackLines {
  heading: string;
  /** Said before the tracks: no strong fit, or not enough answers; null when the best fit stands out. */
  note: string | null;
  tracks: { title: string; fit: string; drivers: string | null; gap: string | null }[];
}

/** Null when the rubric set has no tracks (or the report predates them). */
export function trackLines(report: Report): TrackLines | null {
  if (report.tracks.length === 0) return null;
  const heading = 'Which track fits';
  const ranked = report.tracks.filter((track) => track.fit !== null);
  if (ranked.length === 0) {
    return { heading, note: 'Not enough answers to tell which track fits: each needs at least 70% of its weight answered (a full run, or more categories in --only).', tracks: [] };
  }
  const best = ranked[0]!;
  const note = best.strong ? null : `No track stands out: even the best fit, ${best.title}, is within a fifth of a level of your own mean level.`;
  return { heading, note, tracks: ranked.slice(0, TRACKS_SHOWN).map(describe) };
}

function describe(track: TrackFit): TrackLines['tracks'][number] {
  const drivers = track.drivers.length === 0 ? null : `Driven by ${track.drivers.map((driver) => `${driver.title} (level ${driver.level})`).join(', ')}`;
  const gap = track.gap === null ? null : `Gap to it: ${track.gap.title} (level ${track.gap.level}, core to this track)`;
  return { title: track.title, fit: `fit ${formatPercent(track.fit ?? 0)}, ${liftPhrase(track.lift ?? 0)}`, drivers, gap };
}

function liftPhrase(lift: number): string {
  const levels = Math.round(Math.abs(lift) * MAX_LEVEL * 10) / 10;
  if (levels === 0) return 'level with your own mean';
  return `${levels.toFixed(1)} ${levels === 1 ? 'level' : 'levels'} ${lift > 0 ? 'above' : 'below'} your own mean`;
}
