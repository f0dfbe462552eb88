/**
 * The stages a run's unanswered behaviour questions still allow. A quick run (or a
 * partial one) leaves some behaviour questions of its categories unanswered; because
 * the stage rule is monotone in every answer, the stage with all of them at their
 * lowest and the stage with all of them at their highest bound every completion.
 */
import type { AnswerValue, Answers } from '../contracts/answers.ts';
import type { Question, RubricSet } from '../contracts/rubric.ts';
import { questionsInScope } from './scope.ts';
import { scoreAnswers } from './score.ts';
import { assessStage } from './stage.ts';

export interface StageBounds {
  /** Stage indexes: the lowest and highest stage the unanswered questions allow. */
  low: number;
  high: number;
  /** Behaviour questions of the run's categories left unanswered. */
  open: number;
}

function extremeValue(question: Question, highest: boolean): AnswerValue | undefined {
  if (question.kind === 'scale') return highest ? 4 : 0;
  if (question.kind === 'choice') {
    const sorted = [...question.options].sort((a, b) => a.level - b.level);
    return (highest ? sorted[sorted.length - 1] : sorted[0])?.id;
  }
  return undefined;
}

/** Bounds for the answers a run took (`asked`: the question ids in its scope), over every behaviour question of its categories. */
export function stageBounds(
  set: RubricSet,
  answers: Answers,
  asked: ReadonlySet<string>,
  only: readonly string[] | undefined,
  /** The stage index the run's own answers give (-1 when not even the first is met): both bounds when nothing is open. */
  assessed: number,
): StageBounds {
  const scope = questionsInScope(set, only && only.length > 0 ? { only } : {});
  const taken: Answers = {};
  for (const { question } of scope) {
    const answer = answers[question.id];
    if (answer !== undefined && asked.has(question.id)) taken[question.id] = answer;
  }
  const open = scope.filter(({ question }) => question.role === 'behaviour' && taken[question.id] === undefined);
  const filled = (highest: boolean): Answers => {
    const result: Answers = { ...taken };
    for (const { question } of open) {
      const value = extremeValue(question, highest);
      if (value !== undefined) result[question.id] = { value };
    }
    return result;
  };
  const stageWith = (given: Answers) => assessStage(scoreAnswers(set, given, scope).competencies, set);
  if (open.length === 0) return { low: assessed, high: assessed, open: 0 };
  const low = stageWith(filled(false));
  const high = stageWith(filled(true));
  return { low: low.met ? low.index : -1, high: high.met ? high.index : -1, open: open.length };
}
