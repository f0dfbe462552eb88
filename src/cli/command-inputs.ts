/**
 * What each command reads, for the check that no output overwrites it (output.ts):
 * the rubric directories, the history, the saved progress and the pseudonym key.
 */
import { join } from 'node:path';
import { dataDir } from '../io/data-dir.ts';
import { isHistoryFileName, isHistoryNumber, isRubricFileName, KEY_FILE } from '../io/known-files.ts';
import type { ReadInput } from '../io/overwrite-check.ts';
import { progressLockPath, progressPath } from '../io/progress.ts';
import { builtinRubricDir } from '../io/read-rubric-dir.ts';
import { historyDir } from '../io/record-report.ts';
import { stateDir } from '../io/state-dir.ts';
import type { CliContext, CommandContext } from './context.ts';

/** With --rubrics, its directory and the built-in one are read; without, the compiled set (no file). */
export function rubricInputs(context: CommandContext): ReadInput[] {
  if (context.rubrics === undefined) return [];
  return [
    { path: context.rubrics, what: 'the rubric directory', reads: isRubricFileName },
    { path: builtinRubricDir(), what: 'the built-in rubrics', reads: isRubricFileName },
  ];
}

export function historyInput(context: CliContext): ReadInput {
  return { path: historyDir(context.env, context.home), what: 'the history', reads: isHistoryFileName };
}

export function progressInputs(context: CliContext): ReadInput[] {
  const dir = stateDir(context.env, context.home);
  return [
    { path: progressPath(dir), what: 'the saved progress' },
    { path: progressLockPath(dir), what: 'the lock of the saved progress' },
  ];
}

export function pseudonymKeyInput(context: CliContext): ReadInput {
  return { path: join(dataDir(context.env, context.home), KEY_FILE), what: 'the pseudonym key' };
}

/** A report named on the command line: a history number reads the history, anything else that file. */
export function reportRefInput(context: CliContext, ref: string): ReadInput {
  return isHistoryNumber(ref) ? historyInput(context) : { path: ref, what: 'the report' };
}
