/** Where a command's result goes: stdout, or a file written atomically with `-o`. */
import { constants, realpathSync } from 'node:fs';
import { access, realpath, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DataError, UsageError } from '../errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
import { describeFsError, fsErrorCode } from '../io/fs-error.ts';
import { overwrittenInput, type ReadInput } from '../io/overwrite-check.ts';
import { inPlaceRefusal } from '../io/write-in-place.ts';
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

/** An output flag and its value, as given (`-o`, `--save-answers`). */
export interface OutputFlag {
  flag: string;
  path: string | undefined;
}

/**
 * The one check of a command's outputs, before any work or output: each can be
 * written (checkOutputPath), none overwrites a file the command reads (by device
 * and inode, and real path), and no two name the same file. Exit 2 for the
 * overlaps, in one line.
 */
export async function checkOutputs(context: CliContext, outputs: readonly OutputFlag[], inputs: readonly ReadInput[]): Promise<void> {
  const given = outputs.filter((output): output is { flag: string; path: string } => output.path !== undefined);
  for (const { flag, path } of given) {
    const clash = path === '-' || path === '' ? undefined : overwrittenInput(context.cwd, path, inputs);
    if (clash !== undefined) {
      const { input } = clash;
      const named = input.path === path ? '' : ` (${input.path})`;
      throw new UsageError(`${flag} ${path} ${clash.exists ? 'would overwrite' : 'would be among'} ${input.what} it reads${named}; write to another file`);
    }
  }
  given.forEach((a, index) => {
    const b = given.slice(index + 1).find((other) => sameFile(context.cwd, a.path, other.path));
    if (b !== undefined) throw new UsageError(`${a.flag} and ${b.flag} name the same file (${a.path}); give them different files`);
  });
  for (const { flag, path } of given) await checkOutputPath(path, flag);
}

/**
 * Fails now, before any work or output, when `path` cannot be written: a missing
 * or read-only directory, a directory in its place (exit 1), a block device or a
 * socket (exit 2). The write itself can still fail later (a full disk, a pipe
 * nobody reads) and says so then.
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
    if (info && !info.isFile()) {
      const refused = inPlaceRefusal(info);
      if (refused) throw new UsageError(`${flag} ${path}: ${refused.message}`);
      return;
    }
    const parent = await stat(dirname(target));
    if (!parent.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    await access(dirname(target), constants.W_OK);
  } catch (error) {
    if (error instanceof UsageError) throw error;
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
    case 'ENOTSUP':
      return 'write somewhere else';
    case 'ENXIO':
      return 'start the reader of the pipe first, or write to a file';
    case 'ENAMETOOLONG':
      return 'use a shorter file name';
    default:
      return 'check the path and that you may write there';
  }
}
