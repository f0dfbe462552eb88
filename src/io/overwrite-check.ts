/**
 * Whether an output would overwrite something the command reads: the same file
 * (by device and inode, so a hard link or a symbolic link counts, and by real path
 * for a file not written yet), or a file of a directory the command reads (a team
 * folder, the history, a rubric directory) that it would read.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface ReadInput {
  /** As the person gave it (messages quote it); `-` (stdin) is never overwritten. */
  path: string;
  /** What it is, for the message: "the answers file", "the history". */
  what: string;
  /** For a directory: which of its file names the command reads (ignored when the path is a file). */
  reads?: (name: string) => boolean;
}

interface Identity {
  dev: number;
  ino: number;
}

/**
 * The input that writing `output` would overwrite (`exists`) or add a file to, if
 * any; paths are relative to `cwd`.
 */
export function overwrittenInput(cwd: string, output: string, inputs: readonly ReadInput[]): { input: ReadInput; exists: boolean } | undefined {
  const target = resolve(cwd, output);
  const targetId = identity(target);
  const targetReal = canonical(target);
  const input = inputs.find((input) => {
    if (input.path === '-' || input.path === '') return false;
    const path = resolve(cwd, input.path);
    if (input.reads === undefined || !isDirectory(path)) return sameIdentity(targetId, identity(path)) || canonical(path) === targetReal;
    if (dirname(targetReal) === canonical(path) && input.reads(basename(targetReal))) return true;
    return targetId !== undefined && members(path, input.reads).some((member) => sameIdentity(targetId, identity(member)));
  });
  return input === undefined ? undefined : { input, exists: targetId !== undefined };
}

function identity(path: string): Identity | undefined {
  try {
    const { dev, ino } = statSync(path);
    return { dev, ino };
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function sameIdentity(a: Identity | undefined, b: Identity | undefined): boolean {
  return a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;
}

/** The real path; for a file not there yet, its directory's real path and its name. */
function canonical(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

function members(dir: string, reads: (name: string) => boolean): string[] {
  try {
    return readdirSync(dir)
      .filter(reads)
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}
