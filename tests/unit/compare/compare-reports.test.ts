import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/compare/compare-reports.ts';
import { reportMismatch } from '../../../src/compare/mismatch.ts';
import { comparisonSchema } from '../../../src/contracts/comparison.ts';
import type { Report } from '../../../src/contracts/report.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { builtinSet, reportAt } from '../../helpers/built-reports.ts';

let set: RubricSet;
const named = (report: Report, source: string) => ({ source, report });

beforeAll(async () => {
  set = await builtinSet();
});

function compare(before: Report, after: Report) {
  const comparison = compareReports(named(before, 'old.json'), named(after, 'new.json'), '9.9.9');
  comparisonSchema.parse(comparison);
  return comparison;
}

describe('compareReports on one rubric set', () => {
  it.each([
    [1, 3, 'up'],
    [3, 1, 'down'],
    [2, 2, 'same'],
  ] as const)('level %d → %d: stage change %s', (from, to, change) => {
    const comparison = compare(reportAt(set, { level: from }), reportAt(set, { level: to }));
    expect(comparison.stage.change).toBe(change);
    expect(comparison.sameRubricSet).toBe(true);
    expect(comparison.onlyInOld).toEqual({ categories: [], competencies: [] });
  });

  it('lists every competency that moved with its old and new level, largest move first', () => {
    const before = reportAt(set, { level: 2 });
    const after = reportAt(set, { level: { programming: 4, 'cloud-containers': 1 }, otherwise: 2 });
    const comparison = compare(before, after);
    const level = (report: Report, id: string) => report.competencies.find((competency) => competency.id === id)!.level!;
    expect(comparison.moved.map((move) => [move.id, move.old, move.new])).toEqual([
      ['programming', level(before, 'programming'), level(after, 'programming')],
      ['cloud-containers', level(before, 'cloud-containers'), level(after, 'cloud-containers')],
    ]);
    expect(comparison.moved[0]!.change).toBeGreaterThan(0);
    expect(comparison.moved[1]!.change).toBeLessThan(0);
    expect(Math.abs(comparison.moved[0]!.change!)).toBeGreaterThan(Math.abs(comparison.moved[1]!.change!));
    const total = set.categories.reduce((sum, category) => sum + category.competencies.length, 0);
    expect(comparison.unchanged).toBe(total - 2);
  });

  it('gives the overall and category changes as new − old', () => {
    const before = reportAt(set, { level: 1 });
    const after = reportAt(set, { level: 3 });
    const comparison = compare(before, after);
    expect(comparison.overall).toEqual({ old: before.overall.score, new: after.overall.score, change: expect.closeTo(after.overall.score! - before.overall.score!, 1) });
    for (const category of comparison.categories) {
      const old = before.categories.find((entry) => entry.id === category.id)!.score!;
      const now = after.categories.find((entry) => entry.id === category.id)!.score!;
      expect(category.change).toBeCloseTo(now - old, 1);
    }
  });

  it('closes a gap only when the new level reaches what the old report expected', () => {
    const before = reportAt(set, { level: 1 });
    const programmingGap = before.gaps.find((gap) => gap.competency === 'programming')!;
    expect(programmingGap).toBeDefined();
    const reached = reportAt(set, { level: { programming: programmingGap.expected }, otherwise: 1 });
    expect(compare(before, reached).gapsClosed.map((gap) => gap.id)).toEqual(['programming']);
    // Everyone at 0: the target drops to a lower stage, but nothing was reached.
    expect(compare(before, reportAt(set, { level: 0 })).gapsClosed).toEqual([]);
  });

  it('opens a gap the old report did not have', () => {
    const before = reportAt(set, { level: 3 });
    const met = before.competencies.find((competency) => competency.weight > 0 && !before.gaps.some((gap) => gap.competency === competency.id))!;
    expect(met).toBeDefined();
    const after = reportAt(set, { level: { [met.id]: 0 }, otherwise: 3 });
    const opened = compare(before, after).gapsOpened;
    expect(opened.map((gap) => gap.id)).toContain(met.id);
    expect(opened.find((gap) => gap.id === met.id)).toEqual(expect.objectContaining({ level: 0 }));
    for (const gap of opened) expect(before.gaps.some((old) => old.competency === gap.id)).toBe(false);
  });
});

describe('why a gap opened', () => {
  const level = (report: Report, id: string) => report.competencies.find((competency) => competency.id === id)!;

  it('target-raised: the level did not drop, the next stage expects more', () => {
    const before = reportAt(set, { level: 1 });
    const after = reportAt(set, { level: 3 });
    expect(after.stage.index).toBeGreaterThan(before.stage.index);
    const opened = compare(before, after).gapsOpened;
    expect(opened.length).toBeGreaterThan(0);
    for (const gap of opened) {
      expect(gap.cause).toBe('target-raised');
      expect(gap.oldLevel).toBe(level(before, gap.id).level);
      expect(gap.oldExpected).toBe(level(before, gap.id).expected);
      expect(gap.level).toBeGreaterThanOrEqual(gap.oldLevel!);
      expect(gap.expected).toBeGreaterThan(gap.oldExpected);
    }
  });

  it('level-dropped: the level went down', () => {
    const before = reportAt(set, { level: 3 });
    const met = before.competencies.find((competency) => competency.weight > 0 && !before.gaps.some((gap) => gap.competency === competency.id))!;
    const after = reportAt(set, { level: { [met.id]: 0 }, otherwise: 3 });
    const gap = compare(before, after).gapsOpened.find((opened) => opened.id === met.id)!;
    expect(gap).toMatchObject({ cause: 'level-dropped', level: 0, oldLevel: met.level, oldExpected: met.expected });
  });

  it('level-dropped wins when the level went down and the next stage also expects more', () => {
    const before = reportAt(set, { level: 2 });
    const candidates = before.competencies.filter((competency) => competency.weight > 0 && !before.gaps.some((gap) => gap.competency === competency.id));
    const dropped = candidates.find((competency) => {
      const after = reportAt(set, { level: { [competency.id]: 1 }, otherwise: 3 });
      return after.gaps.some((gap) => gap.competency === competency.id) && level(after, competency.id).expected > competency.expected;
    })!;
    expect(dropped).toBeDefined();
    const after = reportAt(set, { level: { [dropped.id]: 1 }, otherwise: 3 });
    const comparison = compare(before, after);
    expect(comparison.gapsOpened.find((gap) => gap.id === dropped.id)).toMatchObject({ cause: 'level-dropped', oldLevel: dropped.level });
  });

  it('newly-assessed: not assessed in the old report', () => {
    const before = reportAt(set, { level: 3 });
    const after = reportAt(set, { level: 1 });
    const gap = after.gaps[0]!;
    const unassessed: Report = {
      ...before,
      competencies: before.competencies.map((competency) => (competency.id === gap.competency ? { ...competency, level: null, gap: 0 } : competency)),
      gaps: before.gaps.filter((old) => old.competency !== gap.competency),
    };
    expect(compare(unassessed, after).gapsOpened.find((opened) => opened.id === gap.competency)).toMatchObject({ cause: 'newly-assessed', oldLevel: null });
  });

  it('lists opened gaps grouped by cause, in the new report\'s order within a group', () => {
    const before = reportAt(set, { level: 2 });
    const met = before.competencies.filter((competency) => competency.weight > 0 && !before.gaps.some((gap) => gap.competency === competency.id));
    // One competency lower, every other one higher: some gaps open by the drop, others because the next stage expects more.
    const mixed = met
      .map((competency) => compare(before, reportAt(set, { level: { [competency.id]: 1 }, otherwise: 3 })).gapsOpened)
      .find((gaps) => new Set(gaps.map((gap) => gap.cause)).size === 2);
    expect(mixed).toBeDefined();
    const opened = mixed!;
    const causes = opened.map((gap) => gap.cause);
    expect(new Set(causes)).toEqual(new Set(['target-raised', 'level-dropped']));
    expect(causes).toEqual([...causes].sort((a, b) => ['target-raised', 'level-dropped', 'newly-assessed'].indexOf(a) - ['target-raised', 'level-dropped', 'newly-assessed'].indexOf(b)));
    const after = reportAt(set, { level: { [opened.find((gap) => gap.cause === 'level-dropped')!.id]: 1 }, otherwise: 3 });
    const order = after.gaps.map((gap) => gap.competency);
    for (const cause of new Set(causes)) {
      const group = opened.filter((gap) => gap.cause === cause).map((gap) => order.indexOf(gap.id));
      expect(group).toEqual([...group].sort((a, b) => a - b));
    }
  });
});

describe('compareReports across rubric sets', () => {
  it('compares the shared competencies and lists the rest on each side', () => {
    const ids = set.categories.map((category) => category.id);
    const before = reportAt(set, { level: 2, only: ids.slice(0, 3) });
    const after = reportAt(set, { level: 3, only: ids.slice(1, 4) });
    const changed = { ...after, rubricSet: { ...after.rubricSet, version: '9.9.9' } };
    const comparison = compare(before, changed);
    expect(comparison.sameRubricSet).toBe(false);
    expect(comparison.onlyInOld.categories.map((category) => category.id)).toEqual([ids[0]]);
    expect(comparison.onlyInNew.categories.map((category) => category.id)).toEqual([ids[3]]);
    const shared = set.categories.slice(1, 3).flatMap((category) => category.competencies.map((competency) => competency.id));
    expect([...comparison.moved.map((move) => move.id), ...Array(comparison.unchanged).fill('same')].length).toBe(shared.length);
    expect(comparison.moved.every((move) => shared.includes(move.id))).toBe(true);
    expect(comparison.categories.map((category) => category.id)).toEqual(ids.slice(1, 3));
  });
});

describe('reportMismatch', () => {
  it('is undefined for the same subject (ignoring case and spacing) and scope (in any order)', () => {
    const ids = set.categories.map((category) => category.id);
    const a = reportAt(set, { level: 2, subject: 'Ada Lovelace', only: [ids[0]!, ids[1]!] });
    const b = reportAt(set, { level: 3, subject: ' ada  lovelace', only: [ids[1]!, ids[0]!] });
    expect(reportMismatch(a, b)).toBeUndefined();
  });

  it('is undefined when either report names no subject', () => {
    expect(reportMismatch(reportAt(set, { level: 2 }), reportAt(set, { level: 2, subject: 'Ada' }))).toBeUndefined();
  });

  it('names different subjects and different scopes', () => {
    const ids = set.categories.map((category) => category.id);
    const a = reportAt(set, { level: 2, subject: 'Ada' });
    const b = reportAt(set, { level: 2, subject: 'Grace', only: [ids[0]!] });
    expect(reportMismatch(a, b)).toEqual({ subjects: ['Ada', 'Grace'], scopes: [{ quick: false, only: null }, { quick: false, only: [ids[0]] }] });
    const quick = { ...a, scope: { ...a.scope, quick: true } };
    expect(reportMismatch(a, quick)).toEqual({ scopes: [{ quick: false, only: null }, { quick: true, only: null }] });
  });
});
