/**
 * The shortest path to a stage: the fewest whole levels, over all assessed
 * competencies, whose raising would make the stage met under the stage rule.
 * Among equally short paths it takes the one that earns the most credit (the
 * largest readiness), then the one that raises competencies earlier in id order.
 *
 * A knapsack over levels: each competency below the expectation may be raised by
 * 0…gap levels (at least enough to clear `maxShortfall`), each level costs one and
 * earns the credit the rule gives it, overall and over the stage's defining
 * competencies. `dp[c]` keeps, for a total of c levels, every choice that no other
 * beats on both credits (a Pareto front); because competencies are visited in id
 * order and a choice is a vector of raises in that order, equal choices keep the
 * lexicographically first-raised vector, which stays first when later ones are appended.
 */
import { compareIds } from './compare.ts';
import { creditFor, stageStanding, type AttainmentRule } from '../contracts/attainment.ts';

export interface PathCandidate {
  id: string;
  level: number;
  expected: number;
  weight: number;
  defining?: boolean;
}

export interface PathStep {
  id: string;
  from: number;
  to: number;
}

interface Choice {
  credit: number;
  defining: number;
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

/** True when `a` makes `b` needless: at least as much of both credits, and more credit or first-raised on a tie. */
function dominates(a: Choice, b: Choice): boolean {
  if (a.defining < b.defining - CREDIT_TOLERANCE) return false;
  if (a.credit > b.credit + CREDIT_TOLERANCE) return true;
  if (a.credit < b.credit - CREDIT_TOLERANCE) return false;
  return !raisesFirst(b.raises, a.raises);
}

function addToFront(front: Choice[], candidate: Choice): void {
  if (front.some((kept) => dominates(kept, candidate))) return;
  for (let i = front.length - 1; i >= 0; i--) if (dominates(candidate, front[i]!)) front.splice(i, 1);
  front.push(candidate);
}

/** Of the choices that meet the stage, the one with the most credit, then the first-raised. */
function bestOf(choices: readonly Choice[]): Choice | undefined {
  let best: Choice | undefined;
  for (const choice of choices) {
    if (
      best === undefined ||
      choice.credit > best.credit + CREDIT_TOLERANCE ||
      (choice.credit >= best.credit - CREDIT_TOLERANCE && raisesFirst(choice.raises, best.raises))
    ) {
      best = choice;
    }
  }
  return best;
}

/** The steps (one per raised competency) of the shortest path to meeting the stage; [] when it is already met. */
export function shortestPath(candidates: readonly PathCandidate[], rule: AttainmentRule): PathStep[] {
  if (stageStanding(candidates, rule).met) return [];
  const below = candidates.filter((entry) => entry.level < entry.expected).sort((a, b) => compareIds(a.id, b.id));
  const maxCost = below.reduce((sum, entry) => sum + (entry.expected - entry.level), 0);

  let dp: Choice[][] = [[{ credit: 0, defining: 0, raises: [] }]];
  for (const entry of below) {
    const gap = entry.expected - entry.level;
    // Levels are whole: the least raise that leaves the gap within maxShortfall (which may be fractional).
    const least = Math.max(0, Math.ceil(gap - rule.maxShortfall - CREDIT_TOLERANCE));
    const base = entry.weight * creditFor(entry.level, entry.expected, rule);
    const next: Choice[][] = Array.from({ length: maxCost + 1 }, () => []);
    dp.forEach((front, cost) => {
      for (const choice of front) {
        for (let raise = least; raise <= gap; raise++) {
          const gained = entry.weight * creditFor(entry.level + raise, entry.expected, rule) - base;
          addToFront(next[cost + raise]!, {
            credit: choice.credit + gained,
            defining: choice.defining + (entry.defining === true ? gained : 0),
            raises: [...choice.raises, raise],
          });
        }
      }
    });
    dp = next;
  }

  const apply = (choice: Choice) => {
    const raised = new Map(below.map((entry, i) => [entry.id, entry.level + (choice.raises[i] ?? 0)]));
    return candidates.map((entry) => ({ ...entry, level: raised.get(entry.id) ?? entry.level }));
  };
  for (const front of dp) {
    const choice = bestOf(front.filter((candidate) => stageStanding(apply(candidate), rule).met));
    if (choice === undefined) continue;
    return below.flatMap((entry, i) => {
      const raise = choice.raises[i] ?? 0;
      return raise > 0 ? [{ id: entry.id, from: entry.level, to: entry.level + raise }] : [];
    });
  }
  // Unreachable for a valid rule: raising every competency to its expectation meets any stage.
  throw new RangeError('no path meets the stage even with every competency at its expectation');
}
