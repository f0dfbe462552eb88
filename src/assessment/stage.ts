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
import { competencyWeight, stageStanding, type WeightedLevel } from '../contracts/attainment.ts';
import { childrenOf, definesPath, depthOf, parentOf, pathBase, type LadderStage } from '../contracts/ladder.ts';

interface Participant {
  entry: CompetencyLevel;
  level: number;
  weight: number;
}

export interface Readiness {
  /** Effective-weight credit share of participants (near misses count part), 0–1, 3 decimals. */
  readiness: number;
  /** The same share over the competencies the stage raises above the one it follows. */
  definingReadiness: number;
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
  return competencyWeight(entry.category.weight, entry.competency.weight);
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
  definingShare: number;
  blockers: Blocker[];
}

/** The levels measured against stage `index`, each marked defining when the stage raises it above the stage it follows. */
function stageEntries(people: readonly Participant[], set: RubricSet, index: number): (WeightedLevel & { person: Participant })[] {
  const stage = stageAt(set, index);
  // Only a stage that is one of several paths is also judged on what it raises (that is what tells the paths apart).
  const base = pathBase(set.stages, index);
  return people.map((person) => {
    const { competency } = person.entry;
    return { person, level: person.level, expected: expectationAt(competency, stage), weight: person.weight, defining: definesPath(competency.expectations, stage.id, base) };
  });
}

/** What the shortest path to stage `index` starts from: every assessed, weighted competency with its expectation there. */
export function pathCandidates(levels: readonly CompetencyLevel[], set: RubricSet, index: number) {
  return stageEntries(participants(levels), set, index).map(({ person, ...entry }) => ({ ...entry, id: person.entry.competency.id }));
}

function checkStage(people: readonly Participant[], set: RubricSet, index: number): StageCheck {
  const ranked: { blocker: Blocker; priority: number }[] = [];
  const entries = stageEntries(people, set, index).map(({ person, expected, ...entry }) => {
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
    return { ...entry, expected };
  });
  ranked.sort((a, b) => b.priority - a.priority || compareIds(a.blocker.competency, b.blocker.competency));
  const standing = stageStanding(entries, set.attainment);
  return { met: standing.met, share: standing.share, definingShare: standing.definingShare, blockers: ranked.map((item) => item.blocker) };
}

/** The stage at `index`; a RangeError (a bug, never bad input) outside the ladder. */
export function stageAt(set: RubricSet, index: number): Stage {
  const stage = set.stages[index];
  if (stage === undefined) throw new RangeError(`stage index ${index} is outside the ladder (0–${set.stages.length - 1})`);
  return stage;
}

/** How ready the levels are for one stage (e.g. a `--target`), and what stands in the way. */
export function readinessFor(levels: readonly CompetencyLevel[], set: RubricSet, stageIndex: number): Readiness {
  const check = checkStage(participants(levels), set, stageIndex);
  return { readiness: roundTo(check.share, 3), definingReadiness: roundTo(check.definingShare, 3), blockers: check.blockers };
}

/** Which stages are reached: met together with every stage they follow. */
export function reachedStages(stages: readonly LadderStage[], met: readonly boolean[]): boolean[] {
  const reached: boolean[] = [];
  stages.forEach((_, index) => {
    const parent = parentOf(stages, index);
    reached[index] = met[index] === true && (parent < 0 || reached[parent] === true);
  });
  return reached;
}

/** The assessed stage's index for the stages reached (-1 when none is): the highest on the ladder, the first in the list among equals. */
export function assessedIndex(stages: readonly LadderStage[], reached: readonly boolean[]): number {
  let best = -1;
  let bestDepth = -1;
  stages.forEach((_, index) => {
    if (reached[index] !== true) return;
    const depth = depthOf(stages, index);
    if (depth > bestDepth) {
      best = index;
      bestDepth = depth;
    }
  });
  return best;
}

/**
 * The assessed stage: of the stages met together with every stage they follow, the
 * highest on the ladder (the first in the list when several paths are met as high).
 */
export function assessStage(levels: readonly CompetencyLevel[], set: RubricSet): StageAssessment {
  const people = participants(levels);
  const checks = set.stages.map((_, index) => checkStage(people, set, index));
  const reached = reachedStages(set.stages, checks.map((check) => check.met));
  const readiness = (index: number) => ({
    index,
    readiness: roundTo(checks[index]!.share, 3),
    definingReadiness: roundTo(checks[index]!.definingShare, 3),
    blockers: checks[index]!.blockers,
  });
  const met = set.stages.flatMap((_, index) => (reached[index] ? [index] : []));
  if (met.length === 0) return { index: 0, met: false, alsoMet: [], next: readiness(0), otherNext: [] };
  const index = assessedIndex(set.stages, reached);
  const height = depthOf(set.stages, index);
  const alsoMet = met.filter((candidate) => candidate !== index && depthOf(set.stages, candidate) === height);
  const following = alsoMet.length > 0 ? [] : childrenOf(set.stages, index).map(readiness);
  // The most ready path first; a stable sort keeps list order among equals.
  following.sort((a, b) => b.readiness - a.readiness);
  const [next, ...otherNext] = following;
  return { index, met: true, alsoMet, next: next ?? null, otherNext };
}
