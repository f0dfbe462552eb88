/**
 * Scoring: answers → competency levels → category scores → an overall score.
 * A competency's level comes from its behaviour questions only: their weighted mean
 * (the key question weighs double in the built-in rubrics), rounded to the 0–4 scale
 * the answers were given on, halves up. Evidence questions never move a level. Only
 * answered questions in scope count; "n/a" and unanswered questions are left out of
 * every total rather than counted as zero.
 */
import type { Answers } from '../contracts/answers.ts';
import { levelForAnswer } from './level.ts';
import { roundTo } from './round.ts';
import type { ScopedQuestion } from './scope.ts';
import { MAX_LEVEL, wholeLevel } from '../contracts/levels.ts';
import type { Category, Competency, RubricSet } from '../contracts/rubric.ts';

export interface CompetencyLevel {
  competency: Competency;
  category: Category;
  /** Its behaviour answers' weighted mean rounded to a whole level (halves up); null when none was answered. */
  level: number | null;
  /** The unrounded weighted mean, 2 decimals (shown beside the level); null when none was answered. */
  mean: number | null;
}

export interface Scores {
  competencies: CompetencyLevel[];
  categories: { category: Category; score: number | null }[];
  overall: number | null;
}

interface Weighted {
  value: number;
  weight: number;
}

function weightedMean(items: readonly Weighted[]): number | null {
  if (items.length === 0) return null;
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  if (total === 0) return null;
  return items.reduce((sum, item) => sum + item.value * item.weight, 0) / total;
}

function plainMean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

function competencyMean(competency: Competency, answers: Answers, inScope: ReadonlySet<string>): number | null {
  const answered: Weighted[] = [];
  for (const question of competency.questions) {
    const answer = answers[question.id];
    if (question.role !== 'behaviour' || !inScope.has(question.id) || answer === undefined) continue;
    const level = levelForAnswer(question, answer.value);
    if (level !== null) answered.push({ value: level, weight: question.weight });
  }
  return weightedMean(answered);
}

/** 0–100 from the competency levels of one category; competencies of weight 0 only still get a score to show. */
function categoryScore(levels: readonly CompetencyLevel[]): number | null {
  const assessed = levels.filter((entry) => entry.level !== null);
  const mean =
    weightedMean(assessed.map((entry) => ({ value: entry.level as number, weight: entry.competency.weight }))) ??
    plainMean(assessed.map((entry) => entry.level as number));
  return mean === null ? null : roundTo((mean / MAX_LEVEL) * 100, 1);
}

/** Levels for every competency of the set (null outside the scope), scores per category and overall. */
export function scoreAnswers(set: RubricSet, answers: Answers, scope: ScopedQuestion[]): Scores {
  const inScope = new Set(scope.map((entry) => entry.question.id));
  const competencies: CompetencyLevel[] = [];
  const categories: Scores['categories'] = [];
  for (const category of set.categories) {
    const levels = category.competencies.map((competency) => {
      const mean = competencyMean(competency, answers, inScope);
      return { competency, category, level: mean === null ? null : wholeLevel(mean), mean: mean === null ? null : roundTo(mean, 2) };
    });
    competencies.push(...levels);
    categories.push({ category, score: categoryScore(levels) });
  }
  const overall = weightedMean(
    categories
      .filter((entry) => entry.score !== null && entry.category.weight > 0)
      .map((entry) => ({ value: entry.score as number, weight: entry.category.weight })),
  );
  return { competencies, categories, overall: overall === null ? null : roundTo(overall, 1) };
}
