/**
 * The shortest path to a stage: the fewest whole levels, over all assessed
 * competencies, whose raising would make the stage met under the stage rule.
 * Among equally short paths it takes the one that earns the most credit (the
 * largest readiness), then the one that raises competencies earlier in id order.
 *
 * A knapsack over levels: each competency below the expectation may be raised by
 * 0…gap levels (at least enough to clear `maxShortfall`), each level costs one and
 * earns the credit the rule gives it. `dp[c]` keeps, for a total of c levels, the
 * choice with the most credit; because competencies are visited in id order and a
 * choice is a vector of raises in that order, ties keep the lexicographically
 * first-raised vector, which stays first when later competencies are appended.
 */
import { compareIds } from './compare.ts';
import { creditFor, stageStanding, type AttainmentRule } from '../contracts/attainment.ts';

export interface PathCandidate {
  id: string;
  level: number;
  expected: number;
  weight: number;
}

export interface PathStep {
  id: string;
  from: number;
  to: number;
}

interface Choice {
  credit: number;
  raises: number[];
}

const CREDIT_TOLERANCE = 1e-9;

/** True when raising vector `a` comes before `b`: the first competency where they differ is raised more in `a`. */
function raisesFirst(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}

function better(candidate: Choice, current: Choice | undefined): boolean {
  if (current === undefined) return true;
  if (candidate.credit > current.credit + CREDIT_TOLERANCE) return true;
  if (candidate.credit < current.credit - CREDIT_TOLERANCE) return false;
  return raisesFirst(candidate.raises, current.raises);
}

/** The steps (one per raised competency) of the shortest path to meeting the stage; [] when it is already met. */
export function shortestPath(candidates: readonly PathCandidate[], rule: AttainmentRule): PathStep[] {
  if (stageStanding(candidates, rule).met) return [];
  const below = candidates.filter((entry) => entry.level < entry.expected).sort((a, b) => compareIds(a.id, b.id));
  const maxCost = below.reduce((sum, entry) => sum + (entry.expected - entry.level), 0);

  let dp: (Choice | undefined)[] = [{ credit: 0, raises: [] }];
  for (const entry of below) {
    const gap = entry.expected - entry.level;
    const least = Math.max(0, gap - rule.maxShortfall);
    const base = entry.weight * creditFor(entry.level, entry.expected, rule);
    const next: (Choice | undefined)[] = new Array(maxCost + 1);
    dp.forEach((choice, cost) => {
      if (choice === undefined) return;
      for (let raise = least; raise <= gap; raise++) {
        const gained = entry.weight * creditFor(entry.level + raise, entry.expected, rule) - base;
        const candidate = { credit: choice.credit + gained, raises: [...choice.raises, raise] };
        if (better(candidate, next[cost + raise])) next[cost + raise] = candidate;
      }
    });
    dp = next;
  }

  for (const choice of dp) {
    if (choice === undefined) continue;
    const raised = new Map(below.map((entry, i) => [entry.id, entry.level + (choice.raises[i] ?? 0)]));
    const after = candidates.map((entry) => ({ ...entry, level: raised.get(entry.id) ?? entry.level }));
    if (!stageStanding(after, rule).met) continue;
    return below.flatMap((entry, i) => {
      const raise = choice.raises[i] ?? 0;
      return raise > 0 ? [{ id: entry.id, from: entry.level, to: entry.level + raise }] : [];
    });
  }
  // Unreachable for a valid rule: raising every competency to its expectation meets any stage.
  throw new RangeError('no path meets the stage even with every competency at its expectation');
}
