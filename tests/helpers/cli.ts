/** Runs the built binary as a user would: a real process, real stdout and stderr. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeTree, tempDir } from './temp.ts';

export { tempDir };

export const repoRoot = join(import.meta.dirname, '..', '..');
export const binary = join(repoRoot, 'bin', 'ml-career.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Spawns `node bin/ml-career.js …` with stdin not a terminal and a private state
 * directory, removed when the process has ended. TMPDIR is passed on, so a
 * temporary file the binary forgets is caught like a test's (setup-temp.ts).
 */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const state = mkdtempSync(join(tmpdir(), 'ml-career-state-'));
  try {
    const started = performance.now();
    const result = spawnSync(process.execPath, [binary, ...args], {
      cwd: options.cwd ?? repoRoot,
      input: options.input ?? '',
      encoding: 'utf8',
      timeout: 15_000,
      env: {
        PATH: process.env.PATH ?? '',
        ...(process.env.TMPDIR === undefined ? {} : { TMPDIR: process.env.TMPDIR }),
        HOME: state,
        XDG_STATE_HOME: join(state, 'state'),
        XDG_DATA_HOME: join(state, 'data'),
        NO_COLOR: '1',
        ...options.env,
      },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started };
  } finally {
    removeTree(state);
  }
}
