/**
 * Stable pseudonyms for `team --anonymize`: a keyed hash of the name, so the same
 * person gets the same pseudonym in every run with the same key, and nobody
 * without the key can find a person by hashing the names they know.
 */
import { createHmac } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 6;

export function pseudonym(name: string, key: Uint8Array): string {
  const digest = createHmac('sha256', key).update(name.normalize('NFC')).digest();
  let text = '';
  for (let i = 0; i < LENGTH; i++) text += ALPHABET[digest[i]! % ALPHABET.length];
  return `person-${text}`;
}

/**
 * A pseudonym for each distinct name. Two names that hash alike (about one team
 * in a million) get suffixes in name order, so the result still does not depend
 * on the order the reports were given in.
 */
export function pseudonymsFor(names: Iterable<string>, key: Uint8Array): Map<string, string> {
  const byPseudonym = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const alias = pseudonym(name, key);
    byPseudonym.set(alias, [...(byPseudonym.get(alias) ?? []), name]);
  }
  const result = new Map<string, string>();
  for (const [alias, group] of byPseudonym) {
    group.sort();
    group.forEach((name, index) => result.set(name, index === 0 ? alias : `${alias}-${index + 1}`));
  }
  return result;
}
