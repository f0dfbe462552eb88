/**
 * How the process ends when the outside world ends it: a signal (SIGTERM, SIGHUP
 * when the terminal closes, SIGINT from `kill`), a terminal that went away, or a
 * stdout that closed (EPIPE) or cannot be written (a full disk). Each ends with one
 * line on stderr at most, the right exit code, and the exit cleanups run
 * (temporary files, the lock).
 *
 * An interactive session claims the guard while it asks: a signal, or a terminal
 * that went away under the prompt, then aborts the prompt so the session unwinds
 * as after Ctrl-C (saved, "resume with …", exit 130), and the process ends within
 * a second even if the unwinding does not. Otherwise a signal ends the process at
 * once: every file is written atomically, so there is nothing to finish, and no
 * read can hold the exit up, because every file is opened non-blocking
 * (io/open-input.ts).
 */
import { closeSync, fstatSync, statSync } from 'node:fs';
import { ExitCode } from '../errors.ts';
import { runExitCleanups } from '../io/exit-cleanup.ts';
import { describeFsError } from '../io/fs-error.ts';

export interface InterruptGuard {
  /** Aborted when a signal arrives (or the terminal goes away) while claimed. */
  readonly signal: AbortSignal;
  /** Until the returned function is called, a signal aborts `signal` instead of ending the process. */
  claim(): () => void;
  /** The terminal went away under a claimed session: unwind it as SIGHUP would. */
  terminalClosed(): void;
}

const SIGNALS = ['SIGTERM', 'SIGHUP', 'SIGINT'] as const;
/** How long a claimed session gets to unwind (save, release the lock) before the process ends anyway. */
const UNWIND_MS = 900;
const STANDARD_STREAMS = [0, 1, 2] as const;

export function installProcessGuards(proc: NodeJS.Process = process): InterruptGuard {
  const controller = new AbortController();
  let claims = 0;
  // Which standard streams are terminals. Node's tty module is loaded only when one could be (a
  // character device other than /dev/null): a scripted run to files and pipes does without it.
  let terminals: { fds: number[]; isatty: (fd: number) => boolean } | undefined;
  const nullDevice = deviceOf('/dev/null');
  const candidates = STANDARD_STREAMS.filter((fd) => couldBeTerminal(fd, nullDevice));
  if (candidates.length > 0) {
    void import('node:tty').then(({ isatty }) => {
      terminals = { fds: candidates.filter((fd) => isatty(fd)), isatty };
    });
  }
  const say = (message: string) => {
    try {
      proc.stderr.write(`${message}\n`);
    } catch {
      // Nowhere to say it.
    }
  };
  const end = (code: number, message?: string): never => {
    if (message) say(message);
    return proc.exit(code);
  };
  const interrupt = (name: string) => {
    if (claims === 0 || controller.signal.aborted) end(ExitCode.interrupted, `ml-career: interrupted (${name}).`);
    controller.abort(new Error(name));
    setTimeout(() => end(ExitCode.interrupted, `ml-career: interrupted (${name}).`), UNWIND_MS).unref();
  };

  proc.on('exit', () => {
    runExitCleanups();
    if (terminals !== undefined) closeLostTerminals(terminals.fds, terminals.isatty);
  });
  for (const name of SIGNALS) proc.on(name, () => interrupt(name));

  // A closed pipe (`ml-career … | head -1`) is not an error worth a message: the reader has what it wanted.
  proc.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') end(typeof proc.exitCode === 'number' ? proc.exitCode : ExitCode.ok);
    end(ExitCode.badInput, `ml-career: cannot write the output: ${describeFsError(error, 'writing')}`);
  });
  // With stderr gone there is nowhere to say anything. Under a prompt that is a closed terminal: save and end with 130.
  proc.stderr.on('error', () => {
    if (controller.signal.aborted) return;
    if (claims > 0) return interrupt('SIGHUP');
    end(typeof proc.exitCode === 'number' && proc.exitCode !== 0 ? proc.exitCode : ExitCode.badInput);
  });

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
    terminalClosed() {
      if (!controller.signal.aborted) interrupt('SIGHUP');
    },
  };
}

/**
 * A terminal that went away (its window closed) cannot have its modes restored:
 * Node tries at exit and aborts the process (SIGABRT) when it fails. Closing the
 * standard streams that were a terminal and are no longer lets Node skip them.
 */
function closeLostTerminals(terminals: readonly number[], isatty: (fd: number) => boolean): void {
  for (const fd of terminals) {
    if (isatty(fd)) continue;
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
  }
}

/** The device number of a character device such as /dev/null; undefined when it cannot be read. */
function deviceOf(path: string): number | undefined {
  try {
    return statSync(path).rdev;
  } catch {
    return undefined;
  }
}

/** False when `fd` is surely not a terminal: closed, not a character device, or /dev/null. */
function couldBeTerminal(fd: number, nullDevice: number | undefined): boolean {
  try {
    const stats = fstatSync(fd);
    return stats.isCharacterDevice() && stats.rdev !== nullDevice;
  } catch {
    return false;
  }
}
