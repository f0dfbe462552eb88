/**
 * Invariants of scoring and the stage rule, as a suite that runs on any rubric
 * set: the synthetic one (tests/property/assessment-synthetic.test.ts) and the built-in
 * one (tests/property/assessment-builtin.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/contracts/answers.ts';
import { buildReport } from '../../src/assessment/build-report.ts';
import { levelForAnswer } from '../../src/assessment/level.ts';
import { questionsInScope } from '../../src/assessment/scope.ts';
import { scoreAnswers, type CompetencyLevel } from '../../src/assessment/score.ts';
import { assessStage } from '../../src/assessment/stage.ts';
import { childrenOf } from '../../src/contracts/ladder.ts';
import { reportSchema } from '../../src/contracts/report.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { answersArbitrary, answersAtExtreme, answersAtLevels, sampleValues } from './answer-values.ts';

const generatedAt = new Date('2025-06-01T12:00:00.000Z');

function levelsAt(set: RubricSet, stageId: string): CompetencyLevel[] {
  return set.categories.flatMap((category) =>
    category.competencies.map((competency) => ({ competency, category, level: competency.expectations[stageId] ?? null, mean: competency.expectations[stageId] ?? null })),
  );
}

/** Every number that must not go down when an answer goes up. */
function measures(set: RubricSet, answers: Answers) {
  const scope = questionsInScope(set);
  const scores = scoreAnswers(set, answers, scope);
  return {
    competencies: scores.competencies.map((entry) => entry.level),
    categories: scores.categories.map((entry) => entry.score),
    overall: scores.overall,
    stage: assessStage(scores.competencies, set).index,
  };
}

function notLower(after: number | null, before: number | null): boolean {
  return before === null || (after !== null && after >= before);
}

export function describeAssessmentProperties(name: string, set: RubricSet): void {
  const scope = questionsInScope(set);

  describe(`assessment properties: ${name}`, () => {
    it('raising any single answer never lowers a competency level, a score or the stage', () => {
      const raised = answersArbitrary(scope).chain((answers) => {
        const raisable = scope.filter(({ question }) => {
          const answer = answers[question.id];
          return answer !== undefined && levelForAnswer(question, answer.value) !== null;
        });
        if (raisable.length === 0) return fc.constant(undefined);
        return fc.constantFrom(...raisable).chain(({ question }) => {
          const current = levelForAnswer(question, answers[question.id]!.value)!;
          const higher = sampleValues(question).filter((value) => levelForAnswer(question, value)! >= current);
          return fc.constantFrom(...higher).map((value) => ({ answers, raisedAnswers: { ...answers, [question.id]: { value } } }));
        });
      });
      fc.assert(
        fc.property(raised, (pair) => {
          // A precondition, not a silent return: fast-check fails the property if it can rarely raise anything.
          fc.pre(pair !== undefined);
          const before = measures(set, pair.answers);
          const after = measures(set, pair.raisedAnswers);
          after.competencies.forEach((level, index) => expect(notLower(level, before.competencies[index] ?? null)).toBe(true));
          after.categories.forEach((score, index) => expect(notLower(score, before.categories[index] ?? null)).toBe(true));
          expect(notLower(after.overall, before.overall)).toBe(true);
          expect(after.stage).toBeGreaterThanOrEqual(before.stage);
        }),
      );
    });

    it('builds deep-equal, schema-valid reports from the same answers, without changing them', () => {
      const options = fc.record({ quick: fc.boolean(), target: fc.option(fc.constantFrom(...set.stages.map((stage) => stage.id)), { nil: undefined }) });
      fc.assert(
        fc.property(answersArbitrary(scope), options, (answers, { quick, target }) => {
          const copy = structuredClone(answers);
          const run = () => buildReport(set, answers, { quick, ...(target ? { target } : {}), generatedAt, toolVersion: '0.0.0' });
          const first = run();
          expect(run()).toEqual(first);
          expect(reportSchema.parse(first)).toEqual(first);
          expect(answers).toEqual(copy);
        }),
      );
    });

    it.each(set.stages.map((stage, index) => [stage.id, index] as const))(
      'levels exactly at the %s expectations are assessed as that stage',
      (stageId, index) => {
        expect(assessStage(levelsAt(set, stageId), set)).toMatchObject({ index, met: true });
      },
    );

    // One test per stage, each of which must find its answers: none is skipped when answers cannot be found.
    it.each(set.stages.map((stage) => stage.id))('answers that give exactly the %s expectations report that stage', (stageId) => {
      const answers = answersAtLevels(set, (competency) => competency.expectations[stageId] ?? 0);
      expect(answers, `no answers give exactly the ${stageId} expectations`).toBeDefined();
      expect(buildReport(set, answers!, { quick: false, generatedAt, toolVersion: '0.0.0' }).stage).toMatchObject({ id: stageId, met: true });
    });

    it('every answer at its maximum gives every top stage (each path at the top of the ladder); every answer at its minimum gives the first', () => {
      const tops = set.stages.flatMap((_, index) => (childrenOf(set.stages, index).length === 0 ? [index] : []));
      const best = assessStage(scoreAnswers(set, answersAtExtreme(scope, 'max'), scope).competencies, set);
      expect([best.index, ...best.alsoMet].sort()).toEqual(tops);
      expect(assessStage(scoreAnswers(set, answersAtExtreme(scope, 'min'), scope).competencies, set).index).toBe(0);
    });
  });
}
