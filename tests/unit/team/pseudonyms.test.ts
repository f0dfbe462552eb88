import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KEY_FILE, pseudonymKey } from '../../../src/io/pseudonym-key.ts';
import { pseudonym, pseudonymsFor } from '../../../src/team/pseudonyms.ts';
import { tempDir } from '../../helpers/cli.ts';

const key = new Uint8Array(32).fill(7);
const otherKey = new Uint8Array(32).fill(8);

describe('pseudonyms', () => {
  it('are stable for a name and key, differ between names and between keys, and reveal nothing of the name', () => {
    expect(pseudonym('Ada Lovelace', key)).toBe(pseudonym('Ada Lovelace', key));
    expect(pseudonym('Ada Lovelace', key)).toMatch(/^person-[a-z2-9]{6}$/);
    expect(pseudonym('Ada Lovelace', key)).not.toBe(pseudonym('Grace Hopper', key));
    expect(pseudonym('Ada Lovelace', key)).not.toBe(pseudonym('Ada Lovelace', otherKey));
    expect(pseudonym('Ada Lovelace', key).toLowerCase()).not.toContain('ada');
  });

  it('do not depend on the order of the names', () => {
    const names = Array.from({ length: 200 }, (_, index) => `engineer ${index}`);
    const forward = pseudonymsFor(names, key);
    const backward = pseudonymsFor([...names].reverse(), key);
    expect(forward).toEqual(backward);
    expect(new Set(forward.values()).size).toBe(200);
  });
});

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
