/**
 * Checks of `assess` flags that need no rubric: values and combinations that can
 * never work, and output paths that cannot be written. They run before anything
 * is read or asked, so that a typo costs neither time nor a half-done run.
 */
import { SUBJECT_MAX } from '../../contracts/limits.ts';
import { UsageError } from '../../errors.ts';
import { progressInputs, rubricInputs } from '../command-inputs.ts';
import type { CommandContext } from '../context.ts';
import { checkOutputs } from '../output.ts';
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

export async function checkAssessFlags(context: CommandContext, options: AssessOptions): Promise<void> {
  for (const [a, b] of CONFLICTS) {
    if (given(options[a]) && given(options[b])) throw new UsageError(`--${kebab(a)} and --${kebab(b)} cannot be used together`);
  }
  if (options.adaptive === 'gaps' && options.track !== undefined) {
    // A track orders the gaps by its own weights, which the gaps mode does not settle against.
    throw new UsageError('--adaptive=gaps cannot be used with --track: the track orders the gaps by its own weights', 'use --adaptive with --track (it settles the stage), or --adaptive=gaps without --track');
  }
  if (options.changed === true && options.from === undefined) {
    throw new UsageError('--changed picks what to ask again from earlier answers: it needs --from', 'e.g. assess --from 1 --changed');
  }
  for (const [flag, value] of [['--name', options.name], ['--about', options.about], ['--rater-name', options.raterName]] as const) {
    if (value === undefined) continue;
    const length = value.trim().length;
    if (length === 0 || length > SUBJECT_MAX) throw new UsageError(`${flag} must be 1 to ${SUBJECT_MAX} characters (not counting spaces around it)`);
  }
  checkRaterFlags(options);
  // The report, the saved answers and the summary must never overwrite what the run reads: the answers, the rubrics, the saved progress.
  await checkOutputs(
    context,
    [
      { flag: '-o', path: options.output },
      { flag: '--save-answers', path: options.saveAnswers },
      { flag: '--summary-file', path: options.summaryFile },
    ],
    [...(options.answers === undefined ? [] : [{ path: options.answers, what: 'the answers file' }]), ...rubricInputs(context), ...progressInputs(context)],
  );
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

function given(value: unknown): boolean {
  return value !== undefined && value !== false;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
