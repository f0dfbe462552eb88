/** How the scope of a run is named in the history listing and in warnings. */

/** "full", "quick", "only: ml,production", "quick, only: ml". */
export function scopeLabel(scope: { quick: boolean; only: readonly string[] | null }): string {
  const only = scope.only !== null && scope.only.length > 0 ? `only: ${scope.only.join(',')}` : undefined;
  if (scope.quick) return only === undefined ? 'quick' : `quick, ${only}`;
  return only ?? 'full';
}
