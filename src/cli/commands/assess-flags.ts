/**
 * Checks of `assess` flags that need no rubric: values and combinations that can
 * never work, and output paths that cannot be written. They run before anything
 * is read or asked, so that a typo costs neither time nor a half-done run.
 */
import { SUBJECT_MAX } from '../../contracts/limits.ts';
import { UsageError } from '../../errors.ts';
import type { CliContext } from '../context.ts';
import { checkOutputPath, sameFile } from '../output.ts';
import type { AssessOptions } from '../specs.ts';

const CONFLICTS: [keyof AssessOptions, keyof AssessOptions][] = [
  ['answers', 'resume'],
  ['answers', 'restart'],
  ['answers', 'evidence'],
  ['resume', 'restart'],
  ['adaptive', 'quick'],
  ['resume', 'adaptive'],
  ['resume', 'from'],
  ['answers', 'changed'],
];

export async function checkAssessFlags(context: CliContext, options: AssessOptions): Promise<void> {
  for (const [a, b] of CONFLICTS) {
    if (given(options[a]) && given(options[b])) throw new UsageError(`--${kebab(a)} and --${kebab(b)} cannot be used together`);
  }
  if (options.changed === true && options.from === undefined) {
    throw new UsageError('--changed picks what to ask again from earlier answers: it needs --from', 'e.g. assess --from 1 --changed');
  }
  if (options.name !== undefined) {
    const length = options.name.trim().length;
    if (length === 0 || length > SUBJECT_MAX) throw new UsageError(`--name must be 1 to ${SUBJECT_MAX} characters (not counting spaces around it)`);
  }
  checkDistinctFiles(context, options);
  if (options.output !== undefined) await checkOutputPath(options.output);
  if (options.saveAnswers !== undefined) await checkOutputPath(options.saveAnswers, '--save-answers');
}

/** The report must never overwrite the answers it is made from, nor the saved answers overwrite the report. */
function checkDistinctFiles(context: CliContext, options: AssessOptions): void {
  const same = (a: string | undefined, b: string | undefined) => sameFile(context.cwd, a, b);
  if (same(options.output, options.answers)) {
    throw new UsageError(`-o ${options.output} would overwrite the answers file it reads`, 'write the report to another file');
  }
  if (same(options.saveAnswers, options.answers)) {
    throw new UsageError(`--save-answers ${options.saveAnswers} would overwrite the answers file it reads`, 'the answers are already in that file');
  }
  if (same(options.output, options.saveAnswers)) {
    throw new UsageError(`-o and --save-answers name the same file (${options.output})`, 'give them different files');
  }
}

function given(value: unknown): boolean {
  return value !== undefined && value !== false;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
