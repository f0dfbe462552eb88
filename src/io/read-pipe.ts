/**
 * Reads a named pipe (FIFO) without ever blocking for good. Opened blocking, a pipe
 * with no writer would hang the tool; opened non-blocking, it reads as empty until
 * a writer appears. So: wait a short while for the first bytes, then read to the
 * end, and stop at the size cap like any other input.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fsErrorCode } from './fs-error.ts';

/** How long to wait for a writer to start writing; a writer that was already there takes microseconds. */
const PIPE_WRITER_WAIT_MS = 500;
const POLL_MS = 10;

/** The bytes in the pipe, or `undefined` once more than `maxBytes` have come. */
export async function readPipe(path: string, maxBytes: number): Promise<Uint8Array | undefined> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const deadline = Date.now() + PIPE_WRITER_WAIT_MS;
    for (;;) {
      const buffer = Buffer.alloc(64 * 1024);
      let bytesRead: number;
      try {
        ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
      } catch (error) {
        // A writer is there but has written nothing yet.
        if (fsErrorCode(error) !== 'EAGAIN') throw error;
        await sleep(POLL_MS);
        continue;
      }
      // End of data: no writer (yet, while waiting for the first bytes), or the writer closed.
      if (bytesRead === 0) {
        if (total > 0 || Date.now() > deadline) return new Uint8Array(Buffer.concat(chunks));
        await sleep(POLL_MS);
        continue;
      }
      total += bytesRead;
      if (total > maxBytes) return undefined;
      chunks.push(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
}
