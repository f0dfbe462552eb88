import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE } from '../../../src/io/known-files.ts';
import { pseudonymKey } from '../../../src/io/pseudonym-key.ts';
import { tempDir } from '../../helpers/cli.ts';

describe('pseudonymKey', () => {
  it('is created once, private, and read back the same', async () => {
    const dir = join(tempDir(), 'data');
    const first = await pseudonymKey(dir);
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(await pseudonymKey(dir)).toEqual(first);
    expect(await pseudonymKey(join(tempDir(), 'data'))).not.toEqual(first);
  });

  it('refuses a damaged key rather than silently giving everyone new pseudonyms', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, KEY_FILE), 'not hex\n');
    await expect(pseudonymKey(dir)).rejects.toThrow('the pseudonym key is damaged');
  });
});
