/** Warnings on stderr: something was skipped or not saved, and the command carried on. */
import { formatProblem, type Problem } from '../../errors.ts';
import type { CliContext } from '../context.ts';

export function warn(context: CliContext, problem: Problem | string): void {
  const text = typeof problem === 'string' ? problem : formatProblem(problem);
  context.stderr.write(`ml-career: warning: ${text}\n`);
}
