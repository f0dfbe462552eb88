/**
 * Runs before every test file: the file gets its own TMPDIR (so os.tmpdir() and
 * the processes it starts write there), and when the file ends that directory must
 * be empty. Anything a test left behind fails the file with its name.
 */
import { chmodSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, inject } from 'vitest';
import { removeFileTempDirs, removeTree } from './temp.ts';

const previous = process.env.TMPDIR;
const fileTemp = mkdtempSync(join(inject('tempRoot') ?? tmpdir(), 'file-'));
chmodSync(fileTemp, 0o755);
process.env.TMPDIR = fileTemp;

// Registered before the file's own hooks, so it runs after them (vitest runs after-hooks in reverse order).
afterAll(() => {
  removeFileTempDirs();
  const left = readdirSync(fileTemp);
  removeTree(fileTemp);
  if (previous === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previous;
  if (left.length > 0) {
    throw new Error(`this test file left ${left.map((name) => JSON.stringify(name)).join(', ')} in the temporary folder; use tempDir() from tests/helpers/temp.ts, or remove what a test makes`);
  }
});
