/** The level scale, kept apart from the zod schemas so that scoring can use it without loading zod. */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;

/**
 * A competency's level from the weighted mean of its behaviour answers: the nearest
 * whole level, halves up (1.5 → 2, 1.4 → 1), so it is compared with a stage's
 * whole-level expectation on the scale the answers were given on.
 */
export function wholeLevel(mean: number): number {
  return Math.floor(Math.round(mean * 1e6) / 1e6 + 0.5);
}
