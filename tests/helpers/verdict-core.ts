/**
 * Everything the verdict study (respondents.ts, verdict-study.ts and
 * tests/property/verdict-agreement.test.ts) takes from the tool itself, in one
 * place: when src/ is reorganised, re-point these paths and nothing else.
 */
export { NOT_APPLICABLE, type AnswerValue, type Answers } from '../../src/contracts/answers.ts';
export { checkAnswerValue } from '../../src/assessment/level.ts';
export { questionsInScope, type ScopedQuestion } from '../../src/assessment/scope.ts';
export { scoreAnswers, type CompetencyLevel } from '../../src/assessment/score.ts';
export { assessStage, type StageAssessment } from '../../src/assessment/stage.ts';
export { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
export { loadRubricSet } from '../../src/rubric/load.ts';
export type { Category, Competency, Question, RubricSet, Stage } from '../../src/contracts/rubric.ts';
/** Level → answer value of any question kind (a test helper, re-exported so the study has one import site). */
export { valueAtLevel } from './answers-at.ts';

import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';

/** The built-in rubric set, read and checked the way properties-builtin.test.ts does it. */
export async function loadBuiltinRubricSet(): Promise<RubricSet> {
  return loadRubricSet(await readRubricDir(builtinRubricDir()));
}
