/**
 * Reads a named pipe (FIFO) that was opened non-blocking, so that no thread ever
 * waits on it: a pipe nobody writes into, or whose writer never writes, must not
 * hang the tool, nor keep it from ending on a signal. The reader polls:
 *
 * - nothing written within half a second: the pipe counts as empty;
 * - once bytes come, the writer must close the pipe without pausing more than a
 *   second, and within ten seconds in all; else the read is refused;
 * - the size cap counts the bytes read.
 */
import type { FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { fsErrorCode } from './fs-error.ts';

/** How long to wait for a writer to start writing; a writer that was already there takes microseconds. */
export const PIPE_FIRST_BYTES_MS = 500;
/** The longest pause of a writer that has started. */
export const PIPE_PAUSE_MS = 1000;
/** The longest a whole pipe may take. */
export const PIPE_TOTAL_MS = 10_000;
const POLL_MS = 10;

export type PipeReading = { bytes: Uint8Array } | { tooBig: true } | { stalled: number } | { slow: number };

export async function readPipe(handle: FileHandle, maxBytes: number): Promise<PipeReading> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const started = Date.now();
  let last = started;
  for (;;) {
    const buffer = Buffer.alloc(64 * 1024);
    let bytesRead = 0;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, buffer.length, null));
    } catch (error) {
      // EAGAIN: a writer is there but has written nothing (more) yet.
      if (fsErrorCode(error) !== 'EAGAIN') throw error;
      bytesRead = -1;
    }
    const now = Date.now();
    if (bytesRead > 0) {
      total += bytesRead;
      if (total > maxBytes) return { tooBig: true };
      chunks.push(buffer.subarray(0, bytesRead));
      last = now;
      continue;
    }
    // End of data (0): no writer (yet, while waiting for the first bytes), or the writer closed.
    if (bytesRead === 0 && total > 0) return { bytes: new Uint8Array(Buffer.concat(chunks)) };
    if (total === 0 && now - started > PIPE_FIRST_BYTES_MS) return { bytes: new Uint8Array() };
    if (total > 0 && now - last > PIPE_PAUSE_MS) return { stalled: total };
    if (now - started > PIPE_TOTAL_MS) return { slow: total };
    await sleep(POLL_MS);
  }
}
