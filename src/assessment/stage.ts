/**
 * The stage rule (its arithmetic is in contracts/attainment.ts). A stage is met when
 * (a) the effective-weight credit share of the assessed competencies reaches
 * `attainment.coverage` (at or above the expectation: full credit; one level short:
 * `nearMissCredit`), and (b) none is more than `attainment.maxShortfall` levels below
 * it. The assessed stage is the highest one that is met together with every stage below it.
 */
import { compareIds } from './compare.ts';
import { expectationAt } from './expectation.ts';
import { roundTo } from './round.ts';
import type { CompetencyLevel } from './score.ts';
import type { Blocker } from '../contracts/report.ts';
import type { RubricSet, Stage } from '../contracts/rubric.ts';
import { stageStanding } from '../contracts/attainment.ts';
import { childrenOf, depthOf, parentOf } from '../contracts/ladder.ts';

interface Participant {
  entry: CompetencyLevel;
  level: number;
  weight: number;
}

export interface Readiness {
  /** Effective-weight share of participants at or above the stage's expectation, 0–1, 3 decimals. */
  readiness: number;
  blockers: Blocker[];
}

export interface StageAssessment {
  index: number;
  met: boolean;
  /** Other stages met at the same height of the ladder (both top paths, say), in list order. */
  alsoMet: number[];
  /**
   * The next stage: the first stage when even it is not met; else, of the stages that
   * follow the assessed one, the most ready (then the first in the list); null at the top.
   */
  next: ({ index: number } & Readiness) | null;
  /** The other stages that follow the assessed one, with their readiness. */
  otherNext: ({ index: number } & Readiness)[];
}

export function effectiveWeight(entry: Pick<CompetencyLevel, 'competency' | 'category'>): number {
  return entry.category.weight * entry.competency.weight;
}

/** Competencies that take part in the stage rule: assessed, with a weight that counts. */
function participants(levels: readonly CompetencyLevel[]): Participant[] {
  const result: Participant[] = [];
  for (const entry of levels) {
    const weight = effectiveWeight(entry);
    if (entry.level !== null && weight > 0) result.push({ entry, level: entry.level, weight });
  }
  return result;
}

interface StageCheck {
  met: boolean;
  share: number;
  blockers: Blocker[];
}

function checkStage(people: readonly Participant[], set: RubricSet, stage: Stage): StageCheck {
  const ranked: { blocker: Blocker; priority: number }[] = [];
  const entries = people.map((person) => {
    const expected = expectationAt(person.entry.competency, stage);
    if (person.level < expected) {
      const shortfall = roundTo(expected - person.level, 2);
      ranked.push({
        priority: shortfall * person.weight,
        blocker: {
          competency: person.entry.competency.id,
          title: person.entry.competency.title,
          category: person.entry.category.id,
          level: person.level,
          expected,
          shortfall,
          blocksBy: shortfall > set.attainment.maxShortfall ? 'shortfall' : 'coverage',
        },
      });
    }
    return { level: person.level, expected, weight: person.weight };
  });
  ranked.sort((a, b) => b.priority - a.priority || compareIds(a.blocker.competency, b.blocker.competency));
  const standing = stageStanding(entries, set.attainment);
  return { met: standing.met, share: standing.share, blockers: ranked.map((item) => item.blocker) };
}

function stageAt(set: RubricSet, index: number): Stage {
  const stage = set.stages[index];
  if (stage === undefined) throw new RangeError(`stage index ${index} is outside the ladder (0–${set.stages.length - 1})`);
  return stage;
}

/** How ready the levels are for one stage (e.g. a `--target`), and what stands in the way. */
export function readinessFor(levels: readonly CompetencyLevel[], set: RubricSet, stageIndex: number): Readiness {
  const check = checkStage(participants(levels), set, stageAt(set, stageIndex));
  return { readiness: roundTo(check.share, 3), blockers: check.blockers };
}

/**
 * The assessed stage: of the stages met together with every stage they follow, the
 * highest on the ladder (the first in the list when several paths are met as high).
 */
export function assessStage(levels: readonly CompetencyLevel[], set: RubricSet): StageAssessment {
  const people = participants(levels);
  const checks = set.stages.map((stage) => checkStage(people, set, stage));
  const reached: boolean[] = [];
  set.stages.forEach((_, index) => {
    const parent = parentOf(set.stages, index);
    reached[index] = checks[index]!.met && (parent < 0 || reached[parent] === true);
  });
  const readiness = (index: number) => ({ index, readiness: roundTo(checks[index]!.share, 3), blockers: checks[index]!.blockers });
  const met = set.stages.flatMap((_, index) => (reached[index] ? [index] : []));
  if (met.length === 0) return { index: 0, met: false, alsoMet: [], next: readiness(0), otherNext: [] };
  const height = Math.max(...met.map((index) => depthOf(set.stages, index)));
  const [index, ...alsoMet] = met.filter((candidate) => depthOf(set.stages, candidate) === height) as [number, ...number[]];
  const following = alsoMet.length > 0 ? [] : childrenOf(set.stages, index).map(readiness);
  // The most ready path first; a stable sort keeps list order among equals.
  following.sort((a, b) => b.readiness - a.readiness);
  const [next, ...otherNext] = following;
  return { index, met: true, alsoMet, next: next ?? null, otherNext };
}
