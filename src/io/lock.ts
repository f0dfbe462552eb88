/**
 * An exclusive lock file, so that two interactive runs at once cannot write the
 * same saved progress over each other. The file names the process that holds it;
 * a lock left by a process that no longer runs (a crash, a kill -9) is taken over.
 */
import { rmSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { DataError, UsageError } from '../errors.ts';
import { onExitCleanup } from './exit-cleanup.ts';
import { fsErrorCode, fsErrorText } from './fs-error.ts';
import { readListedFileSync } from './open-input.ts';

/** A holder is one short line of JSON. */
const HOLDER_MAX_BYTES = 4096;

export interface Lock {
  path: string;
  release(): Promise<void>;
}

interface Holder {
  pid: number;
  host: string;
  since: string;
}

export async function acquireLock(path: string, now: Date = new Date()): Promise<Lock> {
  const holder: Holder = { pid: process.pid, host: hostname(), since: now.toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(holder)}\n`);
      } finally {
        await handle.close();
      }
      break;
    } catch (error) {
      if (fsErrorCode(error) !== 'EEXIST') {
        throw new DataError({ file: path, message: `cannot take the lock on the saved progress (${fsErrorText(error)})`, hint: 'check the permissions of the state directory' });
      }
      const other = readHolder(path);
      if (attempt > 0 || (other !== undefined && stillRunning(other))) throw lockedError(path, other);
      // The holder is gone (or the file is unreadable junk from a crash mid-write): take the lock over.
      await rm(path, { force: true });
    }
  }
  const forget = onExitCleanup(() => releaseIfOurs(path));
  return {
    path,
    async release() {
      forget();
      releaseIfOurs(path);
    },
  };
}

/** Never blocks: a pipe or a device in the lock's place is junk like an unreadable file. */
function readHolder(path: string): Holder | undefined {
  try {
    const reading = readListedFileSync(path, HOLDER_MAX_BYTES);
    return 'bytes' in reading ? parseHolder(Buffer.from(reading.bytes).toString('utf8')) : undefined;
  } catch {
    return undefined;
  }
}

function parseHolder(text: string): Holder | undefined {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== 'object' || data === null) return undefined;
    const { pid, host, since } = data as Record<string, unknown>;
    return typeof pid === 'number' && typeof host === 'string' && typeof since === 'string' ? { pid, host, since } : undefined;
  } catch {
    return undefined;
  }
}

/** On another machine (a shared home directory) we cannot tell, so the lock is respected. */
function stillRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return fsErrorCode(error) === 'EPERM';
  }
}

/** Synchronous so that it can run while the process exits; never removes a lock another process took over. */
function releaseIfOurs(path: string): void {
  try {
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
  } catch {
    // Already gone.
  }
}

function lockedError(path: string, holder: Holder | undefined): UsageError {
  const who = holder ? ` (process ${holder.pid} on ${holder.host}, since ${holder.since})` : '';
  return new UsageError(
    `another ml-career assess is running${who}; two at once would overwrite each other's saved answers`,
    `finish or stop the other one first; if none is running, remove ${path}`,
  );
}
