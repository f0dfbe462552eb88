/**
 * A lint problem found in a built-in file when a user's rubric directory is merged
 * over the built-in one was caused by the user's files (the built-in set alone
 * passes every lint): a heavy category can leave the built-in ladder unable to tell
 * two stages apart, a custom stages.yaml can leave built-in categories without
 * expectations. Such a problem is located in the user's file that changed the
 * picture, naming the built-in place it shows up in, so that nobody is told to edit
 * a file of the tool.
 */
import { basename } from 'node:path';
import type { Problem } from '../errors.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { problemAt, type SourcedCategory, type SourcedStages } from './lint-context.ts';

interface Custom {
  stages?: SourcedStages;
  categories: SourcedCategory[];
}

export function blameCustom(problems: readonly Problem[], builtinFiles: ReadonlySet<string>, custom: Custom): Problem[] {
  const culprit = culpritOf(custom);
  if (culprit === undefined) return [...problems];
  return problems.map((problem) => {
    if (problem.file === undefined || !builtinFiles.has(problem.file)) return problem;
    const hint = culprit.hint ?? problem.hint;
    return { ...culprit.place, message: `${culprit.why}, ${builtinPlace(problem, problem.file)} fails: ${problem.message}`, ...(hint === undefined ? {} : { hint }) };
  });
}

/** `built-in stages.yaml:116:5 (stages[4])`: where the problem shows, as context for the user. */
function builtinPlace(problem: Problem, file: string): string {
  const line = problem.line === undefined ? '' : `:${problem.line}${problem.col === undefined ? '' : `:${problem.col}`}`;
  return `built-in ${basename(file)}${line}${problem.path === undefined ? '' : ` (${problem.path})`}`;
}

interface Culprit {
  place: Omit<Problem, 'message'>;
  why: string;
  hint?: string;
}

/** The user's file to blame: their stages file, else their heaviest category (at its weight). */
function culpritOf(custom: Custom): Culprit | undefined {
  if (custom.stages !== undefined) return { place: placeOf(custom.stages.doc, ['stages']), why: 'with these stages' };
  const heaviest = custom.categories.reduce<SourcedCategory | undefined>(
    (best, entry) => (best === undefined || entry.category.weight > best.category.weight ? entry : best),
    undefined,
  );
  if (heaviest === undefined) return undefined;
  const path = heaviest.doc.locate(['weight']) === undefined ? [] : ['weight'];
  return {
    place: placeOf(heaviest.doc, path),
    why: `with this category (weight ${heaviest.category.weight})`,
    hint: "lower this category's weight, or raise its expectations from stage to stage",
  };
}

function placeOf(doc: ParsedDocument, path: string[]): Omit<Problem, 'message'> {
  const { message: _message, ...place } = problemAt(doc, path, '');
  return place;
}
