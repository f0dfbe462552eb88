/** A report named on the command line: a history entry number (`3`) or a report file (`-` for stdin). */
import { DataError } from '../errors.ts';
import { isHistoryNumber } from './known-files.ts';
import type { History } from './history-store.ts';
import type { InputStream } from './read-input.ts';
import { readReportFile } from './read-report.ts';
import type { HistoryEntry, NamedReport } from '../contracts/report-refs.ts';


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

/** The history entry a number names, else the report file (`-`: from `stdin`). */
export async function loadReportRef(ref: string, history: () => Promise<History>, stdin?: InputStream): Promise<NamedReport> {
  if (isHistoryNumber(ref)) return namedEntry(historyEntry(await history(), Number(ref)));
  return readReportFile(ref, stdin);
}
