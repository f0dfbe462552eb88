/**
 * Rounding for scores and levels. Levels are rounded before they are compared
 * with stage expectations so that floating-point noise (2.9999…) never decides a stage.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round((value + Number.EPSILON * Math.sign(value)) * factor) / factor;
}
