/**
 * Writes a file so that readers (and a crash or Ctrl-C at any moment) see either
 * the old content or the new, never half of it: temporary file in the same
 * directory, fsync, rename. A temporary file a killed run left there is removed
 * (stale-temp.ts).
 */
import { rmSync } from 'node:fs';
import { lstat, open, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { onExitCleanup } from './exit-cleanup.ts';
import { removeStaleTemps, tempNameFor } from './stale-temp.ts';
import { writeInPlace } from './write-in-place.ts';

interface AtomicWriteOptions {
  /** File mode of the new file, e.g. 0o600 for a person's answers. */
  mode?: number;
}

export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  // Through a symbolic link, the file it points at is replaced, not the link.
  const target = await realpath(path).catch(() => path);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
  // A terminal or pipe (/dev/stdout, /dev/full, a FIFO) is written in place: renaming over it would replace the device itself.
  if (existing && !existing.isFile()) return writeInPlace(target, data);

  removeStaleTemps(dirname(target));
  const temp = join(dirname(target), tempNameFor(basename(target)));
  const handle = await open(temp, 'wx', options.mode ?? 0o644);
  const forget = onExitCleanup(() => rmSync(temp, { force: true }));
  try {
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    await rename(temp, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  } finally {
    forget();
  }
}
