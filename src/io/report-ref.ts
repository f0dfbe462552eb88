/** A report named on the command line: a history entry number (`3`) or a report file (`-` for stdin). */
import { DataError } from '../errors.ts';
import { readInputFile, STDIN_NAME } from './read-input.ts';
import { REPORT_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { reportFromBytes } from './read-report.ts';
import type { Report } from '../contracts/report.ts';
import type { History } from './history-store.ts';
import type { HistoryEntry, NamedReport } from '../contracts/report-refs.ts';



/** A whole number is a history entry; write `./3` for a file named 3. */
export function isHistoryNumber(ref: string): boolean {
  return /^\d+$/.test(ref);
}

export function historyEntry(history: History, number: number): HistoryEntry {
  const entry = history.entries.find((candidate) => candidate.number === number);
  if (entry === undefined) {
    const has = history.entries.length === 0 ? 'the history is empty' : `the history has entries 1 to ${history.entries.length}`;
    throw new DataError({
      message: `no history entry ${number}: ${has}`,
      hint: '`ml-career history` lists them; to read a file named like a number, write ./' + number,
    });
  }
  return entry;
}

export function namedEntry(entry: HistoryEntry): NamedReport {
  return { source: `history #${entry.number}`, report: entry.report };
}

export async function loadReportRef(ref: string, history: () => Promise<History>): Promise<NamedReport> {
  if (isHistoryNumber(ref)) return namedEntry(historyEntry(await history(), Number(ref)));
  const bytes = await readInputFile(ref, { maxBytes: REPORT_FILE_MAX_BYTES, label: 'report' });
  const source = ref === '-' ? STDIN_NAME : ref;
  return { source, report: reportFromBytes(bytes, source) };
}
