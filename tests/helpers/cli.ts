/** Runs the built binary as a user would: a real process, real stdout and stderr. */
import { spawn, spawnSync } from 'node:child_process';
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
}

/**
 * Spawns `node bin/ml-career.js …` with stdin not a terminal and a private state
 * directory, removed when the process has ended. TMPDIR is passed on, so a
 * temporary file the binary forgets is caught like a test's (setup-temp.ts).
 */
export function runCli(args: string[], options: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const state = mkdtempSync(join(tmpdir(), 'ml-career-state-'));
  try {
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
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  } finally {
    removeTree(state);
  }
}

/**
 * Like runCli, but stdin is a pipe that is never closed: a run that waits for input
 * never ends by itself, and is killed (status null, signal SIGKILL) after `killAfterMs`,
 * a guard against hanging the test run, not a time limit on the binary.
 */
export async function runCliWithOpenStdin(args: string[], options: { env?: Record<string, string>; killAfterMs?: number } = {}): Promise<CliResult & { signal: NodeJS.Signals | null }> {
  const state = mkdtempSync(join(tmpdir(), 'ml-career-state-'));
  try {
    const child = spawn(process.execPath, [binary, ...args], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { PATH: process.env.PATH ?? '', HOME: state, XDG_STATE_HOME: join(state, 'state'), XDG_DATA_HOME: join(state, 'data'), NO_COLOR: '1', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    const guard = setTimeout(() => child.kill('SIGKILL'), options.killAfterMs ?? 15_000);
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, sig) => resolve([code, sig]));
    });
    clearTimeout(guard);
    child.stdin.destroy();
    return { status, signal, stdout, stderr };
  } finally {
    removeTree(state);
  }
}
