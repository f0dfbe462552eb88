/** Where a command's result goes: stdout, or a file written atomically with `-o`. */
import { DataError } from '../errors.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';
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
    throw new DataError({
      file: outputPath,
      message: `cannot write the file: ${describeFsError(error)}`,
      hint: 'check that the directory exists and that you may write to it',
    });
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'the directory does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return code ?? String(error);
  }
}
