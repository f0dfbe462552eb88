import { describe, expect, it } from 'vitest';
import { closestId, suggester, SUGGESTIONS_MAX } from '../../../src/assessment/closest-id.ts';

const ids = ['py-level', 'py-years', 'mlops-tools', 'cloud-depth'];

describe('closestId', () => {
  it.each<[string, string | undefined]>([
    ['py-levle', 'py-level'],
    ['pylevel', 'py-level'],
    ['py-year', 'py-years'],
    ['mlops-tool', 'mlops-tools'],
    ['cloud', undefined],
    ['kubernetes', undefined],
    ['x', undefined],
  ])('%s → %s', (word, match) => {
    expect(closestId(word, ids)).toBe(match);
  });
});

describe('bounded suggestions', () => {
  it('does not measure a word longer than any id', () => {
    expect(closestId(`py-level${'x'.repeat(100)}`, ['py-level'])).toBeUndefined();
  });

  it('suggests for the first words asked only', () => {
    const suggest = suggester(ids);
    const hints = Array.from({ length: SUGGESTIONS_MAX + 5 }, () => suggest('py-levle'));
    expect(hints.slice(0, SUGGESTIONS_MAX)).toEqual(Array(SUGGESTIONS_MAX).fill('py-level'));
    expect(hints.slice(SUGGESTIONS_MAX)).toEqual(Array(5).fill(undefined));
  });
});
