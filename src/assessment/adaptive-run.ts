/**
 * An adaptive run over answers given in advance (`assess --adaptive --answers`): it
 * takes only the answers the planner asks for, in the planner's order, so a scripted
 * run asks exactly what an interactive one would.
 */
import type { Answers } from '../contracts/answers.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import { adaptiveStep, type AdaptiveOptions } from './adaptive.ts';
import type { ScopedQuestion } from './scope.ts';
import { givenLevels, stageModel, type StageModel } from './stage-range.ts';
import { levelForAnswer } from './level.ts';

export interface AdaptiveRun {
  /** The question ids asked, in order. */
  asked: string[];
  /** The answers it took: the earlier ones it started from and those it asked for. */
  answers: Answers;
  /** The first question it needed that `source` does not answer, or null. */
  unanswered: string | null;
}

/** Runs the planner to its end, taking each answer it asks for from `source`; `start` holds answers that count as given. */
export function runAdaptive(
  set: RubricSet,
  scope: readonly ScopedQuestion[],
  source: Answers,
  options: AdaptiveOptions,
  start: Answers = {},
  model: StageModel = stageModel(set, scope),
): AdaptiveRun {
  const answers: Answers = { ...start };
  const given = givenLevels(model, answers);
  const asked: string[] = [];
  for (;;) {
    const { next } = adaptiveStep(model, given, options);
    if (next === null) return { asked, answers, unanswered: null };
    const entry = model.questions[next]!;
    const answer = source[entry.id];
    if (answer === undefined) return { asked, answers, unanswered: entry.id };
    answers[entry.id] = answer;
    given[next] = levelForAnswer(entry.question, answer.value);
    asked.push(entry.id);
  }
}
