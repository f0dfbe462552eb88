/**
 * The unfinished assessment, saved after every answer so that Ctrl-C, a crash or
 * a closed terminal loses nothing: `<stateDir>/progress.json`, readable only by
 * its owner because it describes a person.
 */
import { chmod, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PROGRESS_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { DataError } from '../errors.ts';
import { formatBytes } from '../parse/decode-text.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { describeFsError, fsErrorCode, fsErrorText } from './fs-error.ts';
import { readListedFileSync, type InputReading } from './open-input.ts';
import type { Progress } from '../contracts/progress.ts';

const PROGRESS_FILE = 'progress.json';
const PROGRESS_LOCK_FILE = 'progress.lock';

export type { Progress } from '../contracts/progress.ts';

export function progressPath(dir: string): string {
  return join(dir, PROGRESS_FILE);
}

/** Where the lock of the running interactive session is (see lock.ts). */
export function progressLockPath(dir: string): string {
  return join(dir, PROGRESS_LOCK_FILE);
}

/** Creates the state directory, readable only by its owner. */
export async function ensureStateDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    // mkdir leaves an existing directory's mode alone; the answers inside are private either way.
    await chmod(dir, 0o700);
  } catch (error) {
    throw new DataError({
      file: dir,
      message: `cannot create the state directory for saved progress (${fsErrorText(error)})`,
      hint: 'check XDG_STATE_HOME (or HOME) and the permissions, or answer in a file with --answers',
    });
  }
}

/**
 * `progress` is built by typed code; the schema guards only what is read back (and costs no zod load per answer).
 * A failed save (a full disk) leaves the previous save whole: the write is atomic.
 */
export async function saveProgress(dir: string, progress: Progress): Promise<void> {
  await ensureStateDir(dir);
  try {
    await writeFileAtomic(progressPath(dir), `${JSON.stringify(progress, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    throw new DataError({
      file: progressPath(dir),
      message: `cannot save your progress (${fsErrorText(error)}); the answers saved before this one are still there`,
      hint: 'free some space or fix the permissions, then continue with `ml-career assess --resume`',
    });
  }
}

/** The saved progress, or undefined when there is none. A corrupt file is moved aside (never lost) and reported. */
export async function loadProgress(dir: string, now: Date = new Date()): Promise<Progress | undefined> {
  const path = progressPath(dir);
  let reading: InputReading;
  try {
    reading = readListedFileSync(path, PROGRESS_FILE_MAX_BYTES);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return undefined;
    throw new DataError({ file: path, message: `cannot read the saved progress (${describeFsError(error)})`, hint: 'check the file permissions' });
  }
  // A pipe or a device in its place is nothing ml-career saved: say so, and touch nothing.
  if ('notAFile' in reading) {
    throw new DataError({ file: path, message: `the saved progress is ${reading.notAFile}, not a file that ml-career saved`, hint: `remove it (or give another XDG_STATE_HOME), then run again` });
  }
  const text = 'bytes' in reading ? Buffer.from(reading.bytes).toString('utf8') : undefined;
  const parsed = text === undefined ? `it is larger than ${formatBytes(PROGRESS_FILE_MAX_BYTES)}, more than any assessment saves` : await parseProgress(text);
  if (typeof parsed !== 'string') return parsed;
  const aside = await setProgressAside(dir, 'corrupt', now);
  throw new DataError({
    file: path,
    message: `the saved progress is damaged (${parsed}); it was moved to ${aside}`,
    hint: 'start a new assessment with `ml-career assess`; the old answers can be copied from that file',
  });
}

/**
 * Moves the saved progress out of the way (kept, not deleted) and returns where it
 * went: `progress.json.<label>-<timestamp>`.
 */
export async function setProgressAside(dir: string, label = 'set-aside', now: Date = new Date()): Promise<string> {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const aside = `${progressPath(dir)}.${label}-${stamp}`;
  await rename(progressPath(dir), aside);
  return aside;
}

/** Forgets the saved progress once the report is safely written. */
export async function clearProgress(dir: string): Promise<void> {
  await rm(progressPath(dir), { force: true });
}

/** The progress in `text`, or what is wrong with it. zod is loaded only here, when there is a saved file. */
async function parseProgress(text: string): Promise<Progress | string> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return 'not valid JSON';
  }
  const { progressSchema } = await import('../contracts/progress.ts');
  const result = progressSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return issue ? `${issue.path.join('.') || 'top level'}: ${issue.message}` : 'does not match the progress format';
}
