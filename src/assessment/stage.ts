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
  /** The first stage not met (the assessed one itself when even the first is not met); null at the top. */
  next: ({ index: number } & Readiness) | null;
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

export function assessStage(levels: readonly CompetencyLevel[], set: RubricSet): StageAssessment {
  const people = participants(levels);
  let reached = -1;
  let firstUnmet: StageCheck | undefined;
  for (const stage of set.stages) {
    const check = checkStage(people, set, stage);
    if (!check.met) {
      firstUnmet = check;
      break;
    }
    reached += 1;
  }
  if (firstUnmet === undefined) return { index: reached, met: true, next: null };
  const next = { index: reached + 1, readiness: roundTo(firstUnmet.share, 3), blockers: firstUnmet.blockers };
  return reached < 0 ? { index: 0, met: false, next } : { index: reached, met: true, next };
}
