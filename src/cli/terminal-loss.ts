/**
 * Noticing that the terminal went away under a prompt (its window closed, the
 * pseudo-terminal destroyed) rather than crashing on it: stdin then ends or fails
 * with EIO, and readline's attempt to leave raw mode throws EIO from inside an
 * event handler, where nothing could catch it.
 */
import { fsErrorCode } from '../io/fs-error.ts';

/** Calls `lost` when the terminal behind `stdin` goes away, until the returned function is called. */
export function watchTerminal(stdin: NodeJS.ReadStream, lost: () => void): () => void {
  stdin.on('end', lost).on('error', lost);
  // Optional in fact: a stream that is not a terminal has no raw mode.
  const setRawMode = stdin.setRawMode as NodeJS.ReadStream['setRawMode'] | undefined;
  if (typeof setRawMode === 'function') {
    stdin.setRawMode = (mode: boolean): NodeJS.ReadStream => {
      try {
        return setRawMode.call(stdin, mode);
      } catch (error) {
        if (fsErrorCode(error) !== 'EIO') throw error;
        lost();
        return stdin;
      }
    };
  }
  return () => {
    stdin.off('end', lost).off('error', lost);
    // Left wrapped: readline may still leave raw mode after the session (a closed terminal fails that too).
  };
}
