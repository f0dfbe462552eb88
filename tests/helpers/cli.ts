/** Runs the built binary as a user would: a real process, real stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const binary = join(repoRoot, 'bin', 'ml-career.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export function tempDir(prefix = 'ml-career-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Spawns `node bin/ml-career.js …` with stdin not a terminal and a private state directory. */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const state = tempDir('ml-career-state-');
  const started = performance.now();
  const result = spawnSync(process.execPath, [binary, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 15_000,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: state,
      XDG_STATE_HOME: join(state, 'state'),
      XDG_DATA_HOME: join(state, 'data'),
      NO_COLOR: '1',
      ...options.env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
}
