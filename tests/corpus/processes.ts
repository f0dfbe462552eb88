/**
 * The processes around a case: writers that hold a named pipe open (a `fifo` with a
 * `writer`), the moment the program has a file open (to send it a signal then), and
 * any process left behind in the case's directory once the program has ended.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusCase } from './case-schema.ts';

const WRITERS = {
  // Opening for writing waits for a reader; then the pipe stays open and empty.
  silent: 'require("node:fs").openSync(process.argv[1], "w"); setInterval(() => {}, 1 << 30);',
  trickle: 'const fs = require("node:fs"); const fd = fs.openSync(process.argv[1], "w"); setInterval(() => fs.writeSync(fd, "\\n"), 50);',
} as const;

/** Starts the writers of the case's pipes; the caller kills them when the case ends. */
export function startWriters(root: string, testCase: CorpusCase): ChildProcess[] {
  const writers: ChildProcess[] = [];
  for (const [path, spec] of Object.entries(testCase.files)) {
    if (typeof spec !== 'object' || !('fifo' in spec) || spec.writer === undefined) continue;
    const writer = spawn(process.execPath, ['-e', WRITERS[spec.writer], join(root, path)], { cwd: root, stdio: 'ignore' });
    // EPIPE once the program has closed the pipe is the writer's end, not the case's failure.
    writer.on('error', () => undefined);
    writers.push(writer);
  }
  return writers;
}

export function stopWriters(writers: ChildProcess[]): void {
  for (const writer of writers) writer.kill('SIGKILL');
}

/** Resolves once process `pid` has `path` open (Linux: /proc/<pid>/fd), or when it has ended. */
export async function whenOpen(pid: number, path: string, ended: () => boolean): Promise<void> {
  while (!ended()) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      return;
    }
    for (const fd of fds) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === path) return;
      } catch {
        // Closed meanwhile.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Processes (other than `except`) whose working directory is inside `root`: what a case left running. */
export function processesIn(root: string, except: readonly number[]): string[] {
  const found: string[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || except.includes(Number(entry))) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === root || cwd.startsWith(`${root}/`)) found.push(`${entry} ${readlinkSync(`/proc/${entry}/exe`)}`);
    } catch {
      // Gone, or not ours to look at.
    }
  }
  return found;
}
