/**
 * Turns the bytes of an input file into text, refusing what is not a small
 * UTF-8 text file (too big, binary, invalid UTF-8) with a located DataError.
 */
import { DataError } from '../errors.ts';

/** The cap when a caller names none; ml-career's readers each pass the cap of their format (contracts/limits.ts). */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Number((bytes / (1024 * 1024)).toFixed(1))} MiB`;
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KiB`;
  return `${bytes} B`;
}

/**
 * "3.2 MiB, over the 1 MiB limit"; in bytes when rounding would make the two look
 * the same ("1,048,577 bytes, over the 1 MiB (1,048,576 bytes) limit"), and "more
 * than" the cap when reading stopped there.
 */
export function sizeOverLimit(size: number, maxBytes: number, exact = true): string {
  if (!exact) return `more than ${formatBytes(maxBytes)}, over the ${formatBytes(maxBytes)} limit`;
  if (formatBytes(size) !== formatBytes(maxBytes)) return `${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`;
  const count = (bytes: number) => `${bytes.toLocaleString('en-US')} bytes`;
  return `${count(size)}, over the ${formatBytes(maxBytes)} (${count(maxBytes)}) limit`;
}

/** The text of `input`, without a leading BOM. */
export function decodeText(input: string | Uint8Array, file: string, maxBytes: number): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > maxBytes) {
    throw new DataError({
      file,
      message: `file is ${sizeOverLimit(size, maxBytes)}`,
      hint: 'rubric and answers files are small text files; check that this is the right file',
    });
  }
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  const nul = input.indexOf(0);
  if (nul !== -1) {
    throw new DataError({ file, ...bytePosition(input, nul), message: 'file looks binary (it contains a NUL byte)', hint: 'give a YAML or JSON text file' });
  }
  try {
    // TextDecoder drops a leading BOM by default.
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new DataError({ file, ...firstInvalidUtf8(input), message: 'file is not valid UTF-8', hint: 'save the file as UTF-8' });
  }
}

function bytePosition(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** The first line that fails to decode (a newline byte never occurs inside a multi-byte sequence). */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; col: number } | undefined {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const loose = new TextDecoder('utf-8');
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const slice = bytes.subarray(start, end);
    try {
      strict.decode(slice);
    } catch {
      return { line, col: loose.decode(slice).indexOf('\uFFFD') + 1 };
    }
    if (newline === -1) return undefined;
    start = newline + 1;
    line++;
  }
  return undefined;
}
