/**
 * An error that is not the user's (a bug) says so, says how to get the details,
 * and exits 1; --debug and ML_CAREER_DEBUG=1 print the stack trace.
 */
import { describe, expect, it } from 'vitest';
import type { CliContext } from '../../../src/cli/context.ts';
import { run } from '../../../src/cli/run.ts';

/** A context whose stdout fails the way no user input can make it fail: a bug-shaped TypeError. */
function brokenContext(argv: string[], env: NodeJS.ProcessEnv = {}): { context: CliContext; stderr: () => string } {
  let stderr = '';
  const context = {
    argv,
    env,
    cwd: process.cwd(),
    home: process.cwd(),
    stdin: process.stdin,
    stdout: { write: () => { throw new TypeError('cannot read properties of undefined'); }, isTTY: false },
    stderr: { write: (text: string) => ((stderr += text), true) },
    version: '0.0.0-test',
    now: () => new Date(0),
  } as unknown as CliContext;
  return { context, stderr: () => stderr };
}

describe('an internal error', () => {
  it('is called a bug, points at --debug, shows no stack trace and exits 1', async () => {
    const { context, stderr } = brokenContext(['schema', 'answers']);
    expect(await run(context)).toBe(1);
    expect(stderr()).toBe(
      'ml-career: internal error (this is a bug in ml-career): cannot read properties of undefined\n' +
        '  Run again with --debug (or ML_CAREER_DEBUG=1) to see the details, and please report them.\n',
    );
  });

  it.each([
    ['--debug', ['--debug', 'schema', 'answers'], {}],
    ['ML_CAREER_DEBUG=1', ['schema', 'answers'], { ML_CAREER_DEBUG: '1' }],
  ])('with %s, prints the stack trace', async (_name, argv, env) => {
    const { context, stderr } = brokenContext(argv, env);
    expect(await run(context)).toBe(1);
    expect(stderr()).toContain('internal error (this is a bug in ml-career)');
    expect(stderr()).toMatch(/TypeError: cannot read properties of undefined\n\s+at /);
    expect(stderr()).not.toContain('Run again with --debug');
  });
});
