import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DataError, formatProblem } from '../../../src/errors.ts';
import { readInputFile } from '../../../src/io/read-input.ts';
import { builtinRubricDir, readRubricDir } from '../../../src/io/read-rubric-dir.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ml-career-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(run: () => Promise<unknown>): Promise<string> {
  const error = await run().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DataError);
  return (error as DataError).problems.map(formatProblem).join('\n');
}

describe('readInputFile', () => {
  test('reads a file', async () => {
    await writeFile(join(dir, 'ok.yaml'), 'a: 1\n');
    expect(new TextDecoder().decode(await readInputFile(join(dir, 'ok.yaml')))).toBe('a: 1\n');
  });

  test('a missing file', async () => {
    const path = join(dir, 'nope.yaml');
    expect(await failure(() => readInputFile(path))).toBe(`${path}: no such file: ${path} — check the path`);
    expect(await failure(() => readInputFile(path, { label: 'answers file' }))).toContain('no such answers file');
  });

  test('a directory where a file is expected', async () => {
    expect(await failure(() => readInputFile(dir, { label: 'answers file' }))).toBe(`${dir}: ${dir} is a directory, expected a file — give the path of the answers file itself`);
  });

  test('a symbolic link loop', async () => {
    await symlink(join(dir, 'loop-b'), join(dir, 'loop-a'));
    await symlink(join(dir, 'loop-a'), join(dir, 'loop-b'));
    expect(await failure(() => readInputFile(join(dir, 'loop-a')))).toContain('symbolic link loop');
  });

  // Root reads through permission bits; as root the corpus covers this case by running it as the user nobody.
  test.skipIf(process.getuid?.() === 0)('a file without read permission (skipped as root: the corpus runs it as nobody)', async () => {
    const path = join(dir, 'secret.yaml');
    await writeFile(path, 'a: 1\n');
    await chmod(path, 0o000);
    expect(await failure(() => readInputFile(path))).toContain('permission denied');
  });

  test('a file over the cap is refused before it is read', async () => {
    const path = join(dir, 'big.yaml');
    await writeFile(path, 'x'.repeat(2048));
    expect(await failure(() => readInputFile(path, { maxBytes: 1024 }))).toBe(`${path}: file is 2 KiB, over the 1 KiB limit — these are small text files; check that this is the right file`);
  });

  test('stdin (-) is read, and reading stops past the cap', async () => {
    expect(new TextDecoder().decode(await readInputFile('-', { stdin: Readable.from(['a: ', '1\n']) }))).toBe('a: 1\n');
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(100);
      }
    }
    expect(await failure(() => readInputFile('-', { maxBytes: 250, stdin: endless() }))).toBe('<stdin>: file is more than 250 B, over the 250 B limit — these are small text files; check that this is the right file');
    expect(pulled).toBe(3);
  });
});

describe('readRubricDir', () => {
  test('reads the .yaml and .yml files in name order, named by the path as given', async () => {
    const rubrics = join(dir, 'rubrics');
    await mkdir(join(rubrics, 'nested'), { recursive: true });
    await writeFile(join(rubrics, 'b.yaml'), 'b: 1\n');
    await writeFile(join(rubrics, 'a.yml'), 'a: 1\n');
    await writeFile(join(rubrics, 'notes.txt'), 'not a rubric\n');
    await writeFile(join(rubrics, 'nested', 'c.yaml'), 'c: 1\n');
    const sources = await readRubricDir(rubrics);
    expect(sources.map((source) => source.file)).toEqual([join(rubrics, 'a.yml'), join(rubrics, 'b.yaml')]);
    expect(new TextDecoder().decode(sources[1]!.bytes)).toBe('b: 1\n');
  });

  test('a missing directory', async () => {
    const path = join(dir, 'missing');
    expect(await failure(() => readRubricDir(path))).toBe(`${path}: no such rubric directory: ${path} — check the path`);
  });

  test('a file where a directory is expected', async () => {
    await writeFile(join(dir, 'plain.yaml'), 'a: 1\n');
    expect(await failure(() => readRubricDir(join(dir, 'plain.yaml')))).toContain('is a file, expected a directory of rubric YAML files');
  });

  test('a directory without YAML files', async () => {
    await mkdir(join(dir, 'empty'));
    expect(await failure(() => readRubricDir(join(dir, 'empty')))).toContain('no .yaml or .yml files in');
  });
});

describe('builtinRubricDir', () => {
  test('from the source tree, finds the repository rubrics', () => {
    expect(builtinRubricDir()).toBe(join(process.cwd(), 'rubrics'));
  });

  test('from a bundle one level below the package root, skipping other packages', async () => {
    const root = join(dir, 'pkg');
    await mkdir(join(root, 'dist'), { recursive: true });
    await writeFile(join(root, 'package.json'), JSON.stringify({ name: 'ml-career' }));
    await writeFile(join(root, 'dist', 'package.json'), JSON.stringify({ name: 'something-else' }));
    expect(builtinRubricDir(pathToFileURL(join(root, 'dist', 'cli.js')).href)).toBe(join(root, 'rubrics'));
  });
});
