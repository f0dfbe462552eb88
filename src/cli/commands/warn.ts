/** Warnings on stderr: something was skipped or not saved, and the command carried on. */
import { formatProblem, type Problem } from '../../errors.ts';
import type { CliContext } from '../context.ts';
import { invokedAs } from '../invocation.ts';
import { messageText } from '../message-text.ts';

export function warn(context: CliContext, problem: Problem | string): void {
  const text = typeof problem === 'string' ? problem : formatProblem(problem);
  // A hint from below the CLI names commands as `ml-career …`; say them as the person ran the program.
  context.stderr.write(`ml-career: warning: ${messageText(text, invokedAs(context.env))}\n`);
}
