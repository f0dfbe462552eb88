/** Reading the history of completed assessments back (`record-report.ts` writes it). */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { compareIds } from '../assessment/compare.ts';
import { DataError, type Problem } from '../errors.ts';
import { fsErrorCode, fsErrorText } from './fs-error.ts';
import { isHistoryFileName } from './known-files.ts';
import { readReportFileSync } from './read-report.ts';
import type { Report } from '../contracts/report.ts';
import type { HistoryEntry } from '../contracts/report-refs.ts';


export interface History {
  dir: string;
  entries: HistoryEntry[];
  /** Files in the history directory that are not readable reports (they are skipped, never deleted). */
  problems: Problem[];
}

/** Every report in the history, oldest first; a missing directory is an empty history. */
export async function readHistory(dir: string): Promise<History> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isHistoryFileName);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return { dir, entries: [], problems: [] };
    throw new DataError({ file: dir, message: `cannot read the history directory (${fsErrorText(error)})`, hint: 'check its permissions' });
  }
  const problems: Problem[] = [];
  const read: { file: string; report: Report }[] = [];
  for (const name of names) {
    const reading = readReportFileSync(join(dir, name));
    if ('report' in reading) read.push(reading);
    else if ('unreadable' in reading) problems.push({ file: reading.file, message: reading.unreadable });
    else problems.push(...reading.invalid.problems);
  }
  read.sort((a, b) => compareIds(a.report.generatedAt, b.report.generatedAt) || compareIds(a.file, b.file));
  return { dir, entries: read.map((entry, index) => ({ number: index + 1, ...entry })), problems };
}
