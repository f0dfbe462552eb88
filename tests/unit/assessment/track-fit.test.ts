import { describe, expect, test } from 'vitest';
import { CORE_TRACK_WEIGHT } from '../../../src/contracts/tracks.ts';
import { reportSchema } from '../../../src/contracts/report.ts';
import { buildReport } from '../../../src/assessment/build-report.ts';
import { builtinSet, reportAt } from '../../helpers/built-reports.ts';

const set = await builtinSet();
const coreOf = (id: string) => Object.entries(set.tracks.find((track) => track.id === id)!.weights).filter(([, weight]) => weight >= CORE_TRACK_WEIGHT).map(([competency]) => competency);

describe('which track fits', () => {
  // A profile strong (level 4) in one track's core competencies and level 1 elsewhere.
  test.each(set.tracks.map((track) => [track.id]))('a profile strong in the core of %s ranks it first, as a strong fit', (id) => {
    const report = reportAt(set, { level: Object.fromEntries(coreOf(id).map((competency) => [competency, 4])), otherwise: 1 });
    expect(report.tracks[0]).toMatchObject({ id, strong: true, coverage: 1 });
    expect(report.tracks[0]!.drivers).toHaveLength(3);
    expect(report.tracks[0]!.drivers.every((driver) => driver.level === 4 && driver.weight === CORE_TRACK_WEIGHT)).toBe(true);
  });

  test.each([0, 2, 4])('a flat profile (every level %i) has no strong fit: every lift is 0', (level) => {
    const report = reportAt(set, { level });
    expect(report.tracks.map((track) => [track.lift, track.strong])).toEqual(set.tracks.map(() => [0, false]));
    expect(report.tracks.every((track) => track.fit === level / 4)).toBe(true);
  });

  test('a profile with too few answers says so: no fit, coverage under 0.7', () => {
    const report = reportAt(set, { level: 3, only: ['engineering', 'ml'] });
    expect(report.tracks.length).toBe(set.tracks.length);
    for (const track of report.tracks) {
      expect(track.fit).toBeNull();
      expect(track.coverage).toBeLessThan(0.7);
      expect(track.strong).toBe(false);
    }
  });

  test("a track's question weights read a mixed competency its own way", () => {
    // Train/test discipline at 4, online A/B tests at 0: the competency's level is 3 (key question weighs 2).
    const answers = reportAt(set, { level: { 'training-evaluation': 4 }, otherwise: 2 });
    const abTesting = set.categories.flatMap((category) => category.competencies).find((competency) => competency.id === 'training-evaluation')!.questions.find((question) => question.id === 'training-evaluation-ab-testing')!;
    const lowAb = { ...Object.fromEntries(Object.entries(answers.answers).map(([id, answer]) => [id, { value: answer.value }])), [abTesting.id]: { value: 0 } };
    const report = buildReport(set, lowAb, { quick: false, generatedAt: new Date(0), toolVersion: 'test' });
    expect(report.competencies.find((competency) => competency.id === 'training-evaluation')!.level).toBe(3);
    const driverLevel = (track: string) => report.tracks.find((fit) => fit.id === track)!.drivers.find((driver) => driver.competency === 'training-evaluation')?.level;
    expect(driverLevel('ai-research-scientist')).toBe(4);
    expect(driverLevel('data-scientist')).toBe(3);
    // The product manager reads the A/B question only: level 0, below the own mean, so no driver.
    expect(driverLevel('ai-product-manager')).toBeUndefined();
  });

  test('the gap is the weakest core competency below the top level', () => {
    const report = reportAt(set, { level: { 'math-statistics': 4, 'training-evaluation': 4, 'feature-engineering': 1 }, otherwise: 2 });
    const scientist = report.tracks.find((track) => track.id === 'data-scientist')!;
    expect(scientist.gap).toEqual({ competency: 'feature-engineering', title: expect.any(String), level: 1 });
    expect(reportSchema.parse(report)).toEqual(report);
  });
});
