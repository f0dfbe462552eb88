/**
 * Which specialization tracks fit a profile. A track's fit is its weighted mean
 * level over the competencies answered, ÷ 4; tracks are ranked by lift, the fit
 * less the person's own mean level ÷ 4, so that an even profile (however strong)
 * does not fit every track strongly and a strong fit means the track's core is
 * where this person stands out.
 */
import type { Answers } from '../contracts/answers.ts';
import { compareIds } from './compare.ts';
import { levelForAnswer } from './level.ts';
import { roundTo } from './round.ts';
import type { CompetencyLevel } from './score.ts';
import { MAX_LEVEL, wholeLevel } from '../contracts/levels.ts';
import type { TrackFit } from '../contracts/report.ts';
import { CORE_TRACK_WEIGHT } from '../contracts/limits.ts';
import type { Track } from '../contracts/tracks.ts';

/** Under this share of a track's weight answered, the report says there are not enough answers. */
export const ENOUGH_TRACK_COVERAGE = 0.7;
/** A fit this far above the own mean (a fifth of a level) is a strong fit. */
export const STRONG_TRACK_LIFT = 0.05;
const DRIVERS = 3;

interface Weighed {
  entry: CompetencyLevel & { level: number };
  weight: number;
}

/** What a track's per-question weights read: the answers and the question ids in scope. */
export interface TrackAnswers {
  answers: Answers;
  inScope: ReadonlySet<string>;
}

/** Every track's fit, best first (by lift, then fit, then file order); tracks without enough answers last, in file order. */
export function trackFits(tracks: readonly Track[], levels: readonly CompetencyLevel[], given: TrackAnswers): TrackFit[] {
  const answered = levels.filter((entry): entry is CompetencyLevel & { level: number } => entry.level !== null);
  const ownMean = answered.length === 0 ? 0 : answered.reduce((sum, entry) => sum + entry.level, 0) / answered.length;
  const fits = tracks.map((track) => fitOf(track, levels.map((entry) => ({ ...entry, level: levelForTrack(track, entry, given) })), ownMean));
  const ranked = fits.filter((fit) => fit.lift !== null).sort((a, b) => (b.lift ?? 0) - (a.lift ?? 0) || (b.fit ?? 0) - (a.fit ?? 0));
  return [...ranked, ...fits.filter((fit) => fit.lift === null)];
}

function fitOf(track: Track, levels: readonly CompetencyLevel[], ownMean: number): TrackFit {
  const weighed = levels.map((entry) => ({ entry, weight: track.weights[entry.competency.id] ?? 0 })).filter((item) => item.weight > 0);
  const total = weighed.reduce((sum, item) => sum + item.weight, 0);
  const answered = weighed.filter((item): item is Weighed => item.entry.level !== null);
  const answeredWeight = answered.reduce((sum, item) => sum + item.weight, 0);
  const coverage = total === 0 ? 0 : answeredWeight / total;
  const enough = answeredWeight > 0 && coverage >= ENOUGH_TRACK_COVERAGE;
  const fit = enough ? answered.reduce((sum, item) => sum + item.weight * item.entry.level, 0) / answeredWeight / MAX_LEVEL : null;
  // + 0 turns a rounded -0 into 0, which JSON would otherwise write as 0 and read back unequal.
  const lift = fit === null ? null : roundTo(fit - ownMean / MAX_LEVEL, 2) + 0;
  return {
    id: track.id,
    title: track.title,
    fit: fit === null ? null : roundTo(fit, 2),
    lift,
    strong: lift !== null && lift >= STRONG_TRACK_LIFT,
    coverage: roundTo(coverage, 2),
    drivers: drivers(answered, ownMean),
    gap: weakestCore(answered),
  };
}

/** What lifts the fit above the own mean: weight × (level − own mean), largest first; only competencies above the mean drive it. */
function drivers(answered: readonly Weighed[], ownMean: number): TrackFit['drivers'] {
  const pull = (item: Weighed) => item.weight * (item.entry.level - ownMean);
  return answered
    .filter((item) => item.entry.level > ownMean)
    .sort((a, b) => pull(b) - pull(a) || b.weight - a.weight || compareIds(a.entry.competency.id, b.entry.competency.id))
    .slice(0, DRIVERS)
    .map((item) => ({ competency: item.entry.competency.id, title: item.entry.competency.title, level: item.entry.level, weight: item.weight }));
}

function weakestCore(answered: readonly Weighed[]): TrackFit['gap'] {
  // A core competency already at the top level is no gap.
  const core = answered
    .filter((item) => item.weight >= CORE_TRACK_WEIGHT && item.entry.level < MAX_LEVEL)
    .sort((a, b) => a.entry.level - b.entry.level || compareIds(a.entry.competency.id, b.entry.competency.id));
  const weakest = core[0];
  return weakest === undefined ? null : { competency: weakest.entry.competency.id, title: weakest.entry.competency.title, level: weakest.entry.level };
}

/**
 * A competency's level as a track reads it: its own level, or, where the track
 * weighs some of its questions, the weighted mean of its behaviour answers with the
 * track's weights (a question the track leaves out keeps its own weight).
 */
function levelForTrack(track: Track, entry: CompetencyLevel, { answers, inScope }: TrackAnswers): number | null {
  const questions = entry.competency.questions;
  if (!questions.some((question) => track.questions[question.id] !== undefined)) return entry.level;
  let total = 0;
  let weighted = 0;
  for (const question of questions) {
    const answer = answers[question.id];
    if (question.role !== 'behaviour' || !inScope.has(question.id) || answer === undefined) continue;
    const level = levelForAnswer(question, answer.value);
    const weight = track.questions[question.id] ?? question.weight;
    if (level === null || weight === 0) continue;
    total += weight;
    weighted += weight * level;
  }
  return total === 0 ? null : wholeLevel(weighted / total);
}
