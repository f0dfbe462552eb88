/**
 * Gaps (below the target stage, with the learning steps that close them) and
 * strengths (at or above the target stage). Both are ordered so the most important
 * come first and ties fall back to the id, which keeps reports deterministic.
 * Learning actions that the answers show are already done are left out.
 */
import { compareIds } from './compare.ts';
import { roundTo } from './round.ts';
import type { CompetencyLevel } from './score.ts';
import { effectiveWeight } from './stage.ts';
import type { Report } from '../contracts/report.ts';
import type { Answers } from '../contracts/answers.ts';
import type { Competency, DoneWhen, LearningAction, Question } from '../contracts/rubric.ts';
import { levelForAnswer } from './level.ts';

export type Gap = Report['gaps'][number];
export type Strength = Report['strengths'][number];
export type Step = Gap['steps'][number];

/** An assessed competency with its expectations at the target and at the assessed stage. */
export interface Expected {
  entry: CompetencyLevel & { level: number };
  expected: number;
  expectedNow: number;
}

/** What the answers say, for leaving out learning actions they show are already done. */
export interface AnswerLookup {
  answers: Answers;
  questions: ReadonlyMap<string, Question>;
}

function isDone(when: DoneWhen, lookup: AnswerLookup): boolean {
  const question = lookup.questions.get(when.question);
  const answer = lookup.answers[when.question];
  if (question === undefined || answer === undefined) return false;
  if (when.atLeast !== undefined) {
    const level = levelForAnswer(question, answer.value);
    return level !== null && level >= when.atLeast;
  }
  const chosen = when.chosen ?? [];
  if (Array.isArray(answer.value)) {
    const ticked = new Set(answer.value);
    return chosen.every((id) => ticked.has(id));
  }
  return typeof answer.value === 'string' && chosen.includes(answer.value);
}

/** The text of the actions still to do. */
export function actionsToDo(actions: readonly LearningAction[], lookup: AnswerLookup): string[] {
  return actions.flatMap((action) => (typeof action === 'string' ? [action] : isDone(action.doneWhen, lookup) ? [] : [action.text]));
}

/** The learning steps from the whole level below `level` up to `expected` (level 1.5, expected 3 → 1→2, 2→3). */
export function stepsBetween(competency: Competency, level: number, expected: number, lookup: AnswerLookup): Step[] {
  const steps: Step[] = [];
  for (let from = Math.floor(level); from < expected; from += 1) {
    const step = competency.learning.find((candidate) => candidate.from === from);
    if (step) steps.push({ from: step.from, to: step.to, actions: actionsToDo(step.actions, lookup), resources: step.resources.map((resource) => ({ ...resource })) });
  }
  return steps;
}

/** Gaps, heaviest first by gap × weight: the rubric's weight, or a track's (`weightOf`) under `--track`. */
export function gapsFor(assessed: readonly Expected[], lookup: AnswerLookup, weightOf: (entry: CompetencyLevel) => number = effectiveWeight): Gap[] {
  return assessed
    .filter(({ entry, expected }) => entry.level < expected)
    .map(({ entry, expected }) => {
      const gap = roundTo(expected - entry.level, 2);
      return {
        competency: entry.competency.id,
        title: entry.competency.title,
        category: entry.category.id,
        level: entry.level,
        expected,
        gap,
        priority: roundTo(gap * weightOf(entry), 3),
        steps: stepsBetween(entry.competency, entry.level, expected, lookup),
      };
    })
    .sort((a, b) => b.priority - a.priority || compareIds(a.competency, b.competency));
}

/** At most this many strengths are listed. */
const STRENGTHS_SHOWN = 5;

/**
 * Weighted competencies at or above the target stage's expectation (so never also a
 * gap), largest margin first, then the heavier one, then by id; at most five.
 */
export function strengthsFor(assessed: readonly Expected[]): Strength[] {
  return assessed
    .filter(({ entry, expected }) => effectiveWeight(entry) > 0 && entry.level > 0 && entry.level >= expected)
    .sort(
      (a, b) =>
        b.entry.level - b.expected - (a.entry.level - a.expected) ||
        effectiveWeight(b.entry) - effectiveWeight(a.entry) ||
        compareIds(a.entry.competency.id, b.entry.competency.id),
    )
    .slice(0, STRENGTHS_SHOWN)
    .map(({ entry, expected }) => ({
      competency: entry.competency.id,
      title: entry.competency.title,
      category: entry.category.id,
      level: entry.level,
      expected,
      margin: roundTo(entry.level - expected, 2),
    }));
}
