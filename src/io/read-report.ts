/**
 * Reading report files, the one way every command does it: a report named on the
 * command line (a file, or `-` for stdin), and the many files of a history or a
 * team. Clean JSON, as ml-career writes it, takes the fast path (see clean-json.ts)
 * and the schema; anything else (YAML, duplicate keys, a broken or foreign file)
 * goes through the located reader so that its error says file:line:col.
 */
import { isUtf8 } from 'node:buffer';
import { DataError } from '../errors.ts';
import { parseCleanJson } from '../parse/clean-json.ts';
import { parseDocument } from '../parse/document.ts';
import { decodeText } from '../parse/decode-text.ts';
import { describeFsError } from './fs-error.ts';
import { readListedFileSync, readNamedFile, type InputReading } from './open-input.ts';
import { readInputFile, STDIN_NAME, type InputStream } from './read-input.ts';
import { reportFromDocument } from './report-document.ts';
import { REPORT_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { reportSchema, upgradeReportV1, upgradeReportV2, type Report } from '../contracts/report.ts';
import { reportV1Schema } from '../contracts/report-v1.ts';
import { reportV2Schema } from '../contracts/report-v2.ts';
import type { NamedReport } from '../contracts/report-refs.ts';

export function reportFromBytes(bytes: Uint8Array, file: string): Report {
  // isUtf8 and toString are native and several times faster than a fatal TextDecoder: it matters for a team of a thousand.
  const text =
    bytes.byteLength <= REPORT_FILE_MAX_BYTES && isUtf8(bytes) && !bytes.includes(0)
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '')
      : decodeText(bytes, file, REPORT_FILE_MAX_BYTES);
  const data = parseCleanJson(text);
  if (data !== undefined) {
    const version = typeof data === 'object' && data !== null ? (data as { schemaVersion?: unknown }).schemaVersion : undefined;
    if (version === 1) {
      const old = reportV1Schema.safeParse(data);
      if (old.success) return upgradeReportV1(old.data);
    } else if (version === 2) {
      const old = reportV2Schema.safeParse(data);
      if (old.success) return upgradeReportV2(old.data);
    } else {
      const result = reportSchema.safeParse(data);
      if (result.success) return result.data;
    }
  }
  return reportFromDocument(parseDocument(text, file, { maxBytes: REPORT_FILE_MAX_BYTES }));
}

/** A report named on the command line: a file, or `-` for `stdin`. Anything wrong is a DataError that says what. */
export async function readReportFile(path: string, stdin?: InputStream): Promise<NamedReport> {
  const bytes = await readInputFile(path, { maxBytes: REPORT_FILE_MAX_BYTES, label: 'report', ...(stdin === undefined ? {} : { stdin }) });
  const source = path === '-' ? STDIN_NAME : path;
  return { source, report: reportFromBytes(bytes, source) };
}

/**
 * One report file of many, or what kept it from being one: `unreadable` (the file
 * system's answer, or too big to be a report) or `invalid` (its problems, and
 * whether it is an ml-career file at all).
 */
type ReportFileReading =
  | { file: string; report: Report }
  | { file: string; unreadable: string }
  | { file: string; invalid: DataError; ours: boolean };

/**
 * Reads one of many report files (a history, a team folder): regular files only,
 * synchronously, because page-cached files come back faster than through the
 * thread pool and promises.
 */
export function readReportFileSync(file: string): ReportFileReading {
  let reading: InputReading;
  try {
    reading = readListedFileSync(file, REPORT_FILE_MAX_BYTES);
  } catch (error) {
    return { file, unreadable: describeFsError(error) };
  }
  return reportReading(file, reading);
}

/** A report file the person named among others (`team a.json b.json`): a named pipe is read too, with its deadline. */
export async function readNamedReportFile(file: string): Promise<ReportFileReading> {
  let reading: InputReading;
  try {
    reading = await readNamedFile(file, REPORT_FILE_MAX_BYTES);
  } catch (error) {
    return { file, unreadable: describeFsError(error) };
  }
  return reportReading(file, reading);
}

function reportReading(file: string, reading: InputReading): ReportFileReading {
  if ('tooBig' in reading) return { file, unreadable: 'too big to be a report' };
  if ('notAFile' in reading) return { file, unreadable: `${reading.notAFile}, not a regular file` };
  if ('pipe' in reading) return { file, unreadable: 'the named pipe was not read to its end' };
  const { bytes } = reading;
  try {
    return { file, report: reportFromBytes(bytes, file) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { file, invalid: error, ours: isOurs(bytes) };
  }
}

/** Whether the bytes are JSON that says ml-career wrote it. */
function isOurs(bytes: Uint8Array): boolean {
  try {
    const data: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof data === 'object' && data !== null && (data as { tool?: { name?: unknown } }).tool?.name === 'ml-career';
  } catch {
    return false;
  }
}
