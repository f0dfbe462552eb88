import { readHistory, type History } from '../../io/history-store.ts';
import { historyDir } from '../../io/record-report.ts';
import { historyJson, historyTable } from '../../render/history/history-table.ts';
import { loadReportRef } from '../../io/report-ref.ts';
import type { ReportFormat } from '../../render/format.ts';
import type { CliContext, GlobalOptions } from '../context.ts';
import { writeResult } from '../output.ts';
import { resolveFormat, writeReport } from '../report-output.ts';
import { warn } from './warn.ts';

/** The history, with a warning for every file in it that is not a readable report. */
export async function readHistoryWarned(context: CliContext): Promise<History> {
  const history = await readHistory(historyDir(context.env, context.home));
  for (const problem of history.problems) warn(context, { ...problem, hint: 'not a readable report; skipped' });
  return history;
}

export async function historyListCommand(context: CliContext, options: { format?: 'text' | 'json' }): Promise<void> {
  const history = await readHistoryWarned(context);
  if (options.format === 'json') {
    await writeResult(context, historyJson(history.entries));
    return;
  }
  if (history.entries.length === 0) {
    context.stderr.write(`No assessments in the history yet (${history.dir}). Each \`ml-career assess\` adds one.\n`);
    return;
  }
  await writeResult(context, historyTable(history.entries));
}

export async function historyShowCommand(
  context: CliContext,
  globals: GlobalOptions,
  ref: string,
  options: { format?: ReportFormat; output?: string },
): Promise<void> {
  resolveFormat(options.format, options.output);
  const { report } = await loadReportRef(ref, () => readHistoryWarned(context), context.stdin);
  await writeReport(context, globals, report, options);
}
