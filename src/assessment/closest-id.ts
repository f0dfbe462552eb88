/**
 * "Did you mean" for misspelt ids: the closest candidate by edit distance, when it
 * is close enough to be a plausible typo (at most a third of the word's length).
 *
 * The work is bounded whatever the input: ids are short, so a word longer than
 * WORD_MAX is no typo of one and is not compared; a candidate whose length differs
 * by more than the limit is skipped unmeasured; and a suggester gives hints for
 * its first SUGGESTIONS_MAX words only (a file of a thousand unknown ids needs
 * fixing wholesale, not a hint each, and only the first problems are shown).
 */
const WORD_MAX = 64;
export const SUGGESTIONS_MAX = 20;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

export function closestId(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > WORD_MAX) return undefined;
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: { id: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const distance = editDistance(word, candidate);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { id: candidate, distance };
  }
  return best?.id;
}

/** closestId over `candidates` for the first SUGGESTIONS_MAX words asked; undefined for the rest. */
export function suggester(candidates: readonly string[]): (word: string) => string | undefined {
  let asked = 0;
  return (word) => (asked++ < SUGGESTIONS_MAX ? closestId(word, candidates) : undefined);
}
