/**
 * Temporary files of ml-career (`.<name>.<pid>.<time>.tmp`, see atomic-write.ts and
 * record-report.ts) that a killed run (kill -9, a power cut) left behind: the next
 * run that writes to the same directory removes those whose process no longer runs.
 */
import { lstatSync, readdirSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fsErrorCode } from './fs-error.ts';

/** `.<name>.` (optional), the pid, the time in base 36 (Date.now().toString(36)), `.tmp`. */
const TEMP_NAME = /^\.(?:.+\.)?(\d+)\.[0-9a-z]{8}\.tmp$/;

const cleaned = new Set<string>();

/** The temporary file of `target` that this process writes now. */
export function tempNameFor(prefix: string): string {
  return `.${prefix === '' ? '' : `${prefix}.`}${process.pid}.${Date.now().toString(36)}.tmp`;
}

/** Removes stale temporary files from `dir`, once per directory and process; best effort, never fails. */
export function removeStaleTemps(dir: string): void {
  if (cleaned.has(dir)) return;
  cleaned.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = TEMP_NAME.exec(name)?.[1];
    if (pid === undefined || Number(pid) === process.pid || running(Number(pid))) continue;
    const path = join(dir, name);
    try {
      if (lstatSync(path).isFile()) unlinkSync(path);
    } catch {
      // Gone already, or not ours to remove.
    }
  }
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return fsErrorCode(error) === 'EPERM';
  }
}
