/** The one place where a file-system error's code becomes words. */

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  ENOTDIR: 'a part of the path is not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk is full',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'symbolic link loop',
  ENOTSUP: 'not supported',
  ENXIO: 'no such device or address (a socket, or a device that is not there)',
};

/** The error's code (ENOENT, EACCES, …), if it has one. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The code as it is, or the message of an error without one: for messages that show the code itself. */
export function fsErrorText(error: unknown): string {
  return fsErrorCode(error) ?? (error instanceof Error ? error.message : String(error));
}

/**
 * Why a file-system call failed, in a few words ("permission denied", "the disk is
 * full"); the code itself when there are no better words. Writing, a missing path
 * means a missing directory.
 */
export function describeFsError(error: unknown, doing: 'reading' | 'writing' = 'reading'): string {
  const code = fsErrorCode(error);
  if (doing === 'writing' && code === 'ENOENT') return 'the directory does not exist';
  // Refusals of ml-career's own (a pipe nobody reads, a block device) carry their words.
  if (code === 'ENOTSUP' || (doing === 'writing' && code === 'ENXIO')) return error instanceof Error ? error.message : String(error);
  return (code === undefined ? undefined : WORDS[code]) ?? fsErrorText(error);
}
