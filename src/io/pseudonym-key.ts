/**
 * The secret key behind the pseudonyms: 32 random bytes created on first use in
 * the data directory, readable only by its owner. Keeping it makes pseudonyms
 * stable across runs; deleting it gives everyone new ones.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataError } from '../errors.ts';
import { fsErrorCode, fsErrorText } from './fs-error.ts';
import { KEY_FILE } from './known-files.ts';
import { readListedFileSync } from './open-input.ts';

const KEY_BYTES = 32;
/** The key is 64 hex digits and a newline; anything much longer is not a key. */
const KEY_MAX_BYTES = 1024;

export async function pseudonymKey(dir: string): Promise<Uint8Array> {
  const path = join(dir, KEY_FILE);
  const existing = await readKey(path);
  if (existing !== undefined) return existing;
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  try {
    // 'wx': when two runs race, the second reads the first one's key instead of replacing it.
    await writeFile(path, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (fsErrorCode(error) !== 'EEXIST') throw keyError(path, error);
  }
  const created = await readKey(path);
  if (created === undefined) throw keyError(path, new Error('the new key file is empty'));
  return created;
}

async function readKey(path: string): Promise<Uint8Array | undefined> {
  let reading;
  try {
    reading = readListedFileSync(path, KEY_MAX_BYTES);
  } catch (error) {
    if (fsErrorCode(error) === 'ENOENT') return undefined;
    throw keyError(path, error);
  }
  const hex = 'bytes' in reading ? Buffer.from(reading.bytes).toString('utf8').trim() : '';
  if (!/^[0-9a-f]{64}$/.test(hex)) {
    throw new DataError({ file: path, message: 'the pseudonym key is damaged', hint: 'delete the file: a new key is made (and everyone gets new pseudonyms)' });
  }
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function keyError(path: string, error: unknown): DataError {
  return new DataError({ file: path, message: `cannot read or create the pseudonym key (${fsErrorText(error)})`, hint: 'check the permissions of the data directory' });
}
