/** Code-unit order for ids, so sorting does not depend on the machine's locale. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
