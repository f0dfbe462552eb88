/**
 * The shape of one answers-file entry, shared by the full reader (read-answers.ts)
 * and the JSON fast path (answers-from-json.ts); free of zod and yaml so the fast
 * path loads neither.
 */
import { NOTE_MAX } from '../contracts/limits.ts';
import { quote } from '../errors.ts';

export type Path = (string | number)[];

const ENTRY_SHAPE = 'an answer is a value, or { value, note }';

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits `{ value, note }` from a bare value; a message when the object form is malformed. */
export function splitEntry(raw: unknown): { value: unknown; note?: string; valuePath: Path } | { error: string; at: Path } {
  if (!isPlainObject(raw)) return { value: raw, valuePath: [] };
  const extra = Object.keys(raw).filter((key) => key !== 'value' && key !== 'note');
  if (extra.length > 0) return { error: `unknown field ${extra.slice(0, 10).map((key) => quote(key)).join(', ')} — ${ENTRY_SHAPE}`, at: [extra[0] as string] };
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
