import { compareReports } from '../../compare/compare-reports.ts';
import { reportMismatch, type Mismatch } from '../../compare/mismatch.ts';
import { DataError, quote, UsageError } from '../../errors.ts';
import type { History } from '../../io/history-store.ts';
import type { InputStream } from '../../io/read-input.ts';
import { loadReportRef, namedEntry } from '../../io/report-ref.ts';
import type { NamedReport } from '../../contracts/report-refs.ts';
import { renderComparison } from '../../render/compare/render-compare.ts';
import { scopeLabel } from '../../render/scope-label.ts';
import type { CommandContext } from '../context.ts';
import { checkOutputs, writeResult } from '../output.ts';
import { historyInput, reportRefInput } from '../command-inputs.ts';
import { resolveFormat } from '../report-output.ts';
import type { CompareOptions } from '../specs.ts';
import { readHistoryWarned } from './history.ts';
import { warn } from './warn.ts';

export async function compareCommand(context: CommandContext, refs: { old?: string; new?: string }, options: CompareOptions): Promise<void> {
  const format = resolveFormat(options.format, options.output);
  if (refs.old === '-' && refs.new === '-') throw new UsageError('stdin given twice: only one of the two reports can be read from stdin (-)');
  const given = [refs.old, refs.new].filter((ref): ref is string => ref !== undefined);
  // Without two reports named, the history supplies the rest.
  const inputs = [...given.map((ref) => reportRefInput(context, ref)), ...(given.length < 2 ? [historyInput(context)] : [])];
  await checkOutputs(context, [{ flag: '-o', path: options.output }], inputs);
  let history: Promise<History> | undefined;
  // Read the history once, and only when an argument (or its absence) needs it.
  const readOnce = () => (history ??= readHistoryWarned(context));
  const [before, after] = await pickReports(refs, readOnce, context.stdin);
  const mismatch = reportMismatch(before.report, after.report);
  if (mismatch !== undefined) warn(context, mismatchWarning(mismatch, before, after));
  const comparison = compareReports(before, after, context.version);
  const toStdout = !options.output || options.output === '-';
  const color = toStdout && context.color;
  const width = toStdout ? context.stdout.columns : undefined;
  const text = renderComparison(comparison, format, width === undefined ? { color } : { color, width: Math.min(width, 100) });
  await writeResult(context, text, options.output, 0o600);
}

/** Both given: those two. One given: it against the latest history entry. None: the last two history entries. */
async function pickReports(refs: { old?: string; new?: string }, history: () => Promise<History>, stdin: InputStream): Promise<[NamedReport, NamedReport]> {
  if (refs.old !== undefined && refs.new !== undefined) {
    return [await loadReportRef(refs.old, history, stdin), await loadReportRef(refs.new, history, stdin)];
  }
  const needed = refs.old === undefined ? 2 : 1;
  const { entries, dir } = await history();
  if (entries.length < needed) {
    throw new DataError({
      message: `compare needs ${needed === 2 ? 'two reports' : 'a second report'}, and the history holds ${entries.length} (${dir})`,
      hint: 'give two report files or history numbers: `ml-career compare old.json new.json`',
    });
  }
  const latest = namedEntry(entries[entries.length - 1]!);
  if (refs.old !== undefined) return [await loadReportRef(refs.old, history, stdin), latest];
  return [namedEntry(entries[entries.length - 2]!), latest];
}

/** One line: what differs, in which report, and that the comparison goes ahead. */
function mismatchWarning(mismatch: Mismatch, before: NamedReport, after: NamedReport): string {
  const parts: string[] = [];
  if (mismatch.subjects) parts.push(`subject (${quote(mismatch.subjects[0])} in ${before.source}, ${quote(mismatch.subjects[1])} in ${after.source})`);
  if (mismatch.scopes) parts.push(`scope (${scopeLabel(mismatch.scopes[0])} in ${before.source}, ${scopeLabel(mismatch.scopes[1])} in ${after.source})`);
  return `the reports differ in ${parts.join(' and ')}; compared anyway, so a move may reflect that difference rather than progress`;
}
