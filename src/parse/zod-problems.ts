/**
 * Turns zod issues into located, human problems: what was expected, what was
 * found, and what to do (a "did you mean" for misspelt names).
 */
import type { z } from 'zod';
import { numberText, quote, type Problem } from '../errors.ts';
import type { ParsedDocument } from './document.ts';

type Path = ReadonlyArray<string | number>;
type Issue = z.core.$ZodIssue;

/** `competencies[2].questions[0].levels`; undefined for the root. */
export function renderPath(path: Path): string | undefined {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? undefined : out;
}

/**
 * One problem per issue (per key for unknown fields). Give the schema that was
 * parsed to get "did you mean" hints for unknown fields.
 */
export function problemsFromZod(error: z.ZodError, doc: ParsedDocument, schema?: z.ZodType): Problem[] {
  return error.issues.flatMap((issue) => problemsForIssue(issue, doc, schema));
}

/** The problems of one zod issue (one per key for unknown fields). */
export function problemsForIssue(issue: Issue, doc: ParsedDocument, schema: z.ZodType | undefined): Problem[] {
  const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
  const at = (where: Path, message: string, hint?: string): Problem => ({
    file: doc.file,
    ...doc.locate(where),
    path: renderPath(where),
    message,
    ...(hint ? { hint } : {}),
  });
  const found = valueAt(doc.data, path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = schema ? knownKeys(schema, doc.data, path) : [];
      return issue.keys.map((key) => at([...path, key], `unknown field ${quote(key)}`, suggestion(key, known, 'allowed fields')));
    }
    case 'invalid_type':
      if (found.missing) {
        return [at(path, `missing required field "${String(path.at(-1) ?? '')}"`, `add it (expected ${expectedName(issue.expected)})`)];
      }
      return [at(path, `expected ${expectedName(issue.expected)}, found ${describe(found.value)}`)];
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) {
        const kinds = issue.options.map(String);
        if (found.missing) return [at(path, `missing field "${issue.discriminator}"`, `${issue.discriminator} is one of: ${kinds.join(', ')}`)];
        return [at(path, `unknown ${issue.discriminator} ${describe(found.value)}`, suggestion(String(found.value), kinds, `${issue.discriminator} is one of`, true))];
      }
      return [at(path, `${describe(found.value)} does not match any allowed form`, issue.message)];
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      if (allowed.length === 1) return [at(path, `expected ${JSON.stringify(issue.values[0])}, found ${describe(found.value)}`)];
      return [at(path, `${describe(found.value)} is not allowed`, suggestion(String(found.value), allowed, 'allowed values', true))];
    }
    case 'invalid_key':
      return [at(path, `invalid key ${quote(String(path.at(-1) ?? ''))}: ${issue.issues.map((inner) => inner.message).join('; ')}`)];
    default:
      return [at(path, found.missing ? issue.message : `${issue.message} (found ${describe(found.value)})`)];
  }
}

function valueAt(data: unknown, path: Path): { missing: boolean; value: unknown } {
  let current = data;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, segment)) return { missing: true, value: undefined };
    current = (current as Record<string | number, unknown>)[segment];
  }
  return { missing: current === undefined, value: current };
}

function expectedName(expected: string): string {
  const names: Record<string, string> = { int: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'a mapping', record: 'a mapping' };
  return names[expected] ?? expected;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null (an empty value)';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return numberText(value);
  return String(value);
}

/** "did you mean" for a close name; the full list too when `list` (short lists of values, not field names). */
function suggestion(given: string, candidates: readonly string[], label: string, list = false): string | undefined {
  const close = closest(given, candidates);
  const all = candidates.length > 0 ? `${label}: ${candidates.join(', ')}` : undefined;
  if (!close) return all;
  return list && all ? `did you mean "${close}"? (${all})` : `did you mean "${close}"?`;
}

/** Names are short: a longer word is no typo of one, and measuring it would cost its length times every candidate's. */
const WORD_MAX = 64;

function closest(given: string, candidates: readonly string[]): string | undefined {
  if (given.length > WORD_MAX) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(given.length / 3)) + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - given.length) >= bestDistance) continue;
    const distance = editDistance(given.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Damerau–Levenshtein (optimal string alignment), so "wieght" is one step from "weight". */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
    }
  }
  return rows[a.length]![b.length]!;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The field names the schema allows for the object at `path` (following the data through unions). */
function knownKeys(schema: z.ZodType, data: unknown, path: Path): string[] {
  let current: z.ZodType | undefined = schema;
  let value = data;
  for (let i = 0; current; ) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'union') current = pickOption(def, value);
    else if (i === path.length) return def.shape ? Object.keys(def.shape) : [];
    else {
      const segment = path[i++]!;
      value = typeof value === 'object' && value !== null ? (value as Record<string | number, unknown>)[segment] : undefined;
      current = def.shape?.[String(segment)] ?? def.element ?? def.valueType;
    }
  }
  return [];
}

function pickOption(def: SchemaDef, value: unknown): z.ZodType | undefined {
  const options = def.options ?? [];
  if (!def.discriminator || typeof value !== 'object' || value === null) return options.length === 1 ? options[0] : undefined;
  const wanted = (value as Record<string, unknown>)[def.discriminator];
  return options.find((option) => {
    const field = defOf(option).shape?.[def.discriminator!];
    return field !== undefined && (defOf(field) as { values?: unknown[] }).values?.includes(wanted);
  });
}
