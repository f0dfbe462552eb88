/**
 * The ladder branches after the lead: an architect path and a director path. A
 * person exactly at one path's expectations is assessed on that path, one who meets
 * both has both named, and neither path is reachable without the lead.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport } from '../../../src/assessment/build-report.ts';
import { assessStage } from '../../../src/assessment/stage.ts';
import type { Answers } from '../../../src/contracts/answers.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { renderTextSummary } from '../../../src/render/report/render-text.ts';
import { valueAtLevel } from '../../helpers/answers-at.ts';
import { loadBuiltinRubricSet } from '../../helpers/verdict-core.ts';

let set: RubricSet;
beforeAll(async () => {
  set = await loadBuiltinRubricSet();
});

/** Every question answered at the level `levelOf` gives its competency. */
function answersAt(levelOf: (expectations: Record<string, number>) => number): Answers {
  const answers: Answers = {};
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) answers[question.id] = { value: valueAtLevel(question, levelOf(competency.expectations)) };
    }
  }
  return answers;
}

const options = { quick: false, generatedAt: new Date(0), toolVersion: 'test' };

describe('the branching ladder', () => {
  test('architect and director both follow lead', () => {
    expect(set.stages.map((stage) => [stage.id, stage.follows ?? null])).toEqual([
      ['entry', null],
      ['mid', null],
      ['senior', null],
      ['lead', null],
      ['architect', 'lead'],
      ['director', 'lead'],
    ]);
  });

  test.each(['architect', 'director'])('a person exactly at the %s expectations is assessed %s, and only that', (id) => {
    const report = buildReport(set, answersAt((expectations) => expectations[id]!), options);
    expect(report.stage).toMatchObject({ id, met: true, alsoMet: [], height: 4 });
    expect(report.nextStage).toBeNull();
  });

  test('a person who meets both paths has both named, in the report and its summary', () => {
    const report = buildReport(set, answersAt((expectations) => Math.max(expectations.architect!, expectations.director!)), options);
    expect(report.stage.id).toBe('architect');
    expect(report.stage.alsoMet).toEqual([{ id: 'director', title: 'Director of AI/ML Engineering' }]);
    expect(renderTextSummary(report, { color: false, width: 80 })).toContain('Stage: Machine Learning Architect and Director of AI/ML Engineering');
  });

  test('at the lead, both paths are next: the more ready one leads, the other is named', () => {
    const report = buildReport(set, answersAt((expectations) => expectations.lead!), options);
    expect(report.stage.id).toBe('lead');
    const next = [report.nextStage!.id, ...report.nextStage!.alternatives.map((other) => other.id)];
    expect(next.sort()).toEqual(['architect', 'director']);
    expect(renderTextSummary(report, { color: false, width: 80 })).toMatch(/Another path from here: /);
  });

  test('neither path is reachable without the lead, even where its own check would pass', () => {
    // A made-up set in which lead expects more than architect somewhere (the lints refuse
    // that in a rubric file): three levels short of the lead there, the lead is not met.
    const first = set.categories[0]!.competencies[0]!;
    const broken: RubricSet = {
      ...set,
      categories: set.categories.map((category, c) =>
        c !== 0
          ? category
          : { ...category, competencies: category.competencies.map((competency) => (competency === first ? { ...competency, expectations: { ...competency.expectations, lead: 4, architect: 0 } } : competency)) },
      ),
    };
    const levels = broken.categories.flatMap((category) =>
      category.competencies.map((competency) => {
        const level = competency.id === first.id ? 1 : competency.expectations.architect!;
        return { competency, category, level, mean: level };
      }),
    );
    const assessment = assessStage(levels, broken);
    expect(broken.stages[assessment.index]!.id).toBe('senior');
  });
});
