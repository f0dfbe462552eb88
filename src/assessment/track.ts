/**
 * `--track <id>`: the rubric set as that track measures it. The track's own
 * expectations replace the ladder's where it has them; everything else (levels,
 * weights of the stage rule, stages) stays the set's.
 */
import { closestId } from './closest-id.ts';
import { UsageError } from '../errors.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import type { ScopedQuestion } from './scope.ts';
import type { Track } from '../contracts/tracks.ts';

/** The track with this id, or a usage error that suggests the closest id and lists them all. */
export function trackById(set: RubricSet, id: string): Track {
  const track = set.tracks.find((candidate) => candidate.id === id);
  if (track) return track;
  const ids = set.tracks.map((candidate) => candidate.id);
  if (ids.length === 0) throw new UsageError(`unknown track "${id}" in --track: this rubric set has no tracks`, 'add a tracks.yaml to the rubric set, or leave out --track');
  const guess = closestId(id, ids);
  throw new UsageError(`unknown track "${id}" in --track${guess ? ` (did you mean "${guess}"?)` : ''}`, `tracks: ${ids.join(', ')}`);
}

/** The set with the track's expectations in place of the ladder's, where the track has them. */
export function withTrackExpectations(set: RubricSet, track: Track): RubricSet {
  return {
    ...set,
    categories: set.categories.map((category) => ({
      ...category,
      competencies: category.competencies.map((competency) => {
        const own = track.expectations[competency.id];
        return own === undefined ? competency : { ...competency, expectations: { ...competency.expectations, ...own } };
      }),
    })),
  };
}

/** The track's weight of a competency: 0 where the track leaves it out. */
export function trackWeight(track: Track, competency: string): number {
  return track.weights[competency] ?? 0;
}

/** The questions in the order that matters for the track: its heaviest competencies first, rubric order within a weight. */
export function orderedForTrack(scope: readonly ScopedQuestion[], track: Track | undefined): ScopedQuestion[] {
  if (track === undefined) return [...scope];
  // Array.prototype.sort is stable, so equal weights keep the rubric order.
  return [...scope].sort((a, b) => trackWeight(track, b.competency.id) - trackWeight(track, a.competency.id));
}
