/**
 * The `scope` of an answers file (and the scope of a report read as answers):
 * which questions the answers are for. Checked by hand, free of zod and yaml, so
 * that the full reader, the JSON fast path and the report reader agree.
 */
import type { AnswersScope } from '../contracts/answers.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import { isPlainObject, type Path } from './answer-entry.ts';
import { suggester } from './closest-id.ts';
import { quote } from '../errors.ts';

/** A problem at a path inside the file; the reader locates it. */
export interface FieldProblem {
  path: Path;
  message: string;
  hint?: string;
}

/** Problems with the category ids of `only` (relative paths: `[index]`), one per unknown id. */
export function unknownCategoryProblems(only: readonly unknown[], set: RubricSet): FieldProblem[] {
  const known = set.categories.map((category) => category.id);
  const suggest = suggester(known);
  return only.flatMap((id, index) => {
    if (typeof id !== 'string' || known.includes(id)) return [];
    const guess = suggest(id);
    return [{ path: [index], message: `unknown category ${quote(id)}`, hint: guess ? `did you mean "${guess}"?` : `categories: ${known.join(', ')}` }];
  });
}

/** The scope when `raw` is a well-formed scope of known categories, else undefined (the fast path's check). */
export function cleanScope(raw: unknown, set: RubricSet): AnswersScope | undefined {
  if (!isPlainObject(raw) || !Object.keys(raw).every((key) => key === 'quick' || key === 'only')) return undefined;
  const { quick, only } = raw;
  if (quick !== undefined && typeof quick !== 'boolean') return undefined;
  if (only !== undefined) {
    if (!Array.isArray(only) || only.length === 0 || !only.every((id) => typeof id === 'string')) return undefined;
    if (unknownCategoryProblems(only, set).length > 0) return undefined;
  }
  const scope: AnswersScope = {};
  if (quick !== undefined) scope.quick = quick;
  if (only !== undefined) scope.only = [...(only as string[])];
  return scope;
}
