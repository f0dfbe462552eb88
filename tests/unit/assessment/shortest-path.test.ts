import { describe, expect, it } from 'vitest';
import { shortestPath } from '../../../src/assessment/shortest-path.ts';

describe('shortestPath', () => {
  it('takes a fractional maxShortfall as the whole levels it allows (found by the rubric fuzz test, seed 1380096020)', () => {
    // 0.8 allows no whole level of shortfall: every competency must reach its expectation.
    const rule = { coverage: 1, maxShortfall: 0.8, nearMissCredit: 0 };
    const path = shortestPath(
      [
        { id: 'a', level: 1, expected: 3, weight: 1 },
        { id: 'b', level: 2, expected: 2, weight: 1 },
      ],
      rule,
    );
    expect(path).toEqual([{ id: 'a', from: 1, to: 3 }]);
  });

  it('with maxShortfall 1.5, one level short is allowed but two are not', () => {
    const rule = { coverage: 0.5, maxShortfall: 1.5, nearMissCredit: 0 };
    const path = shortestPath(
      [
        { id: 'a', level: 0, expected: 3, weight: 1 },
        { id: 'b', level: 3, expected: 3, weight: 1 },
      ],
      rule,
    );
    // Coverage is met by b alone; a must come within one level (to 2) to stop blocking.
    expect(path).toEqual([{ id: 'a', from: 0, to: 2 }]);
  });
});
