/**
 * Which questions a run asks: all of them, only the key ones (`--quick`), or those
 * of some categories (`--only`). The order is the rubric order, which is also the
 * order of the questionnaire.
 */
import type { Answers } from '../contracts/answers.ts';
import { quoteList, UsageError } from '../errors.ts';
import type { Category, Competency, Question, RubricSet } from '../contracts/rubric.ts';

export interface ScopeOptions {
  quick?: boolean;
  /** Category ids; undefined or empty means every category. */
  only?: readonly string[];
}

export interface ScopedQuestion {
  question: Question;
  competency: Competency;
  category: Category;
}

export function questionsInScope(set: RubricSet, options: ScopeOptions = {}): ScopedQuestion[] {
  const only = options.only && options.only.length > 0 ? new Set(options.only) : undefined;
  if (only) {
    const known = new Set(set.categories.map((category) => category.id));
    const unknown = [...only].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new UsageError(
        `unknown category ${quoteList(unknown)} in --only`,
        `known categories: ${[...known].join(', ')}`,
      );
    }
  }
  const scoped: ScopedQuestion[] = [];
  for (const category of set.categories) {
    if (only && !only.has(category.id)) continue;
    for (const competency of category.competencies) {
      for (const question of competency.questions) {
        if (options.quick && !question.key) continue;
        scoped.push({ question, competency, category });
      }
    }
  }
  return scoped;
}

/** Question ids in scope that have no answer yet ("n/a" counts as an answer). */
export function missingAnswers(scope: ScopedQuestion[], answers: Answers): string[] {
  return scope.filter((entry) => answers[entry.question.id] === undefined).map((entry) => entry.question.id);
}
