/**
 * Temporary directories that clean up after themselves.
 *
 * `tempDir()` made inside a test (or a beforeEach) is removed when that test
 * finishes; made anywhere else (a beforeAll, a module's top level) it is removed
 * after the test file. Every test file also runs with its own TMPDIR (see
 * setup-temp.ts), which must be empty when the file ends: a directory left by a
 * test, however it was made, fails the file.
 */
import { chmodSync, lstatSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

const forTheFile: string[] = [];

export function tempDir(prefix = 'ml-career-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    onTestFinished(() => removeTree(dir));
  } catch {
    // Not inside a test: the directory lives until the file ends.
    forTheFile.push(dir);
  }
  return dir;
}

/** Removes what `tempDir()` made outside a test; called after each test file. */
export function removeFileTempDirs(): void {
  for (const dir of forTheFile.splice(0)) removeTree(dir);
}

/** `rm -rf`, also through directories a test made unreadable or unwritable. */
export function removeTree(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    restorePermissions(path);
    rmSync(path, { recursive: true, force: true });
  }
}

function restorePermissions(path: string): void {
  let stat;
  try {
    stat = lstatSync(path);
  } catch {
    return;
  }
  if (!stat.isDirectory()) return;
  chmodSync(path, 0o700);
  for (const name of readdirSync(path)) restorePermissions(join(path, name));
}
