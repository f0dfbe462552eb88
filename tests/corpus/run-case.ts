/** Runs one corpus case against the built binary in its own temporary directory. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { binary, repoRoot } from '../helpers/cli.ts';
import { removeTree } from '../helpers/temp.ts';
import type { CorpusCase } from './case-schema.ts';
import { materialize, runsUnprivileged } from './materialize.ts';
import { unprivilegedBinary, UNPRIVILEGED_UID } from './unprivileged.ts';
import { processesIn, startWriters, stopWriters, whenOpen } from './processes.ts';
import { snapshotTree } from './snapshot.ts';

export interface CaseOutcome {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  before: string[];
  after: string[];
  /** Why the case did not run (as `nobody`, which cannot run Node here). */
  skipped?: string;
  /** From the start (or the signal the case sends) to the end. */
  endedAfterMs: number;
  /** Processes still running in the case's directory once the program ended. */
  leftBehind: string[];
}

/** A guard against a hang, far above what any case takes; not a time limit (the bench measures time). */
const KILL_AFTER_MS = 30_000;

export async function runCase(testCase: CorpusCase): Promise<CaseOutcome> {
  const unprivileged = runsUnprivileged(testCase) ? unprivilegedBinary() : undefined;
  if (unprivileged !== undefined && 'skip' in unprivileged) {
    return { status: null, signal: null, stdout: '', stderr: '', ms: 0, before: [], after: [], skipped: unprivileged.skip, endedAfterMs: 0, leftBehind: [] };
  }
  const program = unprivileged?.binary ?? binary;
  const root = mkdtempSync(join(tmpdir(), 'ml-career-corpus-'));
  let writers: ChildProcess[] = [];
  try {
    materialize(root, repoRoot, testCase);
    const before = snapshotTree(root);
    writers = startWriters(root, testCase);
    const started = performance.now();
    let from = started;
    const child = spawn(process.execPath, [program, ...testCase.args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', HOME: root, NO_COLOR: '1', ...testCase.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      timeout: KILL_AFTER_MS,
      ...(runsUnprivileged(testCase) ? { uid: UNPRIVILEGED_UID, gid: UNPRIVILEGED_UID } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // The binary may exit before reading its input: that is not the case's failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(typeof testCase.stdin === 'string' ? testCase.stdin : testCase.stdin.repeat.repeat(testCase.stdin.times));
    let ended = false;
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code, sig) => {
        ended = true;
        resolve([code, sig]);
      });
    });
    if (testCase.signal !== undefined) {
      const { send, whenOpen: path } = testCase.signal;
      await whenOpen(child.pid!, join(root, path), () => ended);
      from = performance.now();
      if (!ended) child.kill(send);
    }
    const [status, signal] = await closed;
    const ms = performance.now() - started;
    const endedAfterMs = performance.now() - from;
    const leftBehind = processesIn(root, writers.map((writer) => writer.pid ?? -1));
    const after = snapshotTree(root);
    return { status, signal, stdout, stderr, ms, before, after, endedAfterMs, leftBehind };
  } finally {
    stopWriters(writers);
    // Also when the case could not be set up: removeTree gives unreadable paths their permissions back.
    removeTree(root);
  }
}

/**
 * Runs `tasks` with at most `limit` at a time, keeping their order in the results.
 * When one fails, no further task starts, and the first failure is thrown once the
 * running ones have ended (so none is still writing when the caller cleans up).
 */
export async function inPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const failures: unknown[] = [];
  const worker = async (): Promise<void> => {
    while (next < tasks.length && failures.length === 0) {
      const index = next++;
      try {
        results[index] = await tasks[index]!();
      } catch (error) {
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  if (failures.length > 0) throw failures[0];
  return results;
}
