/**
 * A JSON report given to `assess --answers`: re-running an earlier assessment.
 * Only what scoring needs is read — the rubric set id, the subject, the scope and
 * each answer's value and note. The rest (levels, gaps, and whatever a later schema
 * version adds to an answer, such as `role` or `carried`) is ignored, so reports of
 * schema versions 1 and 2 are both read without checking the whole report schema.
 * Free of zod and yaml: the JSON fast path uses it too.
 */
import type { Answer, Answers, AnswersScope } from '../contracts/answers.ts';
import { NOTE_MAX, REPORT_SCHEMA_VERSION, SUBJECT_MAX } from '../contracts/limits.ts';
import { questionsById } from '../rubric/questions.ts';
import { quote } from '../errors.ts';
import type { Question, RubricSet } from '../contracts/rubric.ts';
import { isPlainObject, type Path } from './answer-entry.ts';
import { unknownCategoryProblems, type FieldProblem } from './answers-scope.ts';
import { suggester } from './closest-id.ts';
import { checkAnswerValue } from './level.ts';

/** The oldest and newest report schema versions whose answers can be scored. */
export const REPORT_VERSIONS_READ = { oldest: 1, newest: Math.max(3, REPORT_SCHEMA_VERSION) } as const;

const ANSWER_SHAPE = "a report's answer is { value, note?, level }";

export interface AnswersOfReport {
  answers: Answers;
  subject?: string;
  rubricSet: string;
  scope: AnswersScope;
}

/** Anything with a top-level `schemaVersion` is taken for a report, never for an answers file. */
export function looksLikeReport(data: unknown): boolean {
  return isPlainObject(data) && Object.hasOwn(data, 'schemaVersion');
}

/**
 * The answers of a report, or its problems in file order (never empty). A report of
 * another rubric set gives that one problem only: its answers are not checked
 * against questions they were never meant for.
 */
export function answersFromReport(data: Record<string, unknown>, set: RubricSet): { result: AnswersOfReport } | { problems: FieldProblem[] } {
  const version = data.schemaVersion;
  const { oldest, newest } = REPORT_VERSIONS_READ;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldest) {
    return fail(['schemaVersion'], `not a readable report: schemaVersion is ${shown(version)}, expected a whole number from ${oldest}`);
  }
  if (version > newest) {
    return fail(['schemaVersion'], `a report of schema version ${version}, written by a newer ml-career`, `upgrade ml-career to score its answers (this one reads versions ${oldest} to ${newest})`);
  }

  const rubricSet = isPlainObject(data.rubricSet) ? data.rubricSet : undefined;
  if (rubricSet === undefined || typeof rubricSet.id !== 'string') {
    return fail(rubricSet === undefined ? ['rubricSet'] : ['rubricSet', 'id'], 'not a readable report: it does not name its rubric set');
  }
  const reportSet = typeof rubricSet.version === 'string' ? `${rubricSet.id}@${rubricSet.version}` : rubricSet.id;
  if (rubricSet.id !== set.info.id) {
    return fail(
      ['rubricSet', 'id'],
      `this report is from rubric set ${quote(rubricSet.id)}, not the loaded set "${set.info.id}"`,
      `score it with the rubrics it was made with (--rubrics <dir> for ${reportSet})`,
    );
  }

  const problems: FieldProblem[] = [];
  const problem = (path: Path, message: string, hint?: string) => problems.push({ path, message, ...(hint ? { hint } : {}) });

  let subject: string | undefined;
  if (typeof data.subject === 'string' && data.subject.trim().length >= 1 && data.subject.trim().length <= SUBJECT_MAX) subject = data.subject.trim();
  else if (data.subject !== null && data.subject !== undefined) problem(['subject'], `not a readable report: subject is ${shown(data.subject)}, expected text of 1 to ${SUBJECT_MAX} characters or null`);

  const scope = reportScope(data.scope, set, problem);

  const answers: Answers = {};
  if (!isPlainObject(data.answers)) {
    problem(['answers'], `not a readable report: answers is ${shown(data.answers)}, expected a mapping of question id → { value, level }`);
  } else {
    const questions = questionsById(set);
    const suggest = suggester([...questions.keys()]);
    const otherVersion = typeof rubricSet.version === 'string' && rubricSet.version !== set.info.version;
    const versionHint = otherVersion ? `the report was made with ${reportSet}, the loaded set is ${set.info.id}@${set.info.version}` : undefined;
    for (const [id, raw] of Object.entries(data.answers)) {
      const question = questions.get(id);
      if (question === undefined) {
        const guess = suggest(id);
        problem(['answers', id], `unknown question ${quote(id)}`, versionHint ?? (guess ? `did you mean "${guess}"?` : undefined));
        continue;
      }
      const answer = reportAnswer(raw, question);
      if ('error' in answer) problem(['answers', id, ...answer.at], answer.error, answer.at[0] === 'value' ? versionHint : undefined);
      else answers[id] = answer.answer;
    }
  }

  if (problems.length > 0) return { problems };
  return { result: { answers, ...(subject === undefined ? {} : { subject }), rubricSet: reportSet, scope } };
}

function reportScope(raw: unknown, set: RubricSet, problem: (path: Path, message: string, hint?: string) => void): AnswersScope {
  if (!isPlainObject(raw)) {
    problem(['scope'], `not a readable report: scope is ${shown(raw)}, expected { quick, only }`);
    return {};
  }
  const scope: AnswersScope = {};
  if (typeof raw.quick === 'boolean') scope.quick = raw.quick;
  else problem(['scope', 'quick'], `not a readable report: scope.quick is ${shown(raw.quick)}, expected true or false`);
  const only = raw.only;
  if (Array.isArray(only) && only.length > 0 && only.every((id) => typeof id === 'string')) {
    const unknown = unknownCategoryProblems(only, set);
    for (const entry of unknown) problem(['scope', 'only', ...entry.path], entry.message, entry.hint);
    if (unknown.length === 0) scope.only = [...(only as string[])];
  } else if (only !== null && only !== undefined && !(Array.isArray(only) && only.length === 0)) {
    problem(['scope', 'only'], `not a readable report: scope.only is ${shown(only)}, expected a list of category ids or null`);
  }
  return scope;
}

/** One report answer: its value (checked against the question) and note; `level` and any other field is ignored. */
function reportAnswer(raw: unknown, question: Question): { answer: Answer } | { error: string; at: Path } {
  if (!isPlainObject(raw)) return { error: `expected { value, level }, found ${shown(raw)} — ${ANSWER_SHAPE}`, at: [] };
  if (!Object.hasOwn(raw, 'value')) return { error: `missing "value" — ${ANSWER_SHAPE}`, at: [] };
  const note = raw.note;
  if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX)) return { error: `a note is text of at most ${NOTE_MAX} characters`, at: ['note'] };
  const message = checkAnswerValue(question, raw.value);
  if (message !== null) return { error: message, at: ['value'] };
  const answer: Answer = { value: raw.value as Answer['value'] };
  if (note !== undefined) answer.note = note;
  return { answer };
}

function fail(path: Path, message: string, hint?: string): { problems: FieldProblem[] } {
  return { problems: [{ path, message, ...(hint ? { hint } : {}) }] };
}

function shown(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}

