/**
 * Reads the reports named on the `team` command line: files, and the `.json`
 * files directly inside directories (regular files only: anything else there is
 * named as skipped). A file that cannot be read or is not a valid
 * report becomes one problem (the caller skips it or fails); it never stops the rest.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Problem } from '../errors.ts';
import { describeFsError } from './fs-error.ts';
import { isTeamFileName } from './known-files.ts';
import { readNamedReportFile, readReportFileSync } from './read-report.ts';
import type { SourcedReport } from '../team/select-members.ts';
import { teamReport, type StepPool } from '../team/team-report.ts';

interface TeamReading {
  reports: SourcedReport[];
  problems: Problem[];
}

/** A file to read: one named on the command line, or one found in a directory named there. */
interface TeamFile {
  file: string;
  named: boolean;
}

async function expand(paths: readonly string[], problems: Problem[]): Promise<TeamFile[]> {
  const files: TeamFile[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      problems.push({ file: path, message: describeFsError(error) });
      continue;
    }
    if (!info.isDirectory()) {
      files.push({ file: path, named: true });
      continue;
    }
    let entries: string[];
    try {
      entries = await readdir(path);
    } catch (error) {
      problems.push({ file: path, message: describeFsError(error) });
      continue;
    }
    const names = entries.filter(isTeamFileName).sort();
    if (names.length === 0) problems.push({ file: path, message: 'no .json reports in this directory' });
    files.push(...names.map((name) => ({ file: join(path, name), named: false })));
  }
  return files;
}

/** The first problem without its file name (the warning names the file already). */
function where(problem: Problem): string {
  const line = problem.line === undefined ? '' : `line ${problem.line}: `;
  return `${line}${problem.path === undefined ? '' : `${problem.path}: `}${problem.message}`;
}

/** A file named on the command line may be a named pipe (read with a deadline); in a directory, only regular files count. */
async function readOne({ file, named }: TeamFile, pool: StepPool): Promise<SourcedReport | Problem> {
  const reading = named ? await readNamedReportFile(file) : readReportFileSync(file);
  if ('report' in reading) return { source: file, report: teamReport(reading.report, pool) };
  if ('unreadable' in reading) return { file, message: reading.unreadable };
  if (!reading.ours) return { file, message: 'not an ml-career JSON report' };
  const [first, ...rest] = reading.invalid.problems;
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
  return { file, message: `not a valid report: ${first === undefined ? reading.invalid.message : where(first)}${more}` };
}

export async function readTeamReports(paths: readonly string[]): Promise<TeamReading> {
  const problems: Problem[] = [];
  const files = await expand(paths, problems);
  const pool: StepPool = new Map();
  const reports: SourcedReport[] = [];
  for (const teamFile of files) {
    const result = await readOne(teamFile, pool);
    if ('report' in result) reports.push(result);
    else problems.push(result);
  }
  return { reports, problems };
}
