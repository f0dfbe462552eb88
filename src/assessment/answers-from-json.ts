/**
 * The fast path of the common scripted run: a JSON answers file with nothing wrong
 * in it, read with JSON.parse and hand-written checks, so that neither yaml nor zod
 * is loaded. Whenever anything is off, or the text is not clean JSON (see
 * clean-json.ts), it returns undefined and the caller takes the full path, which
 * finds and locates every problem. It never accepts what the full path refuses, and gives the same
 * answers when both accept (tests/differential/answers-from-json.test.ts checks both). A clean
 * JSON report (re-running an earlier assessment) is read here too, when nothing is wrong with it.
 */
import { isPlainObject, referenceVersionProblem, rubricSetId, splitEntry } from './answer-entry.ts';
import { answersFromReport, looksLikeReport } from './answers-from-report.ts';
import { cleanScope } from './answers-scope.ts';
import type { Answer, Answers } from '../contracts/answers.ts';
import { SUBJECT_MAX } from '../contracts/limits.ts';
import { checkAnswerValue } from './level.ts';
import type { ReadAnswers } from './read-answers.ts';
import { parseCleanJson } from '../parse/clean-json.ts';
import { questionsById } from '../rubric/questions.ts';
import type { Question, RubricSet } from '../contracts/rubric.ts';

const TOP_LEVEL_KEYS = new Set(['subject', 'rubricSet', 'scope', 'answers']);

export function answersFromCleanJson(text: string, set: RubricSet): ReadAnswers | undefined {
  const data = parseCleanJson(text);
  if (data === undefined) return undefined;
  if (looksLikeReport(data)) {
    const read = answersFromReport(data, set);
    return 'result' in read ? { ...read.result, fromReport: true } : undefined;
  }
  if (!Object.keys(data).every((key) => TOP_LEVEL_KEYS.has(key)) || !isPlainObject(data.answers)) return undefined;
  const { subject, rubricSet } = data;
  if (subject !== undefined && (typeof subject !== 'string' || subject.trim().length === 0 || subject.trim().length > SUBJECT_MAX)) return undefined;
  if (rubricSet !== undefined && (typeof rubricSet !== 'string' || rubricSetId(rubricSet) !== set.info.id)) return undefined;
  if (typeof rubricSet === 'string' && referenceVersionProblem(rubricSet, set.info.version) !== undefined) return undefined;
  const scope = data.scope === undefined ? undefined : cleanScope(data.scope, set);
  if (data.scope !== undefined && scope === undefined) return undefined;

  const answers = checkedAnswers(data.answers, questionsById(set));
  if (answers === undefined) return undefined;
  const result: ReadAnswers = { answers };
  if (typeof subject === 'string') result.subject = subject.trim();
  if (typeof rubricSet === 'string') result.rubricSet = rubricSet;
  if (scope !== undefined) result.scope = scope;
  return result;
}

function checkedAnswers(entries: Record<string, unknown>, questions: Map<string, Question>): Answers | undefined {
  const answers: Answers = {};
  for (const [id, raw] of Object.entries(entries)) {
    if (raw === null) continue;
    const question = questions.get(id);
    if (question === undefined) return undefined;
    const entry = splitEntry(raw);
    if ('error' in entry || checkAnswerValue(question, entry.value) !== null) return undefined;
    const answer: Answer = { value: entry.value as Answer['value'] };
    if (entry.note !== undefined) answer.note = entry.note;
    answers[id] = answer;
  }
  return answers;
}
