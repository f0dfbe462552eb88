import { describe, expect, it } from 'vitest';
import { closestId } from '../../../src/assessment/closest-id.ts';

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
