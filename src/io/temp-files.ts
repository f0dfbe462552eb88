/**
 * Temporary files being written right now, so that a process ended by a signal
 * in the middle of an atomic write can remove its half-written temporary file.
 */
import { rmSync } from 'node:fs';

const pending = new Set<string>();

export function rememberTempFile(path: string): void {
  pending.add(path);
}

export function forgetTempFile(path: string): void {
  pending.delete(path);
}

/** Synchronous: it runs while the process is exiting. */
export function removePendingTempFiles(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}
