/**
 * Everything a command may touch of the outside world, passed in so that commands
 * stay testable and nothing else reads `process`.
 */
import type { InterruptGuard } from './process-guards.ts';

/** The options that every command takes (`--rubrics`, `--no-color`, `--debug`). */
export interface GlobalOptions {
  color?: boolean;
  rubrics?: string;
  debug?: boolean;
}

export interface CliContext {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  home: string;
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  version: string;
  now: () => Date;
  /** Lets an interactive session unwind on SIGTERM/SIGHUP (see process-guards.ts); absent in tests. */
  interrupt?: InterruptGuard;
}

/** Colour on a terminal only: never with --no-color, NO_COLOR (non-empty), TERM=dumb or a pipe. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
