/**
 * The shortest path to the next stage, checked by brute force on small rubrics:
 * applying it meets the stage, no cheaper set of raises does, and among equally
 * cheap sets it earns the most credit, then raises competencies earlier in id order.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { shortestPath, type PathCandidate } from '../../src/assessment/shortest-path.ts';
import { creditFor, stageStanding, type AttainmentRule } from '../../src/contracts/attainment.ts';

const ruleArbitrary: fc.Arbitrary<AttainmentRule> = fc.record({
  coverage: fc.constantFrom(0.5, 0.6, 0.75, 0.8, 1),
  maxShortfall: fc.constantFrom(0, 1, 2, 4),
  nearMissCredit: fc.constantFrom(0, 0.5, 1),
});

const candidatesArbitrary: fc.Arbitrary<PathCandidate[]> = fc
  .array(
    fc.record({
      level: fc.integer({ min: 0, max: 4 }),
      expected: fc.integer({ min: 0, max: 4 }),
      weight: fc.constantFrom(0.5, 1, 2, 3),
      defining: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((entries) => entries.map((entry, i) => ({ ...entry, id: `c${i}` })));

function credit(entries: readonly PathCandidate[], rule: AttainmentRule): number {
  return entries.reduce((sum, entry) => sum + entry.weight * creditFor(entry.level, entry.expected, rule), 0);
}

/** Every vector of raises (0…gap per competency below its expectation), best first by the documented order. */
function bruteForce(candidates: readonly PathCandidate[], rule: AttainmentRule): number[] | undefined {
  const gaps = candidates.map((entry) => Math.max(0, entry.expected - entry.level));
  let best: { cost: number; credit: number; raises: number[] } | undefined;
  const raises = gaps.map(() => 0);
  const visit = (i: number): void => {
    if (i === gaps.length) {
      const after = candidates.map((entry, j) => ({ ...entry, level: entry.level + raises[j]! }));
      if (!stageStanding(after, rule).met) return;
      const cost = raises.reduce((sum, raise) => sum + raise, 0);
      const gained = credit(after, rule);
      const earlier = best !== undefined && raises.findIndex((raise, j) => raise !== best!.raises[j]);
      const first = best === undefined || (earlier !== false && earlier >= 0 && raises[earlier]! > best.raises[earlier]!);
      if (
        best === undefined ||
        cost < best.cost ||
        (cost === best.cost && gained > best.credit + 1e-9) ||
        (cost === best.cost && Math.abs(gained - best.credit) <= 1e-9 && first)
      ) {
        best = { cost, credit: gained, raises: [...raises] };
      }
      return;
    }
    for (let raise = 0; raise <= gaps[i]!; raise++) {
      raises[i] = raise;
      visit(i + 1);
    }
    raises[i] = 0;
  };
  visit(0);
  return best?.raises;
}

describe('shortestPath', () => {
  test('meets the stage, and no cheaper or better set of raises exists (brute force)', () => {
    fc.assert(
      fc.property(candidatesArbitrary, ruleArbitrary, (candidates, rule) => {
        const path = shortestPath(candidates, rule);
        const raised = new Map(path.map((step) => [step.id, step.to]));
        const after = candidates.map((entry) => ({ ...entry, level: raised.get(entry.id) ?? entry.level }));
        expect(stageStanding(after, rule).met).toBe(true);
        const expected = bruteForce(candidates, rule);
        expect(expected).toBeDefined();
        const got = candidates.map((entry) => (raised.get(entry.id) ?? entry.level) - entry.level);
        expect(got).toEqual(expected);
        for (const step of path) expect(step.to).toBeGreaterThan(step.from);
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['already met: no steps', [{ id: 'a', level: 3, expected: 3, weight: 1 }], []],
    [
      'half credit: one level short earns half, so one step of the two missing is enough at 75%',
      [
        { id: 'a', level: 2, expected: 3, weight: 1 },
        { id: 'b', level: 2, expected: 3, weight: 1 },
      ],
      [{ id: 'a', from: 2, to: 3 }],
    ],
    [
      'a competency too far short must be raised to within maxShortfall even when coverage is met',
      [
        { id: 'a', level: 0, expected: 3, weight: 1 },
        { id: 'b', level: 4, expected: 3, weight: 9 },
      ],
      [{ id: 'a', from: 0, to: 1 }],
    ],
  ])('%s', (_, candidates, steps) => {
    expect(shortestPath(candidates, { coverage: 0.75, maxShortfall: 2, nearMissCredit: 0.5 })).toEqual(steps);
  });
});
