/**
 * The names of the files ml-career reads from directories and keeps, in one light
 * module (no parser, no schema), so that checking an output against them before any
 * work costs nothing.
 */

/** The files of the history directory that are read as entries. */
export function isHistoryFileName(name: string): boolean {
  return name.endsWith('.json') && !name.startsWith('.');
}

/** The files of a team directory that are read as reports. */
export function isTeamFileName(name: string): boolean {
  return name.toLowerCase().endsWith('.json') && !name.startsWith('.');
}

/** The files of a rubric directory that are read. */
export function isRubricFileName(name: string): boolean {
  return /\.ya?ml$/i.test(name) && !name.startsWith('.');
}

/** A whole number is a history entry; write `./3` for a file named 3. */
export function isHistoryNumber(ref: string): boolean {
  return /^\d+$/.test(ref);
}

/** The key behind the pseudonyms of `team --anonymize`, in the data directory. */
export const KEY_FILE = 'pseudonym.key';
