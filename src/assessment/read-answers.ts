/**
 * Reading an answers file: the document's shape, then every entry against its
 * question. All problems are collected, each at the file position of the offending
 * value, and thrown together so that one run shows everything to fix.
 *
 * A JSON report (anything with a `schemaVersion`) is read for its answers instead
 * (answers-from-report.ts); a report that cannot be read is refused in one line.
 */
import { answersFileSchema, type Answer, type Answers, type AnswersScope } from '../contracts/answers.ts';
import { isPlainObject, referenceVersionProblem, rubricSetId, splitEntry, type Path } from './answer-entry.ts';
import { answersFromReport, looksLikeReport } from './answers-from-report.ts';
import { unknownCategoryProblems, type FieldProblem } from './answers-scope.ts';
import { suggester } from './closest-id.ts';
import { checkAnswerValue } from './level.ts';
import { DataError, quote, type Problem } from '../errors.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { problemsForIssue } from '../parse/zod-problems.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import { questionsById } from '../rubric/questions.ts';

export interface ReadAnswers {
  answers: Answers;
  subject?: string;
  rubricSet?: string;
  /** The questions the file is for (the answers file's `scope`, or the report's). */
  scope?: AnswersScope;
  /** Set when the file was a JSON report, read for its answers. */
  fromReport?: true;
  /**
   * Answers of a file written for an earlier version of the rubric set that this
   * version no longer asks, or that no longer fit their question: set aside, not errors.
   */
  setAside?: { version: string; questions: string[] };
}

/** The version an answers file names (`ml-systems-engineer@1.0.0` → 1.0.0) when it is not the loaded set's (an earlier one: a later one is refused). */
function olderVersion(reference: string | undefined, set: RubricSet): string | undefined {
  const version = reference?.split('@')[1];
  return version !== undefined && version !== set.info.version ? version : undefined;
}

/** `answers.some-id.value` or `scope.only[1]`, the form that problems print. */
function dotted(path: Path): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** Checks an answers document against a rubric set; throws one DataError listing every problem. */
export function answersFromDocument(doc: ParsedDocument, set: RubricSet): ReadAnswers {
  if (looksLikeReport(doc.data)) return answersFromReportDocument(doc, doc.data as Record<string, unknown>, set);
  const problems: Problem[] = [];
  const report = (path: Path, message: string, hint?: string): void => {
    const at = doc.locate(path);
    problems.push({ file: doc.file, ...(at ?? {}), path: dotted(path), message, ...(hint ? { hint } : {}) });
  };

  const parsed = answersFileSchema.safeParse(doc.data);
  // Zod's messages for a bad entry are vague ("Invalid input"), so entries get
  // their own checks below; zod's word is kept only for an entry those let through.
  const entryIssues = new Map<string, { path: Path; message: string }>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (path[0] === 'answers' && path.length >= 2) entryIssues.set(String(path[1]), { path, message: issue.message });
    else problems.push(...problemsForIssue(issue, doc, answersFileSchema));
  }

  const questions = questionsById(set);
  const suggest = suggester([...questions.keys()]);

  const data = isPlainObject(doc.data) ? doc.data : {};
  const reference = typeof data.rubricSet === 'string' ? data.rubricSet : undefined;
  if (reference !== undefined && rubricSetId(reference) !== set.info.id) {
    report(
      ['rubricSet'],
      `these answers are for rubric set ${quote(rubricSetId(reference))}, not "${set.info.id}"`,
      `these answers were written for ${quote(reference)}; pass --rubrics with that set, or regenerate with ml-career template`,
    );
  }
  const versionProblem = reference === undefined || rubricSetId(reference) !== set.info.id ? undefined : referenceVersionProblem(reference, set.info.version);
  if (versionProblem !== undefined) report(['rubricSet'], versionProblem.message, versionProblem.hint);

  // The schema checks the scope's shape; only the loaded rubric set knows its category ids.
  const scope = isPlainObject(data.scope) ? data.scope : undefined;
  if (scope !== undefined && Array.isArray(scope.only)) {
    for (const entry of unknownCategoryProblems(scope.only, set)) report(['scope', 'only', ...entry.path], entry.message, entry.hint);
  }

  const answers: Answers = {};
  const earlier = olderVersion(reference, set);
  const setAside: string[] = [];
  const entries = isPlainObject(data.answers) ? Object.entries(data.answers) : [];
  for (const [id, raw] of entries) {
    if (raw === null) continue;
    const question = questions.get(id);
    if (question === undefined && earlier !== undefined) {
      setAside.push(id);
      continue;
    }
    if (question === undefined) {
      const guess = suggest(id);
      report(['answers', id], `unknown question ${quote(id)}`, guess ? `did you mean "${guess}"?` : 'run ml-career template to list the question ids');
      continue;
    }
    const entry = splitEntry(raw);
    if ('error' in entry) {
      report(['answers', id, ...entry.at], entry.error);
      continue;
    }
    const message = checkAnswerValue(question, entry.value);
    if (message !== null && earlier !== undefined) {
      setAside.push(id);
      continue;
    }
    if (message !== null) {
      report(['answers', id, ...entry.valuePath], message);
      continue;
    }
    const schemaIssue = entryIssues.get(id);
    if (schemaIssue !== undefined) {
      report(schemaIssue.path, schemaIssue.message);
      continue;
    }
    const answer: Answer = { value: entry.value as Answer['value'] };
    if (entry.note !== undefined) answer.note = entry.note;
    answers[id] = answer;
  }

  // Zod's complaints about entries that were set aside (written for an earlier version) do not count.
  const unexplained = !parsed.success && parsed.error.issues.some((issue) => !(issue.path[0] === 'answers' && setAside.includes(String(issue.path[1]))));
  if (problems.length > 0 || unexplained) throw new DataError(problems);
  const result: ReadAnswers = { answers };
  if (earlier !== undefined && setAside.length > 0) result.setAside = { version: earlier, questions: setAside };
  // When only set-aside entries failed the schema, the rest of the file is read without them.
  const file = parsed.success
    ? parsed.data
    : answersFileSchema.parse({ ...data, answers: Object.fromEntries(entries.filter(([id]) => !setAside.includes(id))) });
  if (file.subject !== undefined) result.subject = file.subject;
  if (file.rubricSet !== undefined) result.rubricSet = file.rubricSet;
  if (file.scope !== undefined) result.scope = scopeOf(file.scope);
  return result;
}

/** The scope as both readers give it: only the fields the file sets. */
function scopeOf(scope: AnswersScope): AnswersScope {
  const result: AnswersScope = {};
  if (scope.quick !== undefined) result.quick = scope.quick;
  if (scope.only !== undefined) result.only = [...scope.only];
  return result;
}

/** A report's answers, or one located line: the first problem, and how many more there are. */
function answersFromReportDocument(doc: ParsedDocument, data: Record<string, unknown>, set: RubricSet): ReadAnswers {
  const read = answersFromReport(data, set);
  if ('result' in read) return { ...read.result, fromReport: true };
  const [first, ...rest] = read.problems as [FieldProblem, ...FieldProblem[]];
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
  throw new DataError({
    file: doc.file,
    ...locateNearest(doc, first.path),
    path: dotted(first.path),
    message: `${first.message}${more}`,
    ...(first.hint ? { hint: first.hint } : {}),
  });
}

/** The position of `path`, or of the nearest enclosing value that exists (a missing field is located at its parent). */
function locateNearest(doc: ParsedDocument, path: Path): { line: number; col: number } | Record<string, never> {
  for (let length = path.length; length >= 0; length -= 1) {
    const at = doc.locate(path.slice(0, length));
    if (at !== undefined) return at;
  }
  return {};
}
