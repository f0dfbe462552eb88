/**
 * How scripted runs end when the outside world ends them: a signal while the run
 * waits for stdin, a stdout that cannot be written or is closed by its reader.
 * The interactive runs are in tests/pty/signals.test.ts.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { binary } from '../helpers/cli.ts';

let dir: string;

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
    await new Promise((resolve) => setTimeout(resolve, 400));
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toBe('ml-career: interrupted (SIGTERM).\n');
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
