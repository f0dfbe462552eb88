/**
 * Reads the reports named on the `team` command line: files, and the `.json`
 * files directly inside directories. A file that cannot be read or is not a valid
 * report becomes one problem (the caller skips it or fails); it never stops the rest.
 */
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError, type Problem } from '../errors.ts';
import { REPORT_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { describeFsError } from './fs-error.ts';
import { reportFromBytes } from './read-report.ts';
import type { SourcedReport } from '../team/select-members.ts';
import { teamReport, type StepPool } from '../team/team-report.ts';

export interface TeamReading {
  reports: SourcedReport[];
  problems: Problem[];
}

async function expand(paths: readonly string[], problems: Problem[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({ file: path, message: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      problems.push({ file: path, message: describeFsError(error) });
      continue;
    }
    const names = entries.filter((name) => name.toLowerCase().endsWith('.json') && !name.startsWith('.')).sort();
    if (names.length === 0) problems.push({ file: path, message: 'no .json reports in this directory' });
    files.push(...names.map((name) => join(path, name)));
  }
  return files;
}

function isOurs(bytes: Uint8Array): boolean {
  try {
    const data: unknown = JSON.parse(Buffer.from(bytes).toString('utf8'));
    return typeof data === 'object' && data !== null && (data as { tool?: { name?: unknown } }).tool?.name === 'ml-career';
  } catch {
    return false;
  }
}

/** The first problem without its file name (the warning names the file already). */
function where(problem: Problem): string {
  const line = problem.line === undefined ? '' : `line ${problem.line}: `;
  return `${line}${problem.path === undefined ? '' : `${problem.path}: `}${problem.message}`;
}

function readOne(file: string, pool: StepPool): SourcedReport | Problem {
  let bytes: Uint8Array;
  try {
    // Synchronous reads: page-cached files come back faster than through the thread pool and promises.
    const fd = openSync(file, 'r');
    try {
      if (fstatSync(fd).size > REPORT_FILE_MAX_BYTES) return { file, message: 'too big to be a report' };
      bytes = new Uint8Array(readFileSync(fd));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { file, message: describeFsError(error) };
  }
  try {
    return { source: file, report: teamReport(reportFromBytes(bytes, file), pool) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    if (!isOurs(bytes)) return { file, message: 'not an ml-career JSON report' };
    const [first, ...rest] = error.problems;
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
    return { file, message: `not a valid report: ${first === undefined ? error.message : where(first)}${more}` };
  }
}

export async function readTeamReports(paths: readonly string[]): Promise<TeamReading> {
  const problems: Problem[] = [];
  const files = await expand(paths, problems);
  const pool: StepPool = new Map();
  const results = files.map((file) => readOne(file, pool));
  const reports: SourcedReport[] = [];
  for (const result of results) {
    if ('report' in result) reports.push(result);
    else problems.push(result);
  }
  return { reports, problems };
}
