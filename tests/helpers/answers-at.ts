/** Builds answers that put every question at (or just below) a wanted level. */
import type { AnswerValue } from '../../src/contracts/answers.ts';
import type { Question, RubricSet } from '../../src/contracts/rubric.ts';

export function valueAtLevel(question: Question, level: number): AnswerValue {
  switch (question.kind) {
    case 'scale':
      return level;
    case 'boolean':
      return question.levelIfTrue <= level || question.levelIfTrue <= question.levelIfFalse;
    case 'choice': {
      const fitting = question.options.filter((option) => option.level <= level);
      const pool = fitting.length > 0 ? fitting : question.options;
      const pick = pool.reduce((best, option) =>
        (fitting.length > 0 ? option.level > best.level : option.level < best.level) ? option : best,
      );
      return pick.id;
    }
    case 'multi': {
      const band = bandFor(question.bands, level);
      return question.options.slice(0, band.atLeast).map((option) => option.id);
    }
    case 'number':
      return bandFor(question.bands, level).atLeast;
  }
}

function bandFor<T extends { atLeast: number; level: number }>(bands: T[], level: number): T {
  const fitting = bands.filter((band) => band.level <= level);
  return fitting.length > 0 ? fitting[fitting.length - 1]! : bands[0]!;
}

/** `{ answers: { id: value } }` for every question of the set, at `level`. */
export function answersFileAt(set: RubricSet, level: number): { answers: Record<string, AnswerValue> } {
  const answers: Record<string, AnswerValue> = {};
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) answers[question.id] = valueAtLevel(question, level);
    }
  }
  return { answers };
}
