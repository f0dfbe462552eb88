/**
 * How scripted runs end when the outside world ends them: a signal while the run
 * waits for stdin, a stdout that cannot be written or is closed by its reader.
 * The interactive runs are in tests/pty/signals.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binary, repoRoot } from '../helpers/cli.ts';

let dir: string;

/**
 * Waits until process `pid` is reading its stdin: one of its epoll instances watches
 * fd 0 (Linux: /proc/<pid>/fdinfo). The binary installs its signal handlers before
 * it reads anything, so a signal sent then meets them.
 */
async function readingStdin(pid: number): Promise<void> {
  for (;;) {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target = '';
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target === 'anon_inode:[eventpoll]' && /^tfd:\s+0\s/m.test(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'))) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Waits until process `pid` has `path` open (Linux: /proc/<pid>/fd). */
async function openedBy(pid: number, path: string): Promise<void> {
  for (;;) {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        if (readlinkSync(`/proc/${pid}/fd/${fd}`) === path) return;
      } catch {
        // Closed meanwhile.
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ml-career-signals-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('signals and streams in a scripted run', () => {
  it('SIGTERM while waiting for answers on stdin ends at once with 130', async () => {
    const child = spawn(process.execPath, [binary, 'assess', '--answers', '-'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Not a fixed sleep, which a busy machine outruns: the signal is sent once the run waits for stdin.
    await readingStdin(child.pid!);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toBe('ml-career: interrupted (SIGTERM).\n');
  });

  it('SIGTERM while a named pipe is read (its writer never closes it) ends within 3 s with 130', async () => {
    const pipe = join(dir, 'answers.yaml');
    spawnSync('mkfifo', [pipe]);
    // Opens the pipe for writing and writes a line every 50 ms, for as long as it is read.
    const writer = spawn(process.execPath, ['-e', 'const fs = require("node:fs"); const fd = fs.openSync(process.argv[1], "w"); setInterval(() => fs.writeSync(fd, "\\n"), 50);', pipe], { stdio: 'ignore' });
    writer.on('error', () => undefined);
    try {
      const child = spawn(process.execPath, [binary, 'assess', '--answers', pipe], {
        env: { PATH: process.env.PATH ?? '', HOME: dir, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      await openedBy(child.pid!, pipe);
      const sent = Date.now();
      child.kill('SIGTERM');
      // A guard against a hang: without it a failure would wait for the test's timeout.
      const guard = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await closed;
      clearTimeout(guard);
      expect(code).toBe(130);
      expect(Date.now() - sent).toBeLessThan(3000);
      expect(stderr).toBe('ml-career: interrupted (SIGTERM).\n');
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('-o to a named pipe with a reader writes into it in place, also when the reader comes a moment later', () => {
    const pipe = join(dir, 'out.fifo');
    const copy = join(dir, 'copy.html');
    spawnSync('mkfifo', [pipe]);
    // The reader opens the pipe a moment after the run starts: the write waits for it (half a second at most) without blocking a thread.
    const script = `(sleep 0.1; cat "$1" > "$2") & "$3" "$4" report "$5" --format html -o "$1"; status=$?; wait; echo "status $status"`;
    const result = spawnSync('sh', ['-c', script, 'sh', pipe, copy, process.execPath, binary, join(repoRoot, 'tests/fixtures/reports/sample.json')], { encoding: 'utf8', timeout: 15_000 });
    expect(result.stdout).toBe('status 0\n');
    expect(readFileSync(copy, 'utf8')).toMatch(/^<!doctype html>/i);
  });

  it('a stdout that cannot be written (a full disk) is one message and exit 1', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${binary}" rubrics list > /dev/full`], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('ml-career: cannot write the output: the disk is full\n');
  });

  it('a stdout closed by the reader (| head -1) ends quietly with the status of the run', () => {
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${binary}" rubrics show | head -1; echo "status \${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    expect(result.stdout).toBe('rubricSet:\nstatus 0\n');
    expect(result.stderr).toBe('');
  });
});
