/**
 * The stages a run's unanswered behaviour questions still allow. A quick run (or a
 * partial one) leaves some behaviour questions of its categories unanswered; the
 * stage rule is monotone in every competency's credit, so stage-range.ts can say,
 * without enumerating answers, which stages some completion could give.
 */
import type { Answers } from '../contracts/answers.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import { questionsInScope } from './scope.ts';
import { givenLevels, levelRanges, stageModel, stageRange } from './stage-range.ts';

export interface StageBounds {
  /** Stage indexes (-1: not even the first stage met): the lowest and the highest stage the unanswered questions allow. */
  low: number;
  high: number;
  /** Every stage a completion could give, lowest first (two paths at one height: list order). */
  possible: number[];
  certain: boolean;
  /** Behaviour questions of the run's categories left unanswered. */
  open: number;
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
  const open = scope.filter(({ question }) => question.role === 'behaviour' && (!asked.has(question.id) || answers[question.id] === undefined)).length;
  // A complete run (the common case) needs no model of what its answers could become.
  if (open === 0) return { low: assessed, high: assessed, possible: [assessed], certain: true, open: 0 };
  const model = stageModel(set, scope);
  const range = stageRange(model, levelRanges(model, givenLevels(model, answers, asked)));
  return { low: range.low, high: range.possible[range.possible.length - 1]!, possible: range.possible, certain: range.certain, open };
}
