import { describe, expect, it } from 'vitest';
import type { CompetencyLevel } from '../../../src/assessment/score.ts';
import { RubricError } from '../../../src/errors.ts';
import { assessStage, readinessFor } from '../../../src/assessment/stage.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';

// Effective weights in the synthetic set: python 4, mlops 2, cloud 2,
// communication 1, mentoring 1 (total 10); ethics and research weigh 0.
const set = syntheticSet();
const AT_MID = { python: 2, mlops: 2, cloud: 1, communication: 2, mentoring: 1, ethics: 1, research: 0 };
const AT_SENIOR = { python: 3, mlops: 3, cloud: 2, communication: 3, mentoring: 2, ethics: 2, research: 1 };
const AT_STAFF = { python: 4, mlops: 3, cloud: 3, communication: 4, mentoring: 3, ethics: 3, research: 2 };
const NONE = { python: null, mlops: null, cloud: null, communication: null, mentoring: null, ethics: null, research: null };

function levels(byId: Record<string, number | null>, rubric: RubricSet = set): CompetencyLevel[] {
  return rubric.categories.flatMap((category) =>
    category.competencies.map((competency) => ({ competency, category, level: byId[competency.id] ?? null, mean: byId[competency.id] ?? null })),
  );
}

function withCoverage(coverage: number): RubricSet {
  const copy = syntheticSet();
  copy.attainment = { ...copy.attainment, coverage };
  return copy;
}

describe('assessStage', () => {
  it.each<[string, Record<string, number | null>, RubricSet, string, boolean]>([
    ['exactly at the mid expectations', AT_MID, set, 'mid', true],
    ['one competency one level below mid (0.9 coverage, shortfall 1)', { ...AT_MID, communication: 1 }, set, 'mid', true],
    ['one competency two levels below mid (shortfall) falls back to junior', { ...AT_MID, communication: 0 }, set, 'junior', true],
    ['coverage exactly 0.8 at mid is enough', { ...AT_MID, mlops: 1 }, set, 'mid', true],
    ['coverage 0.8 just under a 0.801 requirement is not', { ...AT_MID, mlops: 1 }, withCoverage(0.801), 'junior', true],
    ['coverage 0.7 at mid is not enough', { ...AT_MID, mlops: 1, communication: 1 }, set, 'junior', true],
    ['n/a (null) competencies are left out of the share', { ...AT_SENIOR, python: null }, set, 'senior', true],
    ['only one category assessed: the stage reflects that category', { ...NONE, python: 3, mlops: 3, cloud: 2 }, set, 'senior', true],
    ['weight-0 competencies never hold a stage back', { ...AT_STAFF, ethics: 0, research: 0 }, set, 'staff', true],
    ['far above the top stage', { python: 4, mlops: 4, cloud: 4, communication: 4, mentoring: 4, ethics: 4, research: 4 }, set, 'staff', true],
    ['every stage must be met below the assessed one', { ...AT_STAFF, communication: 0 }, set, 'junior', true],
    ['below even the first stage', { python: 0, mlops: 0, cloud: 0, communication: 0, mentoring: 0, ethics: 0, research: 0 }, set, 'junior', false],
    ['nothing assessed', NONE, set, 'junior', false],
    ['only weight-0 competencies assessed counts as nothing assessed', { ...NONE, ethics: 4, research: 4 }, set, 'junior', false],
    ['1.99 is below an expectation of 2 (python alone weighs 40 %)', { ...AT_MID, python: 1.99 }, set, 'junior', true],
    ['a level above an expectation counts as at it', { ...AT_MID, python: 2.5 }, set, 'mid', true],
  ])('%s', (_name, byId, rubric, stageId, met) => {
    const result = assessStage(levels(byId, rubric), rubric);
    expect(rubric.stages[result.index]?.id).toBe(stageId);
    expect(result.met).toBe(met);
  });

  it('names the next stage with its readiness and every blocker, biggest shortfall × weight first', () => {
    const result = assessStage(levels({ ...AT_MID, mlops: 3, communication: 1 }), set);
    expect(result.index).toBe(1);
    // senior: mlops is at 3 (weight 2 of 10 met)
    expect(result.next).toEqual({
      index: 2,
      readiness: 0.2,
      // A linear ladder: no stage is one of several paths, so nothing is judged on its raises alone.
      definingReadiness: 1,
      blockers: [
        { competency: 'python', title: 'Python', category: 'tech', level: 2, expected: 3, shortfall: 1, blocksBy: 'coverage' },
        { competency: 'cloud', title: 'Cloud', category: 'tech', level: 1, expected: 2, shortfall: 1, blocksBy: 'coverage' },
        { competency: 'communication', title: 'Communication', category: 'people', level: 1, expected: 3, shortfall: 2, blocksBy: 'shortfall' },
        { competency: 'mentoring', title: 'Mentoring', category: 'people', level: 1, expected: 2, shortfall: 1, blocksBy: 'coverage' },
      ],
    });
  });

  it('has no next stage at the top', () => {
    expect(assessStage(levels(AT_STAFF), set).next).toBeNull();
  });

  it('points at the first stage itself when even that is not met', () => {
    const result = assessStage(levels({ ...NONE, python: 0, cloud: 0 }), set);
    expect(result).toMatchObject({ index: 0, met: false, next: { index: 0, readiness: 0.333 } });
    expect(result.next?.blockers.map((blocker) => blocker.competency)).toEqual(['python']);
  });

  it('reports a competency without an expectation for a stage as a rubric problem', () => {
    const broken = syntheticSet();
    delete broken.categories[0]!.competencies[0]!.expectations.senior;
    expect(() => assessStage(levels(AT_STAFF, broken), broken)).toThrow(RubricError);
    expect(() => assessStage(levels(AT_STAFF, broken), broken)).toThrow('no expected level for stage "senior"');
  });

  it('gives readiness 0 and no blockers when nothing is assessed', () => {
    expect(assessStage(levels(NONE), set)).toEqual({
      index: 0,
      met: false,
      alsoMet: [],
      next: { index: 0, readiness: 0, definingReadiness: 1, blockers: [] },
      otherNext: [],
    });
  });
});

describe('readinessFor', () => {
  it.each<[string, Record<string, number | null>, string, number, string[]]>([
    ['a stage already passed is fully ready', AT_SENIOR, 'mid', 1, []],
    ['the stage itself', AT_SENIOR, 'senior', 1, []],
    ['two stages up', AT_MID, 'staff', 0, ['python', 'cloud', 'communication', 'mentoring', 'mlops']],
    ['partly ready', { ...AT_SENIOR, python: 4, cloud: 3 }, 'staff', 0.8, ['communication', 'mentoring']],
  ])('%s', (_name, byId, stageId, readiness, blockers) => {
    const result = readinessFor(levels(byId), set, set.stages.findIndex((stage) => stage.id === stageId));
    expect(result.readiness).toBe(readiness);
    expect(result.blockers.map((blocker) => blocker.competency)).toEqual(blockers);
  });

  it('rejects a stage index outside the ladder', () => {
    expect(() => readinessFor(levels(AT_MID), set, 9)).toThrow(RangeError);
  });
});
