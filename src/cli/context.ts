/**
 * Everything a command may touch of the outside world, passed in so that commands
 * stay testable and nothing else reads `process`.
 */
import type { InterruptGuard } from './process-guards.ts';

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

/** What a command runs with: the outside world, and the global flags already resolved (by program.ts). */
export interface CommandContext extends CliContext {
  /** Whether output written to stdout may be coloured (--no-color, NO_COLOR, TERM=dumb and a pipe all say no). */
  color: boolean;
  /** Whether the prompts on stderr may be coloured: the same rule as `color`, for stderr. */
  promptColor: boolean;
  /** The rubric directory of --rubrics, merged over the built-in rubrics; absent for the built-in set alone. */
  rubrics?: string;
  /** How the person ran the program (`ml-career`, or `npx ml-career` through npx), for the commands hints name (invocation.ts). */
  invoked: string;
}

/** Colour on a terminal only: never with --no-color, NO_COLOR (non-empty), TERM=dumb or a pipe. */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}
