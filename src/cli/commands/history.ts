import { readHistory, type History } from '../../io/history-store.ts';
import { historyDir } from '../../io/record-report.ts';
import { historyJson, historyTable } from '../../render/history/history-table.ts';
import { loadReportRef } from '../../io/report-ref.ts';
import type { CliContext, CommandContext } from '../context.ts';
import { commandHint } from '../invocation.ts';
import { messageText } from '../message-text.ts';
import { checkOutputs, writeResult } from '../output.ts';
import { reportRefInput } from '../command-inputs.ts';
import { resolveFormat, writeReport } from '../report-output.ts';
import type { HistoryListOptions, HistoryShowOptions } from '../specs.ts';
import { warn } from './warn.ts';

/** The history, with a warning for every file in it that is not a readable report. */
export async function readHistoryWarned(context: CliContext): Promise<History> {
  const history = await readHistory(historyDir(context.env, context.home));
  for (const problem of history.problems) warn(context, { ...problem, hint: 'not a readable report; skipped' });
  return history;
}

export async function historyListCommand(context: CommandContext, options: HistoryListOptions): Promise<void> {
  const history = await readHistoryWarned(context);
  if (options.format === 'json') {
    await writeResult(context, historyJson(history.entries));
    return;
  }
  if (history.entries.length === 0) {
    context.stderr.write(`${messageText(`No assessments in the history yet (${history.dir}). Each ${commandHint(context.invoked, 'assess')} adds one.`, context.invoked)}\n`);
    return;
  }
  await writeResult(context, historyTable(history.entries));
}

export async function historyShowCommand(context: CommandContext, ref: string, options: HistoryShowOptions): Promise<void> {
  resolveFormat(options.format, options.output);
  await checkOutputs(context, [{ flag: '-o', path: options.output }], [reportRefInput(context, ref)]);
  const { report } = await loadReportRef(ref, () => readHistoryWarned(context), context.stdin);
  await writeReport(context, report, options);
}
