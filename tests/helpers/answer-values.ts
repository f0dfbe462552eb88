/**
 * Answer values for tests: every valid value of a question paired with its level,
 * fast-check arbitraries over valid answers, and answer sets at the extremes or at
 * chosen competency levels. Written against any RubricSet so the same properties
 * can run on the synthetic set and on the built-in one.
 */
import fc from 'fast-check';
import { NOT_APPLICABLE, type AnswerValue, type Answers } from '../../src/contracts/answers.ts';
import { levelForAnswer } from '../../src/assessment/level.ts';
import type { ScopedQuestion } from '../../src/assessment/scope.ts';
import type { Competency, Question, RubricSet } from '../../src/contracts/rubric.ts';

/** Representative valid values (not n/a): one per scale level, option and band edge. */
export function sampleValues(question: Question): AnswerValue[] {
  switch (question.kind) {
    case 'scale':
      return [0, 1, 2, 3, 4];
    case 'boolean':
      return [false, true];
    case 'choice':
      return question.options.map((option) => option.id);
    case 'multi': {
      const ids = question.options.map((option) => option.id);
      return ids.map((_, count) => ids.slice(0, count)).concat([ids]);
    }
    case 'number': {
      const edges = question.bands.map((band) => band.atLeast).filter((edge) => edge >= question.min && edge <= question.max);
      return [...new Set([question.min, ...edges, question.max])];
    }
  }
}

/** Any valid value of a question, n/a included when allowed. */
export function valueArbitrary(question: Question): fc.Arbitrary<AnswerValue> {
  const values: fc.Arbitrary<AnswerValue> = (() => {
    switch (question.kind) {
      case 'scale':
        return fc.integer({ min: 0, max: 4 });
      case 'boolean':
        return fc.boolean();
      case 'choice':
        return fc.constantFrom(...question.options.map((option) => option.id));
      case 'multi':
        return fc.subarray(question.options.map((option) => option.id));
      case 'number':
        return fc.oneof(fc.constantFrom(...sampleValues(question)), fc.double({ min: question.min, max: question.max, noNaN: true }));
    }
  })();
  return question.allowNA ? fc.oneof({ arbitrary: values, weight: 5 }, { arbitrary: fc.constant(NOT_APPLICABLE), weight: 1 }) : values;
}

/** Answers to a random subset of the questions in scope. */
export function answersArbitrary(scope: readonly ScopedQuestion[]): fc.Arbitrary<Answers> {
  const entries = scope.map(({ question }) =>
    fc.option(valueArbitrary(question), { nil: undefined }).map((value) => [question.id, value] as const),
  );
  return fc.tuple(...entries).map((pairs) => {
    const answers: Answers = {};
    for (const [id, value] of pairs) if (value !== undefined) answers[id] = { value };
    return answers;
  });
}

function extreme(question: Question, pick: (a: number, b: number) => boolean): AnswerValue {
  let best = sampleValues(question)[0] as AnswerValue;
  for (const value of sampleValues(question)) {
    if (pick(levelForAnswer(question, value) as number, levelForAnswer(question, best) as number)) best = value;
  }
  return best;
}

/** Every question in scope answered with the value that gives its highest (or lowest) level. */
export function answersAtExtreme(scope: readonly ScopedQuestion[], which: 'max' | 'min'): Answers {
  const answers: Answers = {};
  for (const { question } of scope) {
    answers[question.id] = { value: extreme(question, which === 'max' ? (a, b) => a > b : (a, b) => a < b) };
  }
  return answers;
}

/**
 * Answers that give each competency exactly `levelOf(competency)`: one question
 * of the competency answered with a value of that level, the others left
 * unanswered (unanswered questions are left out of the level). Undefined when
 * some competency has no question that can give its level on its own (e.g. only
 * a yes/no question whose two levels are 0 and 3).
 */
export function answersAtLevels(set: RubricSet, levelOf: (competency: Competency) => number): Answers | undefined {
  const answers: Answers = {};
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      const wanted = levelOf(competency);
      const found = competency.questions
        .flatMap((question) => sampleValues(question).map((value) => ({ question, value })))
        .find(({ question, value }) => levelForAnswer(question, value) === wanted);
      if (!found) return undefined;
      answers[found.question.id] = { value: found.value };
    }
  }
  return answers;
}
