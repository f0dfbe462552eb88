/** The level scale is defined in limits.ts; this module adds how a mean of answers becomes a level. */
export { MAX_LEVEL, MIN_LEVEL } from './limits.ts';

/**
 * A competency's level from the weighted mean of its behaviour answers: the nearest
 * whole level, halves up (1.5 → 2, 1.4 → 1), so it is compared with a stage's
 * whole-level expectation on the scale the answers were given on.
 */
export function wholeLevel(mean: number): number {
  return Math.floor(Math.round(mean * 1e6) / 1e6 + 0.5);
}
