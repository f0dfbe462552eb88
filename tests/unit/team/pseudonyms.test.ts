import { describe, expect, it } from 'vitest';
import { pseudonym, pseudonymsFor } from '../../../src/team/pseudonyms.ts';

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
