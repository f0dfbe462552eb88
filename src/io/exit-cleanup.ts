/**
 * What must be undone if the process ends in the middle of something (a signal,
 * a closed terminal): a half-written temporary file, a lock. The process guards
 * run these on exit; they are synchronous because nothing async runs then.
 */
const cleanups = new Set<() => void>();

/** Registers `cleanup` to run at exit; call the returned function once it is no longer needed. */
export function onExitCleanup(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

export function runExitCleanups(): void {
  for (const cleanup of cleanups) {
    try {
      cleanup();
    } catch {
      // Best effort while exiting: one failed cleanup must not stop the others.
    }
  }
  cleanups.clear();
}
