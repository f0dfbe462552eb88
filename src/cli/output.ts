/** Where a command's result goes: stdout, or a file written atomically with `-o`. */
import { constants, realpathSync } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DataError, UsageError } from '../errors.ts';
import { appendText } from '../io/append-text.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { describeFsError, fsErrorCode } from '../io/fs-error.ts';
import type { CliContext } from './context.ts';

export async function writeResult(context: CliContext, text: string, outputPath?: string, mode?: number): Promise<void> {
  if (!outputPath || outputPath === '-') {
    await new Promise<void>((resolve, reject) => {
      context.stdout.write(text, (error) => (error ? reject(error) : resolve()));
    });
    return;
  }
  try {
    await writeFileAtomic(outputPath, text, mode === undefined ? {} : { mode });
  } catch (error) {
    throw writeError(outputPath, error);
  }
}

/** Appends `text` to the file at `path` (a CI step summary), creating it when absent. */
export async function appendResult(text: string, path: string): Promise<void> {
  try {
    await appendText(path, text);
  } catch (error) {
    throw writeError(path, error);
  }
}

/**
 * Fails now, before any work or output, when `path` cannot be written: a missing
 * or read-only directory, a directory in its place. The write itself can still
 * fail later (a full disk) and says so then.
 */
export async function checkOutputPath(path: string, flag = '-o'): Promise<void> {
  if (path === '') throw new UsageError(`${flag} needs a file name (or - for stdout)`);
  if (path === '-') return;
  const target = await realpath(path).catch(() => path);
  try {
    const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info?.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (info && !info.isFile()) return;
    const parent = await stat(dirname(target));
    if (!parent.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await access(dirname(target), constants.W_OK);
  } catch (error) {
    throw writeError(path, error);
  }
}

/** Whether two paths given on the command line name the same file (stdin/stdout `-` never does). */
export function sameFile(cwd: string, a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined || a === '-' || b === '-' || a === '' || b === '') return false;
  return canonical(cwd, a) === canonical(cwd, b);
}

function canonical(cwd: string, path: string): string {
  const absolute = resolve(cwd, path);
  try {
    return realpathSync(absolute);
  } catch {
    return absolute;
  }
}

function writeError(path: string, error: unknown): DataError {
  return new DataError({ file: path, message: `cannot write the file: ${describeFsError(error, 'writing')}`, hint: writeHint(error) });
}

function writeHint(error: unknown): string {
  switch (fsErrorCode(error)) {
    case 'ENOENT':
      return 'create the directory first, or check the path';
    case 'ENOTDIR':
      return 'check the path';
    case 'EACCES':
    case 'EPERM':
      return 'write somewhere you may write to, or check the permissions';
    case 'EISDIR':
      return 'give a file name (inside that directory, if you like)';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'free some space and run again; no partial file was left';
    case 'EROFS':
      return 'write somewhere else';
    case 'ENAMETOOLONG':
      return 'use a shorter file name';
    default:
      return 'check the path and that you may write there';
  }
}
