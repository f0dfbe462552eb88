import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/contracts/answers.ts';
import { buildReport, type ReportOptions } from '../../../src/assessment/build-report.ts';
import { stepsBetween } from '../../../src/assessment/gaps.ts';
import { UsageError } from '../../../src/errors.ts';
import { reportSchema } from '../../../src/contracts/report.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';

const set = syntheticSet();
const options: ReportOptions = { quick: false, generatedAt: new Date('2025-01-02T03:04:05.000Z'), toolVersion: '9.9.9' };

// Levels from behaviour questions only: python 2 (py-years is evidence), mlops (1×2 + 2×1) / 3
// = 1.33 → 1 (its tools and deployed answers are evidence), cloud 3, communication 2,
// mentoring 3 (mentor-done is evidence), ethics 4 (weight 0), research n/a.
// Weights: python 4, mlops 2, cloud 2, communication 1, mentoring 1 (10 in all).
// Mid is met at exactly 0.8 coverage (mlops one short, no near-miss credit in this set).
const profile: Answers = {
  'py-level': { value: 2 },
  'py-years': { value: 3, note: 'since 2021' },
  'mlops-level': { value: 1 },
  'mlops-rollback': { value: 2 },
  'mlops-tools': { value: ['docker', 'kubernetes', 'airflow'] },
  'mlops-deployed': { value: false },
  'cloud-depth': { value: 'many' },
  'comm-level': { value: 2 },
  'mentor-done': { value: true },
  'mentor-level': { value: 3 },
  'ethics-level': { value: 4 },
  'research-level': { value: 'n/a' },
};

describe('buildReport', () => {
  const report = buildReport(set, profile, { ...options, subject: 'Ada' });

  it('passes the report schema', () => {
    expect(reportSchema.parse(report)).toEqual(report);
  });

  it('describes the tool, the run and the rubric set', () => {
    expect(report).toMatchObject({
      schemaVersion: 3,
      tool: { name: 'ml-career', version: '9.9.9' },
      generatedAt: '2025-01-02T03:04:05.000Z',
      subject: 'Ada',
      rubricSet: { id: 'synthetic', title: 'Synthetic set', version: '1.2.3', digest: 'sha256:synthetic' },
      scope: { quick: false, only: null, questions: 12, weighted: true },
      complete: true,
      missing: [],
      attainment: { coverage: 0.8, maxShortfall: 1, nearMissCredit: 0 },
    });
  });

  it('gives the assessed stage in full and the next one with its blockers', () => {
    expect(report.stage).toEqual({
      id: 'mid',
      title: 'Mid',
      alsoKnownAs: [],
      index: 1,
      years: { min: 2, max: 5 },
      height: 1,
      salaries: [{ currency: 'USD', year: 2024, min: 100000, max: 150000, source: 'Synthetic › For tests' }],
      met: true,
      alsoMet: [],
      bounds: {
        low: { id: 'mid', title: 'Mid', met: true },
        high: { id: 'mid', title: 'Mid', met: true },
        possible: [{ id: 'mid', title: 'Mid', met: true }],
        certain: true,
        open: 0,
      },
    });
    expect(report.nextStage).toMatchObject({ id: 'senior', title: 'Senior', readiness: 0.3 });
    expect(report.nextStage?.blockers.map((blocker) => [blocker.competency, blocker.shortfall, blocker.blocksBy])).toEqual([
      ['mlops', 2, 'shortfall'],
      ['python', 1, 'coverage'],
      ['communication', 1, 'coverage'],
    ]);
    expect(report.target).toMatchObject({ id: 'senior', title: 'Senior', readiness: 0.3 });
  });

  it('gives the shortest path to the next stage: mlops must come within one level, then the cheapest credit', () => {
    // Senior needs 8 of 10: cloud and mentoring give 3. Raising python (+4) and mlops 1→3 (+2) costs 3 levels
    // and reaches 9; python, mlops 1→2 and communication also cost 3 but reach only 8, so the first wins.
    expect(report.nextStage?.path).toEqual([
      { competency: 'mlops', title: 'MLOps', category: 'tech', from: 1, to: 3, action: 'Containerise a model' },
      { competency: 'python', title: 'Python', category: 'tech', from: 2, to: 3, action: 'Profile and speed up a service' },
    ]);
    expect(report.target.path).toEqual(report.nextStage?.path);
  });

  it('scores categories and overall', () => {
    expect(report.categories).toEqual([
      { id: 'tech', title: 'Technical', weight: 2, score: 50 },
      { id: 'people', title: 'People', weight: 1, score: 62.5 },
      { id: 'context', title: 'Context', weight: 0, score: null },
    ]);
    // (50 × 2 + 62.5) / 3
    expect(report.overall).toEqual({ score: 54.2 });
  });

  it('lists every competency with its expectations at the target and now', () => {
    expect(report.competencies.find((entry) => entry.id === 'mlops')).toEqual({
      id: 'mlops', title: 'MLOps', category: 'tech', weight: 2, level: 1, mean: 1.33, expected: 3, expectedNow: 2, gap: 2,
    });
    expect(report.competencies.find((entry) => entry.id === 'research')).toMatchObject({ level: null, gap: 0, weight: 0 });
    expect(report.competencies.map((entry) => entry.id)).toEqual(['python', 'mlops', 'cloud', 'communication', 'mentoring', 'ethics', 'research']);
  });

  it('orders gaps by gap × weight, with the learning steps from the level below up to the target', () => {
    expect(report.gaps.map((gap) => [gap.competency, gap.gap, gap.priority, gap.steps.map((step) => `${step.from}→${step.to}`)])).toEqual([
      ['mlops', 2, 4, ['1→2']],
      ['python', 1, 4, ['2→3']],
      ['communication', 1, 1, []],
    ]);
    expect(report.gaps[1]?.steps[0]).toEqual({ from: 2, to: 3, actions: ['Profile and speed up a service'], resources: [] });
  });

  it('lists strengths at or above the target stage, weighted only, never a gap, the biggest margin (then weight) first', () => {
    // ethics (4, weight 0) is context only; python, mlops and communication are gaps.
    expect(report.strengths.map((strength) => [strength.competency, strength.level, strength.expected, strength.margin])).toEqual([
      ['cloud', 3, 2, 1],
      ['mentoring', 3, 2, 1],
    ]);
  });

  it('puts evidence answers in their own section, with the level they indicate', () => {
    expect(report.evidence.map((entry) => [entry.question, entry.competency, entry.level])).toEqual([
      ['py-years', 'python', 2],
      ['mlops-tools', 'mlops', 3],
      ['mlops-deployed', 'mlops', 0],
      ['mentor-done', 'mentoring', 3],
    ]);
  });

  it('records every answer in scope with its level and note', () => {
    expect(report.answers['py-years']).toEqual({ value: 3, note: 'since 2021', level: 2, role: 'evidence' });
    expect(report.answers['research-level']).toEqual({ value: 'n/a', level: null, role: 'behaviour' });
    expect(Object.keys(report.answers)).toHaveLength(12);
  });

  it('measures against a chosen target stage', () => {
    const toStaff = buildReport(set, profile, { ...options, target: 'staff' });
    expect(toStaff.target).toMatchObject({ id: 'staff', title: 'Staff', readiness: 0.3 });
    expect(toStaff.nextStage?.id).toBe('senior');
    expect(toStaff.gaps.find((gap) => gap.competency === 'python')?.steps.map((step) => step.from)).toEqual([2, 3]);
    const toJunior = buildReport(set, profile, { ...options, target: 'junior' });
    expect(toJunior.target.readiness).toBe(1);
    expect(toJunior.gaps).toEqual([]);
  });

  it('refuses an unknown target, listing the stages', () => {
    expect(() => buildReport(set, profile, { ...options, target: 'principal' })).toThrow(UsageError);
    try {
      buildReport(set, profile, { ...options, target: 'principal' });
    } catch (error) {
      expect((error as UsageError).hint).toBe('stages: junior, mid, senior, staff');
    }
  });

  it('targets the assessed stage at the top of the ladder', () => {
    const top: Answers = { 'py-level': { value: 4 }, 'mlops-level': { value: 3 }, 'cloud-depth': { value: 'many' }, 'comm-level': { value: 4 }, 'mentor-level': { value: 3 } };
    const result = buildReport(set, top, options);
    expect(result.stage).toMatchObject({ id: 'staff', met: true, years: { min: 8 }, salaries: [] });
    expect(result.nextStage).toBeNull();
    expect(result.target).toEqual({ id: 'staff', title: 'Staff', readiness: 1, path: [] });
    expect(result.complete).toBe(false);
    expect(result.missing).toEqual(['py-years', 'mlops-tools', 'mlops-deployed', 'mlops-rollback', 'mentor-done', 'ethics-level', 'research-level']);
  });

  it('limits everything to the categories of --only, ignoring answers outside them', () => {
    const result = buildReport(set, profile, { ...options, only: ['people'] });
    expect(reportSchema.safeParse(result).success).toBe(true);
    expect(result.scope).toEqual({ quick: false, only: ['people'], questions: 4, weighted: true });
    expect(result.competencies.map((entry) => entry.id)).toEqual(['communication', 'mentoring', 'ethics']);
    expect(result.categories.map((entry) => entry.id)).toEqual(['people']);
    expect(Object.keys(result.answers)).toEqual(['comm-level', 'mentor-done', 'mentor-level', 'ethics-level']);
    // Only communication (2) and mentoring (3) count: mid is met, senior only at 0.5 coverage.
    expect(result.stage.id).toBe('mid');
  });

  it('bounds a quick run by the stages its unasked behaviour questions allow', () => {
    // Quick asks py-level 2, mlops-level 1, cloud many, comm 2, mentor-level 3: mid. The unasked mlops-rollback
    // at 4 lifts mlops to (2 + 4) / 3 = 2, still short of senior's 3; at 0 it drops mlops to 1: still mid.
    const quick = buildReport(set, profile, { ...options, quick: true });
    expect(quick.stage.id).toBe('mid');
    const mid = { id: 'mid', title: 'Mid', met: true };
    expect(quick.stage.bounds).toEqual({ low: mid, high: mid, possible: [mid], certain: true, open: 1 });
    const unsure = buildReport(set, { ...profile, 'mlops-level': { value: 2 } }, { ...options, quick: true });
    // mlops-level 2: the full run's mlops is (4 + rollback) / 3: 1 with rollback 0 (mid is then 0.8 without mlops), up to 3.
    expect(unsure.stage.bounds.certain).toBe(unsure.stage.bounds.low.id === unsure.stage.bounds.high.id);
  });

  it('treats an empty --only list as every category', () => {
    expect(buildReport(set, profile, { ...options, only: [] }).scope.only).toBeNull();
  });

  it('reports the first stage as not met when nothing is answered', () => {
    const empty = buildReport(set, {}, { ...options, quick: true });
    expect(reportSchema.safeParse(empty).success).toBe(true);
    expect(empty.stage).toMatchObject({ id: 'junior', met: false });
    expect(empty.nextStage).toEqual({ id: 'junior', title: 'Junior', index: 0, readiness: 0, definingReadiness: 1, blockers: [], path: [], alternatives: [] });
    expect(empty.gaps).toEqual([]);
    expect(empty.scope.questions).toBe(7);
  });
});

describe('stepsBetween', () => {
  const python = set.categories[0]!.competencies[0]!;
  it.each<[number, number, string[]]>([
    [1.5, 3, ['1→2', '2→3']],
    [0, 4, ['0→1', '1→2', '2→3', '3→4']],
    [2, 3, ['2→3']],
    [2.99, 3, ['2→3']],
    [3, 3, []],
  ])('level %s to %s', (level, expected, steps) => {
    expect(stepsBetween(python, level, expected, { answers: {}, questions: new Map() }).map((step) => `${step.from}→${step.to}`)).toEqual(steps);
  });
});
