/**
 * The one way to open an input (open-input.ts): regular files up to a cap counted
 * on the bytes read, named pipes with a deadline, anything else refused or, in a
 * directory, skipped; and the one check that an output does not overwrite an input.
 */
import { execFileSync, spawn } from 'node:child_process';
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readListedFileSync, readNamedFile } from '../../../src/io/open-input.ts';
import { overwrittenInput } from '../../../src/io/overwrite-check.ts';
import { readHistory } from '../../../src/io/history-store.ts';
import { loadProgress } from '../../../src/io/progress.ts';
import { sizeOverLimit } from '../../../src/parse/decode-text.ts';
import { tempDir } from '../../helpers/temp.ts';

function fifo(path: string): string {
  execFileSync('mkfifo', [path]);
  return path;
}

describe('readNamedFile', () => {
  test('reads a regular file whole', async () => {
    const path = join(tempDir(), 'a.yaml');
    writeFileSync(path, 'a: 1\n');
    expect(await readNamedFile(path, 100)).toEqual({ bytes: new Uint8Array(Buffer.from('a: 1\n')) });
  });

  test('counts the cap on the bytes read: a /proc file says size 0', async () => {
    expect(await readNamedFile('/proc/self/maps', 10)).toEqual({ tooBig: { size: expect.any(Number), exact: false } });
  });

  test('refuses a device, also through a symbolic link, without reading it', async () => {
    const link = join(tempDir(), 'z.json');
    symlinkSync('/dev/zero', link);
    expect(await readNamedFile(link, 100)).toEqual({ notAFile: 'a character device' });
  });

  test('a named pipe whose writer never writes counts as empty after half a second', async () => {
    const path = fifo(join(tempDir(), 'p.yaml'));
    const writer = spawn(process.execPath, ['-e', 'require("node:fs").openSync(process.argv[1], "w"); setInterval(() => {}, 1 << 30);', path], { stdio: 'ignore' });
    try {
      expect(await readNamedFile(path, 100)).toEqual({ bytes: new Uint8Array() });
    } finally {
      writer.kill('SIGKILL');
    }
  });

  test('a named pipe is read to its end, and stops at the cap', async () => {
    const path = fifo(join(tempDir(), 'p.yaml'));
    const writer = spawn('sh', ['-c', `printf 'a: 1\\n' > "$1"`, 'sh', path], { stdio: 'ignore' });
    const written = new Promise((resolve) => writer.on('close', resolve));
    expect(await readNamedFile(path, 100)).toEqual({ bytes: new Uint8Array(Buffer.from('a: 1\n')) });
    await written;
    const endless = spawn('sh', ['-c', 'cat /dev/zero > "$1"', 'sh', path], { stdio: 'ignore' });
    try {
      expect(await readNamedFile(path, 1000)).toEqual({ tooBig: { size: 1001, exact: false } });
    } finally {
      endless.kill('SIGKILL');
    }
  });
});

describe('readListedFileSync (a file found in a directory)', () => {
  test('takes regular files only: a named pipe is named, never waited on', () => {
    const dir = tempDir();
    expect(readListedFileSync(fifo(join(dir, 'p.json')), 100)).toEqual({ notAFile: 'a named pipe' });
  });

  test('history entries that are pipes or devices are skipped and named', async () => {
    const dir = tempDir();
    fifo(join(dir, 'a.json'));
    symlinkSync('/dev/zero', join(dir, 'b.json'));
    const history = await readHistory(dir);
    expect(history.entries).toEqual([]);
    expect(history.problems).toEqual([
      { file: join(dir, 'a.json'), message: 'a named pipe, not a regular file' },
      { file: join(dir, 'b.json'), message: 'a character device, not a regular file' },
    ]);
  });

  test('a saved progress that is a pipe is refused, and left where it is', async () => {
    const dir = tempDir();
    fifo(join(dir, 'progress.json'));
    await expect(loadProgress(dir)).rejects.toThrow('the saved progress is a named pipe, not a file that ml-career saved');
  });
});

describe('overwrittenInput', () => {
  const inputs = (dir: string) => [
    { path: join(dir, 'a.json'), what: 'the report' },
    { path: join(dir, 'team'), what: 'the reports', reads: (name: string) => name.endsWith('.json') },
  ];

  test('the same file by name, by hard link, by symbolic link; a file a directory input would read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '{}');
    mkdirSync(join(dir, 'team'));
    writeFileSync(join(dir, 'team', 'm.json'), '{}');
    linkSync(join(dir, 'a.json'), join(dir, 'hard.json'));
    symlinkSync('a.json', join(dir, 'soft.json'));
    linkSync(join(dir, 'team', 'm.json'), join(dir, 'm-hard.json'));
    const found = (output: string) => overwrittenInput(dir, output, inputs(dir));
    expect(found('a.json')).toEqual({ input: inputs(dir)[0], exists: true });
    expect(found('hard.json')?.input.what).toBe('the report');
    expect(found('soft.json')?.input.what).toBe('the report');
    expect(found('m-hard.json')).toMatchObject({ input: { what: 'the reports' }, exists: true });
    expect(found('team/new.json')).toMatchObject({ input: { what: 'the reports' }, exists: false });
    expect(found('team/view.html')).toBeUndefined();
    expect(found('b.json')).toBeUndefined();
  });
});

test('sizes over a limit read differently from the limit', () => {
  expect(sizeOverLimit(1024 * 1024 + 1, 1024 * 1024)).toBe('1,048,577 bytes, over the 1 MiB (1,048,576 bytes) limit');
  expect(sizeOverLimit(3.2 * 1024 * 1024, 1024 * 1024)).toBe('3.2 MiB, over the 1 MiB limit');
});
