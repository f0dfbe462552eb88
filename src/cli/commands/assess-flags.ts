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
];

export async function checkAssessFlags(context: CliContext, options: AssessOptions): Promise<void> {
  for (const [a, b] of CONFLICTS) {
    if (given(options[a]) && given(options[b])) throw new UsageError(`--${kebab(a)} and --${kebab(b)} cannot be used together`);
  }
  for (const [flag, value] of [['--name', options.name], ['--about', options.about], ['--rater-name', options.raterName]] as const) {
    if (value === undefined) continue;
    const length = value.trim().length;
    if (length === 0 || length > SUBJECT_MAX) throw new UsageError(`${flag} must be 1 to ${SUBJECT_MAX} characters (not counting spaces around it)`);
  }
  checkRaterFlags(options);
  checkDistinctFiles(context, options);
  if (options.output !== undefined) await checkOutputPath(options.output);
  if (options.saveAnswers !== undefined) await checkOutputPath(options.saveAnswers, '--save-answers');
}

/** --about names whose work is judged and --rater who judges it: a manager or peer always rates someone named. */
function checkRaterFlags(options: AssessOptions): void {
  if (options.about !== undefined && options.name !== undefined) {
    throw new UsageError('--about and --name both name the person assessed', 'give one: --about <name> when rating someone else, --name <name> for yourself');
  }
  if (options.about !== undefined && options.rater === undefined) {
    throw new UsageError(`--about ${options.about.trim()} needs --rater: say whether you rate them as their manager or a peer`, 'add --rater manager or --rater peer');
  }
  if (options.rater !== undefined && options.rater !== 'self' && options.about === undefined) {
    throw new UsageError(`--rater ${options.rater} needs --about <name>: whose work are you rating?`);
  }
  if (options.raterName !== undefined && options.rater === undefined) {
    throw new UsageError('--rater-name needs --rater (self, manager or peer)');
  }
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
  for (const other of [options.answers, options.output, options.saveAnswers]) {
    if (same(options.summaryFile, other)) throw new UsageError(`--summary-file ${options.summaryFile} would write into ${other === options.answers ? 'the answers file it reads' : 'another output of this run'}`, 'give the summary its own file');
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
