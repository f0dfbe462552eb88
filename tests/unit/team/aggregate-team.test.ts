import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateTeam, median, SHARED_GAPS_SHOWN, type TeamMember } from '../../../src/team/aggregate-team.ts';
import { teamSchema, type Team } from '../../../src/contracts/team.ts';
import type { Report } from '../../../src/contracts/report.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { builtinSet, reportAt, variedReport } from '../../helpers/built-reports.ts';

let set: RubricSet;
let reports: Report[];
let team: Team;

const member = (report: Report, index: number): TeamMember => ({ name: report.subject ?? `file-${index}`, source: `r${index}.json`, report });

beforeAll(async () => {
  set = await builtinSet();
  reports = Array.from({ length: 7 }, (_, n) => variedReport(set, n, `person ${n}`));
  team = aggregateTeam(reports.map(member), { toolVersion: '9.9.9', anonymized: false });
});

describe('median', () => {
  it.each([
    [[], null],
    [[2], 2],
    [[1, 3], 2],
    [[1, 2, 4], 2],
    [[0, 1, 3, 4], 2],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('aggregateTeam', () => {
  it('passes its schema', () => {
    expect(() => teamSchema.parse(team)).not.toThrow();
    expect(team.size).toBe(7);
  });

  it('counts every person once in the stage distribution, lowest stage first', () => {
    expect(team.stages.reduce((sum, stage) => sum + stage.people, 0)).toBe(7);
    for (const report of reports) expect(team.stages.find((stage) => stage.id === report.stage.id)).toBeDefined();
    const indexes = team.stages.map((stage) => stage.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('gives each competency the median, minimum and maximum of the levels', () => {
    for (const [column, competency] of team.competencies.entries()) {
      const levels = reports.map((report) => report.competencies.find((entry) => entry.id === competency.id)!.level!).sort((a, b) => a - b);
      expect(competency.min).toBe(levels[0]);
      expect(competency.max).toBe(levels[6]);
      expect(competency.median).toBe(levels[3]);
      expect(team.people.map((person) => person.levels[column]).sort((a, b) => a! - b!)).toEqual(levels);
    }
  });

  it("counts the people below their own next stage's expectation from their blockers", () => {
    for (const competency of team.competencies) {
      const below = reports.filter((report) => report.nextStage?.blockers.some((blocker) => blocker.competency === competency.id)).length;
      expect(competency.belowNext, competency.id).toBe(below);
    }
  });

  it('lists the largest shared gaps first, with the learning steps people need and how many need each', () => {
    expect(team.sharedGaps.length).toBeGreaterThan(0);
    expect(team.sharedGaps.length).toBeLessThanOrEqual(SHARED_GAPS_SHOWN);
    const counts = team.sharedGaps.map((gap) => gap.people);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const top = team.sharedGaps[0]!;
    expect(top.people).toBe(Math.max(...team.competencies.map((competency) => competency.belowNext)));
    expect(top.share).toBeCloseTo(top.people / 7, 3);
    expect(top.steps.length).toBeGreaterThan(0);
    for (const step of top.steps) {
      const needing = reports.filter((report) => report.gaps.some((gap) => gap.competency === top.id && gap.steps.some((s) => s.from === step.from))).length;
      expect(step.people).toBe(needing);
      expect(step.actions.length).toBeGreaterThan(0);
    }
  });

  it('orders people by stage, then overall score, highest first', () => {
    const keys = team.people.map((person) => [person.stage.index, person.overall ?? -1] as const);
    for (let i = 1; i < keys.length; i++) {
      const [stage, score] = keys[i]!;
      const [previousStage, previousScore] = keys[i - 1]!;
      expect(stage < previousStage || (stage === previousStage && score <= previousScore)).toBe(true);
    }
  });

  it('takes the columns from all reports: a partial report leaves its other cells empty', () => {
    const first = set.categories[0]!;
    const partial = reportAt(set, { level: 2, only: [first.id], subject: 'partial' });
    const mixed = aggregateTeam([member(partial, 0), member(reports[0]!, 1)], { toolVersion: '9.9.9', anonymized: false });
    expect(mixed.competencies.length).toBe(set.categories.reduce((sum, category) => sum + category.competencies.length, 0));
    const row = mixed.people.find((person) => person.name === 'partial')!;
    expect(row.levels.filter((level) => level !== null)).toHaveLength(first.competencies.length);
    const other = mixed.competencies.findIndex((competency) => competency.category !== first.id);
    expect(mixed.competencies[other]!.assessed).toBe(1);
  });

  it('needs at least one report', () => {
    expect(() => aggregateTeam([], { toolVersion: '9.9.9', anonymized: false })).toThrow(RangeError);
  });

  it('is the same for any order of the reports, ties included', () => {
    const twin = { ...reports[0]!, subject: null };
    const members = [...reports.map(member), { name: 'twin', source: 'a/twin.json', report: twin }, { name: 'twin', source: 'b/twin.json', report: { ...twin, generatedAt: reports[1]!.generatedAt } }];
    const forward = aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false });
    const backward = aggregateTeam([...members].reverse(), { toolVersion: '9.9.9', anonymized: false });
    expect(backward).toEqual(forward);
  });

  it('keeps only the day of each report when anonymized', () => {
    const anonymous = aggregateTeam(reports.map((report, index) => ({ ...member(report, index), source: null })), { toolVersion: '9.9.9', anonymized: true });
    for (const person of anonymous.people) expect(person.generatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    expect(() => teamSchema.parse(anonymous)).not.toThrow();
  });
});

describe('tracks in the team view', () => {
  const coreLevels = (track: string, level: number) =>
    Object.fromEntries(Object.entries(set.tracks.find((entry) => entry.id === track)!.weights).filter(([, weight]) => weight >= 3).map(([id]) => [id, level]));

  it('counts the mix of best-fitting tracks and names who fits each best', () => {
    const members = [
      reportAt(set, { level: coreLevels('data-scientist', 4), otherwise: 1, subject: 'dana' }),
      reportAt(set, { level: coreLevels('data-scientist', 3), otherwise: 1, subject: 'dave' }),
      reportAt(set, { level: coreLevels('ai-product-manager', 4), otherwise: 1, subject: 'pat' }),
      reportAt(set, { level: 2, subject: 'flat' }),
    ].map(member);
    const view = aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false });
    expect(teamSchema.parse(view)).toEqual(view);
    expect(view.tracks.map((track) => [track.id, track.people])).toEqual([
      ['data-scientist', 2],
      ['ai-product-manager', 1],
      ['ai-ethics-policy-analyst', 0],
      ['ai-research-scientist', 0],
      ['ml-consultant', 0],
      ['systems-engineer', 0],
    ]);
    expect(view.unclearFit).toBe(1);
    expect(view.tracks.find((track) => track.id === 'data-scientist')!.bestFits.map((fit) => fit.name)).toEqual(['dana', 'dave', 'pat']);
    expect(view.people.find((person) => person.name === 'flat')!.track).toBeNull();
    expect(view.people.find((person) => person.name === 'pat')!.track).toEqual({ id: 'ai-product-manager', title: 'AI Product Manager' });
  });

  it('reports from before tracks leave the view without tracks', () => {
    const view = aggregateTeam([member({ ...reportAt(set, { level: 2 }), tracks: [] }, 0)], { toolVersion: '9.9.9', anonymized: false });
    expect(view.tracks).toEqual([]);
    expect(view.unclearFit).toBe(1);
  });
});
