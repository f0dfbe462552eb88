/**
 * How the process ends when the outside world ends it: a signal (SIGTERM, SIGHUP
 * when the terminal closes, SIGINT from `kill`), or a stdout that closed (EPIPE)
 * or cannot be written (a full disk). Each ends with one line on stderr at most,
 * the right exit code, and the exit cleanups run (temporary files, the lock).
 *
 * An interactive session claims the guard while it asks: a signal then aborts
 * the prompt so the session unwinds as after Ctrl-C (saved, "resume with …",
 * exit 130). Otherwise a signal ends the process at once: every file is written
 * atomically, so there is nothing to finish.
 */
import { ExitCode } from '../errors.ts';
import { runExitCleanups } from '../io/exit-cleanup.ts';
import { describeFsError } from '../io/fs-error.ts';

export interface InterruptGuard {
  /** Aborted when a signal arrives while claimed. */
  readonly signal: AbortSignal;
  /** Until the returned function is called, a signal aborts `signal` instead of ending the process. */
  claim(): () => void;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
/** How long a claimed session gets to unwind before the process ends anyway. */
const UNWIND_MS = 3000;

export function installProcessGuards(proc: NodeJS.Process = process): InterruptGuard {
  const controller = new AbortController();
  let claims = 0;
  const end = (code: number, message?: string): never => {
    if (message) proc.stderr.write(`${message}\n`);
    return proc.exit(code);
  };

  proc.on('exit', runExitCleanups);
  for (const name of SIGNALS) {
    proc.on(name, () => {
      if (claims === 0 || controller.signal.aborted) end(ExitCode.interrupted, `ml-career: interrupted (${name}).`);
      controller.abort(new Error(name));
      setTimeout(() => end(ExitCode.interrupted, `ml-career: interrupted (${name}).`), UNWIND_MS).unref();
    });
  }

  // A closed pipe (`ml-career … | head -1`) is not an error worth a message: the reader has what it wanted.
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') end(typeof proc.exitCode === 'number' ? proc.exitCode : ExitCode.ok);
    end(ExitCode.badInput, `ml-career: cannot write the output: ${describeFsError(error, 'writing')}`);
  });
  // With stderr gone there is nowhere to say anything.
  proc.stderr.on('error', () => end(typeof proc.exitCode === 'number' && proc.exitCode !== 0 ? proc.exitCode : ExitCode.badInput));

  return {
    signal: controller.signal,
    claim() {
      claims++;
      let released = false;
      return () => {
        if (!released) claims--;
        released = true;
      };
    },
  };
}
