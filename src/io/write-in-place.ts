/**
 * Writing to a device or a pipe named as an output (`-o /dev/stdout`, `-o >(gzip)`,
 * a FIFO): in place, since renaming over one would replace the device itself, and
 * without blocking, so that a pipe nobody reads cannot hang the tool or keep it
 * from ending on a signal. A block device or a socket is never written.
 */
import { constants, type Stats } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fsErrorCode } from './fs-error.ts';
import { kindOf } from './open-input.ts';

const WRITE_FLAGS = constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY;
/** How long a named pipe may go without a reader before the write is given up. */
export const PIPE_READER_WAIT_MS = 500;
const POLL_MS = 10;

/** Thrown with a `code` like the file system's, so the caller words it with the others. */
function refusal(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Why `info` is not written in place (a block device, a socket), or undefined when it may be. */
export function inPlaceRefusal(info: Stats): Error | undefined {
  if (info.isFIFO() || info.isCharacterDevice()) return undefined;
  return refusal('ENOTSUP', `it is ${kindOf(info)}; ml-career writes only to files, pipes and terminals`);
}

export async function writeInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const refused = inPlaceRefusal(await stat(path));
  if (refused) throw refused;
  const handle = await openForWriting(path);
  try {
    const info = await handle.stat();
    if (inPlaceRefusal(info)) throw inPlaceRefusal(info);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let written = 0;
    while (written < bytes.byteLength) {
      try {
        written += (await handle.write(bytes, written, bytes.byteLength - written, null)).bytesWritten;
      } catch (error) {
        // A pipe whose reader is slower than us: wait for room, as a blocking write would.
        if (fsErrorCode(error) !== 'EAGAIN') throw error;
        await sleep(POLL_MS);
      }
    }
  } finally {
    await handle.close();
  }
}

/** Opening a pipe for writing fails at once (ENXIO) while nobody reads it: give a reader a moment to come. */
async function openForWriting(path: string): Promise<FileHandle> {
  const deadline = Date.now() + PIPE_READER_WAIT_MS;
  for (;;) {
    try {
      return await open(path, WRITE_FLAGS);
    } catch (error) {
      if (fsErrorCode(error) !== 'ENXIO') throw error;
      if (Date.now() > deadline) throw refusal('ENXIO', 'no process reads this named pipe');
      await sleep(POLL_MS);
    }
  }
}
