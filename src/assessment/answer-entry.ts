/**
 * The shape of one answers-file entry, shared by the full reader (read-answers.ts)
 * and the JSON fast path (answers-from-json.ts); free of zod and yaml so the fast
 * path loads neither.
 */
import { NOTE_MAX } from '../contracts/limits.ts';
import { quote, quoteList } from '../errors.ts';

export type Path = (string | number)[];

const ENTRY_SHAPE = 'an answer is a value, or { value, note }';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits `{ value, note }` from a bare value; a message when the object form is malformed. */
export function splitEntry(raw: unknown): { value: unknown; note?: string; valuePath: Path } | { error: string; at: Path } {
  if (!isPlainObject(raw)) return { value: raw, valuePath: [] };
  const extra = Object.keys(raw).filter((key) => key !== 'value' && key !== 'note');
  if (extra.length > 0) return { error: `unknown field ${quoteList(extra)} — ${ENTRY_SHAPE}`, at: [extra[0] as string] };
  if (!('value' in raw)) return { error: `missing "value" — ${ENTRY_SHAPE}`, at: [] };
  const note = raw.note;
  if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX)) {
    return { error: `a note is text of at most ${NOTE_MAX} characters`, at: ['note'] };
  }
  return note === undefined ? { value: raw.value, valuePath: ['value'] } : { value: raw.value, note, valuePath: ['value'] };
}

/** The id part of an `id@version` reference. */
export function rubricSetId(reference: string): string {
  const at = reference.indexOf('@');
  return at < 0 ? reference : reference.slice(0, at);
}

/**
 * What is wrong with the version of an `id@version` reference of the loaded set, if
 * anything: none given or an earlier one is fine (answers that no longer fit are set
 * aside); a version that is no version, or one newer than the loaded set, is refused,
 * because its questions may mean something this version does not know.
 */
export function referenceVersionProblem(reference: string, loaded: string): { message: string; hint: string } | undefined {
  const at = reference.indexOf('@');
  if (at < 0) return undefined;
  const version = reference.slice(at + 1);
  const parts = parseVersion(version);
  if (parts === undefined) {
    return { message: `${quote(version)} is not a rubric set version`, hint: `a version is MAJOR.MINOR.PATCH, e.g. "${loaded}"; or leave out "@…"` };
  }
  const current = parseVersion(loaded) ?? [0, 0, 0];
  const newer = parts.findIndex((part, index) => part !== current[index]);
  if (newer === -1 || parts[newer]! < current[newer]!) return undefined;
  return {
    message: `these answers were written for version ${version}, newer than the loaded rubric set (${loaded})`,
    hint: 'update ml-career, or pass --rubrics with the rubric set of that version',
  };
}

function parseVersion(version: string): [number, number, number] | undefined {
  const match = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/.exec(version);
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3])];
}
