/**
 * Reads an input file (rubric, answers, report) or `-` for stdin, with a size cap
 * and one clear DataError for every way that can fail, never a stack trace. Files
 * are opened as open-input.ts says: regular files and named pipes only.
 */
import { DataError } from '../errors.ts';
import { DEFAULT_MAX_BYTES, sizeOverLimit } from '../parse/decode-text.ts';
import { describeFsError, fsErrorCode } from './fs-error.ts';
import { readNamedFile, type InputReading } from './open-input.ts';
import { PIPE_PAUSE_MS, PIPE_TOTAL_MS } from './read-pipe.ts';

export const STDIN_NAME = '<stdin>';

/** What `-` reads from: the CLI passes its context's stdin, tests their own stream. */
export type InputStream = AsyncIterable<Uint8Array | string>;

interface ReadInputOptions {
  /** Default 1 MiB. */
  maxBytes?: number;
  /** What the file is, for messages: "answers file", "report". Default "file". */
  label?: string;
  /** Where `-` reads from; without it, `-` is a bug of the caller. */
  stdin?: InputStream;
}

export async function readInputFile(path: string, options: ReadInputOptions = {}): Promise<Uint8Array> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const label = options.label ?? 'file';
  if (path === '') throw new DataError({ message: `no ${label} given (the path is empty)`, hint: 'give the path of a file, or - for stdin' });
  if (path === '-') {
    if (options.stdin === undefined) throw new Error(`bug: "-" reads stdin, and no stdin was passed to read the ${label} from`);
    return readCapped(options.stdin, STDIN_NAME, label, maxBytes);
  }
  let reading: InputReading;
  try {
    reading = await readNamedFile(path, maxBytes);
  } catch (error) {
    throw fsError(error, path, label);
  }
  return bytesOf(reading, path, label, maxBytes);
}

/** The bytes read, or the DataError that says why there are none. */
export function bytesOf(reading: InputReading, path: string, label: string, maxBytes: number): Uint8Array {
  if ('bytes' in reading) return reading.bytes;
  if ('tooBig' in reading) throw tooBig(path, label, reading.tooBig.size, maxBytes, !reading.tooBig.exact);
  if ('notAFile' in reading) {
    throw new DataError({ file: path, message: `${reading.notAFile}, not a file`, hint: `give the path of the ${label} itself (or - to read it from stdin)` });
  }
  const { pipe } = reading;
  const why = 'stalled' in pipe ? `its writer stopped for more than ${PIPE_PAUSE_MS / 1000} s without closing it` : `it took more than ${PIPE_TOTAL_MS / 1000} s`;
  throw new DataError({ file: path, message: `the named pipe ${path} was not read to its end: ${why}`, hint: `write the ${label} to a file and give that` });
}

/** Pipes and stdin have no size up front: stop as soon as the cap is passed. */
async function readCapped(stream: InputStream, file: string, label: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    total += bytes.byteLength;
    if (total > maxBytes) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooBig(file, label, total, maxBytes, true);
    }
    chunks.push(bytes);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function tooBig(file: string, label: string, size: number, maxBytes: number, partial = false): DataError {
  return new DataError({
    file,
    message: `${label} is ${sizeOverLimit(size, maxBytes, !partial)}`,
    hint: 'these are small text files; check that this is the right file',
  });
}

/** The DataError for a file-system error while reading `path`. */
export function fsError(error: unknown, path: string, label: string): DataError {
  const reason = describeFsError(error);
  switch (fsErrorCode(error)) {
    case 'ENOENT':
      return new DataError({ file: path, message: `no such ${label}: ${path}`, hint: 'check the path' });
    case 'ENOTDIR':
      return new DataError({ file: path, message: `no such ${label}: ${path} (${reason})`, hint: 'check the path' });
    case 'EISDIR':
      return new DataError({ file: path, message: `${path} is a directory, expected a file`, hint: `give the path of the ${label} itself` });
    case 'ENAMETOOLONG':
      return new DataError({ file: path, message: `cannot read ${label}: ${reason}`, hint: 'check the path' });
    case 'EACCES':
    case 'EPERM':
      return new DataError({ file: path, message: `cannot read ${path}: ${reason}`, hint: "check the file's permissions" });
    case 'ELOOP':
      return new DataError({ file: path, message: `cannot read ${path}: ${reason}`, hint: 'point the link at a real file' });
    default:
      return new DataError({ file: path, message: `cannot read ${path}: ${reason}`, hint: 'check that the file is readable' });
  }
}
