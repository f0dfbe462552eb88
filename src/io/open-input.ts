/**
 * The one way ml-career opens a file to read it. Every open is non-blocking, so no
 * thread ever waits on a pipe or a device (a waiting thread would keep the process
 * from ending on a signal); what was opened is then checked on the open file itself,
 * not on its name, and the size cap counts the bytes actually read (a device or a
 * /proc file says size 0 and never ends).
 *
 * - A regular file is read up to its cap.
 * - A named pipe the person named is read without blocking, with a deadline (see
 *   read-pipe.ts).
 * - Anything else (a device, a socket) is refused; in a directory, only regular
 *   files count and the rest is named as skipped.
 */
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { readPipe, type PipeReading } from './read-pipe.ts';

const READ_FLAGS = constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
const CHUNK = 64 * 1024;

/** What was read, or why not: the kind of file that is not read, or more bytes than the cap. */
export type InputReading =
  | { bytes: Uint8Array }
  | { notAFile: string }
  | { tooBig: { size: number; exact: boolean } }
  | { pipe: Exclude<PipeReading, { bytes: Uint8Array } | { tooBig: true }> };

/** "a named pipe", "a character device", …: what a file that is not a regular file is. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a file the person named on the command line: a regular file, or a named
 * pipe (read with a deadline). File-system errors (ENOENT, EACCES, EISDIR…) are thrown as they come.
 */
export async function readNamedFile(path: string, maxBytes: number): Promise<InputReading> {
  const handle = await open(path, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    if (info.isFIFO()) {
      const reading = await readPipe(handle, maxBytes);
      if ('bytes' in reading) return reading;
      if ('tooBig' in reading) return { tooBig: { size: maxBytes + 1, exact: false } };
      return { pipe: reading };
    }
    if (!info.isFile()) return { notAFile: kindOf(info) };
    if (info.size > maxBytes) return { tooBig: { size: info.size, exact: true } };
    return await readCappedHandle(handle, maxBytes);
  } finally {
    await handle.close();
  }
}

/**
 * Reads a file found in a directory or kept by ml-career (a history entry, a team
 * member, the saved progress): regular files only, synchronously (page-cached files
 * come back faster than through the thread pool). Errors of the file system are thrown.
 */
export function readListedFileSync(path: string, maxBytes: number): InputReading {
  const fd = openSync(path, READ_FLAGS);
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
    if (!info.isFile()) return { notAFile: kindOf(info) };
    if (info.size > maxBytes) return { tooBig: { size: info.size, exact: true } };
    const chunks: Buffer[] = [];
    let total = 0;
    // The size it says, and one byte more to see the end (or that it grew); a file that says 0 (/proc) is read in chunks.
    let next = info.size > 0 ? info.size + 1 : CHUNK;
    for (;;) {
      const buffer = Buffer.allocUnsafe(Math.min(next, maxBytes + 1 - total));
      next = CHUNK;
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) return { tooBig: { size: total, exact: false } };
      chunks.push(buffer.subarray(0, read));
    }
    return { bytes: new Uint8Array(Buffer.concat(chunks, total)) };
  } finally {
    closeSync(fd);
  }
}

async function readCappedHandle(handle: FileHandle, maxBytes: number): Promise<InputReading> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buffer = Buffer.allocUnsafe(Math.min(CHUNK * 16, maxBytes + 1 - total) || 1);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
    if (bytesRead === 0) break;
    total += bytesRead;
    // The file grew after fstat, or says a size it does not have (/proc): the cap counts what came.
    if (total > maxBytes) return { tooBig: { size: total, exact: false } };
    chunks.push(buffer.subarray(0, bytesRead));
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks, total)) };
}
