/**
 * The fast path of the common scripted run: a JSON answers file with nothing wrong
 * in it, read with JSON.parse and hand-written checks, so that neither yaml nor zod
 * is loaded. Whenever anything is off, or the text could mean something else to the
 * YAML reader (duplicate or reserved keys, deep nesting, characters YAML refuses),
 * it returns undefined and the caller takes the full path, which finds and locates
 * every problem. It never accepts what the full path refuses, and gives the same
 * answers when both accept (tests/assessment/answers-from-json.test.ts checks both).
 */
import { isPlainObject, rubricSetId, splitEntry } from './answer-entry.ts';
import type { Answer, Answers } from './answers-schema.ts';
import { checkAnswerValue } from './level.ts';
import type { ReadAnswers } from './read-answers.ts';
import type { Question, RubricSet } from '../rubric/schema.ts';

const TOP_LEVEL_KEYS = new Set(['subject', 'rubricSet', 'answers']);
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const SUBJECT_MAX = 100;
/** Far below the YAML reader's limits on nesting (which count brackets inside strings too). */
const MAX_BRACKET_DEPTH = 32;
/** Tabs, what YAML calls non-printable, and characters some YAML readers take as line breaks or BOMs. */
const NOT_PLAIN = /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\ud800-\udfff]/;

export function answersFromCleanJson(text: string, set: RubricSet): ReadAnswers | undefined {
  if (!text.trimStart().startsWith('{') || NOT_PLAIN.test(text)) return undefined;
  const members = memberCount(text);
  if (members === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse keeps the last of duplicate keys silently; the YAML reader refuses them.
  if (parsedMemberCount(data) !== members) return undefined;
  if (!isPlainObject(data) || !Object.keys(data).every((key) => TOP_LEVEL_KEYS.has(key)) || !isPlainObject(data.answers)) return undefined;
  const { subject, rubricSet } = data;
  if (subject !== undefined && (typeof subject !== 'string' || subject.trim().length === 0 || subject.trim().length > SUBJECT_MAX)) return undefined;
  if (rubricSet !== undefined && (typeof rubricSet !== 'string' || rubricSetId(rubricSet) !== set.info.id)) return undefined;

  const answers = checkedAnswers(data.answers, questionsById(set));
  if (answers === undefined) return undefined;
  const result: ReadAnswers = { answers };
  if (typeof subject === 'string') result.subject = subject.trim();
  if (typeof rubricSet === 'string') result.rubricSet = rubricSet;
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

function questionsById(set: RubricSet): Map<string, Question> {
  const questions = new Map<string, Question>();
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) questions.set(question.id, question);
    }
  }
  return questions;
}

/**
 * The number of object members in the text (its colons outside strings), or
 * undefined when brackets nest deep or a key and its colon are on different lines.
 */
function memberCount(text: string): number | undefined {
  let members = 0;
  let depth = 0;
  let inString = false;
  let lineBreakSinceString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    // Like the YAML reader's own check, brackets count inside strings too.
    if (char === '[' || char === '{') {
      if (++depth > MAX_BRACKET_DEPTH) return undefined;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') {
        inString = false;
        lineBreakSinceString = false;
      }
    } else if (char === '"') {
      inString = true;
    } else if (char === '\n' || char === '\r') {
      lineBreakSinceString = true;
    } else if (char === ':') {
      if (lineBreakSinceString) return undefined;
      members++;
    }
  }
  return members;
}

/** Object members in the parsed value, or undefined when a key is one the YAML reader refuses. */
function parsedMemberCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return sumOf(value.map(parsedMemberCount));
  if (!isPlainObject(value)) return 0;
  const keys = Object.keys(value);
  if (keys.some((key) => RESERVED_KEYS.has(key))) return undefined;
  const nested = sumOf(keys.map((key) => parsedMemberCount(value[key])));
  return nested === undefined ? undefined : keys.length + nested;
}

function sumOf(counts: (number | undefined)[]): number | undefined {
  let total = 0;
  for (const count of counts) {
    if (count === undefined) return undefined;
    total += count;
  }
  return total;
}
