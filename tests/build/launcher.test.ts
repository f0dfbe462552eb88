/**
 * The launcher (bin/ml-career.js) against the program it launches: `--version` and
 * `-V`, and `--help` and `-h` when stdout is not a terminal, answered by the launcher
 * alone, print what the program prints; every bundle
 * has a code cache that this Node accepts; and runs through the launcher (bundles
 * compiled from their code cache) print the same as runs of dist/cli.js with Node's
 * own loader.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswersJson, launcher, program, root, runBuilt } from './built-cli.ts';

let work: string;
let answers: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ml-career-launcher-'));
  answers = join(work, 'answers.json');
  writeFileSync(answers, completeAnswersJson());
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A report without the one field that differs from run to run. */
function withoutTime(json: string): unknown {
  const { generatedAt, ...rest } = JSON.parse(json) as { generatedAt: string };
  expect(generatedAt).toMatch(/^\d{4}-/);
  return rest;
}

describe('--version', () => {
  it.each(['--version', '-V'])('%s: the launcher prints what the program prints', (flag) => {
    const fast = runBuilt(launcher, [flag]);
    const slow = runBuilt(program, [flag]);
    expect(slow).toEqual({ status: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\S*\n$/), stderr: '' });
    expect(fast).toEqual(slow);
  });

  it('with anything else on the line, is left to the program', () => {
    for (const args of [['--version', '--debug'], ['--no-color', '-V'], ['-V', 'assess']]) {
      expect(runBuilt(launcher, args), args.join(' ')).toEqual(runBuilt(program, args));
    }
  });
});

describe('--help', () => {
  it.each(['--help', '-h'])('%s with stdout a pipe or a file: the launcher prints what the program prints', (flag) => {
    const fast = runBuilt(launcher, [flag]);
    const slow = runBuilt(program, [flag]);
    expect(slow.status).toBe(0);
    expect(slow.stdout).toContain('Usage: ml-career');
    expect(fast).toEqual(slow);
    const file = join(work, 'help.txt');
    const output = openSync(file, 'w');
    try {
      // The environment of a user's shell, not of the test runner (npx sets npm_command, and under npx the program answers).
      expect(spawnSync(process.execPath, [launcher, flag], { stdio: ['ignore', output, 'pipe'], env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }).status).toBe(0);
    } finally {
      closeSync(output);
    }
    expect(readFileSync(file, 'utf8')).toBe(slow.stdout);
  });
});

describe('--help through npx', () => {
  it('is left to the program, which names the command `npx ml-career` in its hints', () => {
    const result = spawnSync(process.execPath, [launcher, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', npm_command: 'exec' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('$ npx ml-career assess');
  });
});

describe('the code cache', () => {
  it('exists for every bundle and is accepted by this Node', () => {
    const bundles = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js'));
    const check = [
      `const { DIST, compileBundle } = require(${JSON.stringify(launcher)});`,
      `const rejected = ${JSON.stringify(bundles)}.filter((name) => compileBundle(require('node:path').join(DIST, name)).cachedDataRejected !== false);`,
      'process.stdout.write(JSON.stringify(rejected));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(bundles).toContain('cli.js');
    // cachedDataRejected is undefined without a cache, true for one V8 refused.
    expect(JSON.parse(result.stdout)).toEqual([]);
  });

  it.each(
    [
      // `help` prints what --help prints, through the program (the launcher answers --help itself through a pipe).
      ['help'],
      ['assess', '--help'],
      ['rubrics', 'list'],
      ['rubrics', 'show', '--format', 'json'],
      ['template'],
      ['schema', 'report'],
      ['no-such-command'],
      ['assess', '--format', 'pdf'],
    ].map((args) => [args.join(' '), args] as const),
  )('leaves the output alone: %s', (_name, args) => {
    expect(runBuilt(launcher, args)).toEqual(runBuilt(program, args));
  });

  it('leaves the report alone', () => {
    for (const format of ['json', 'text', 'md', 'html']) {
      const cached = runBuilt(launcher, ['assess', '--answers', answers, '--format', format]);
      const plain = runBuilt(program, ['assess', '--answers', answers, '--format', format]);
      expect(cached.status).toBe(0);
      expect(cached.stderr).toBe(plain.stderr);
      if (format === 'json') expect(withoutTime(cached.stdout)).toEqual(withoutTime(plain.stdout));
      else expect(cached.stdout.replaceAll(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?Z?)?/g, '<time>')).toBe(plain.stdout.replaceAll(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d+)?Z?)?/g, '<time>'));
    }
  });
});
