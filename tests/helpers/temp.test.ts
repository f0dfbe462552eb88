/**
 * The test helpers leave nothing in the system temp folder: tempDir() cleans up
 * after the test (or the file) that made it, runCli removes the state directory it
 * gives the binary, and the guard of setup-temp.ts fails a file that leaves
 * anything behind, which a small nested run shows.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { answersFileAt } from './answers-at.ts';
import { builtinSet } from './built-reports.ts';
import { repoRoot, runCli } from './cli.ts';
import { tempDir } from './temp.ts';

const atStart = readdirSync(tmpdir());

let forTheFile: string;
let fromFirstTest: string;

beforeAll(() => {
  forTheFile = tempDir();
});

describe('the temporary folder of a test file', () => {
  it('is private to the file, inside the run’s directory, and starts empty', () => {
    const root = inject('tempRoot');
    expect(root).toBeDefined();
    expect(relative(root, tmpdir()).startsWith('..')).toBe(false);
    expect(tmpdir()).not.toBe(root);
    expect(atStart).toEqual([]);
  });
});

describe('tempDir', () => {
  it('made in a test, lasts for that test', () => {
    fromFirstTest = tempDir();
    writeFileSync(join(fromFirstTest, 'file'), 'x');
    expect(existsSync(fromFirstTest)).toBe(true);
  });

  it('…and is gone when the test has finished', () => {
    expect(fromFirstTest).toBeDefined();
    expect(existsSync(fromFirstTest)).toBe(false);
  });

  it('made outside a test (beforeAll), lasts for the whole file', () => {
    expect(existsSync(forTheFile)).toBe(true);
  });
});

describe('runCli', () => {
  it('removes the private state directory it gives the binary, with the history written in it', async () => {
    const answers = join(forTheFile, 'answers.json');
    writeFileSync(answers, JSON.stringify(answersFileAt(await builtinSet(), 2)));
    const before = readdirSync(tmpdir()).sort();
    const result = runCli(['assess', '--answers', answers, '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(tmpdir()).sort()).toEqual(before);
  });
});

describe('the guard (setup-temp.ts)', () => {
  it('fails a test file that leaves a directory behind, and passes one that cleans up', { timeout: 120_000 }, () => {
    const run = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'tests/fixtures/temp-guard/vitest.config.ts', '--reporter=json'], {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { testResults: { name: string; status: string; message: string }[] };
    const byFile = Object.fromEntries(report.testResults.map((file) => [relative(repoRoot, file.name), file]));
    expect(byFile['tests/fixtures/temp-guard/cleans.fixture.ts']?.status).toBe('passed');
    expect(byFile['tests/fixtures/temp-guard/leaks.fixture.ts']?.status).toBe('failed');
    expect(byFile['tests/fixtures/temp-guard/leaks.fixture.ts']?.message).toMatch(/this test file left "forgotten-\w+" in the temporary folder/);
  });
});
