import { answersFromCleanJson } from '../../assessment/answers-from-json.ts';
import type { ReadAnswers } from '../../assessment/read-answers.ts';
import { ANSWERS_FILE_MAX_BYTES } from '../../contracts/limits.ts';
import { readInputFile, STDIN_NAME, type InputStream } from '../../io/read-input.ts';
import { decodeText } from '../../parse/decode-text.ts';
import type { RubricSet } from '../../contracts/rubric.ts';

/**
 * Reads and checks an answers file (or stdin for "-") against the rubric set: its
 * answers, subject and scope. A JSON report is read for its answers, subject and scope.
 */
export async function readAnswersFile(path: string, set: RubricSet, stdin: (() => InputStream) | undefined): Promise<Omit<ReadAnswers, 'rubricSet'>> {
  // Node's stdin stream is made only for `-`: creating it costs a scripted run time.
  const bytes = await readInputFile(path, { maxBytes: ANSWERS_FILE_MAX_BYTES, label: 'answers file', ...(path === '-' && stdin !== undefined ? { stdin: stdin() } : {}) });
  const file = path === '-' ? STDIN_NAME : path;
  return answersFromText(decodeText(bytes, file, ANSWERS_FILE_MAX_BYTES), file, set);
}

/** The answers in the text of an answers file or a JSON report (`file` names it in errors). */
export async function answersFromText(text: string, file: string, set: RubricSet): Promise<Omit<ReadAnswers, 'rubricSet'>> {
  // A clean JSON file is read without yaml and zod; anything else, and every error, takes the full path.
  const { answers, subject, scope, fromReport, setAside } = answersFromCleanJson(text, set) ?? (await readAnswersDocument(text, file, set));
  return {
    answers,
    ...(subject === undefined ? {} : { subject }),
    ...(scope === undefined ? {} : { scope }),
    ...(fromReport === undefined ? {} : { fromReport }),
    ...(setAside === undefined ? {} : { setAside }),
  };
}

async function readAnswersDocument(text: string, file: string, set: RubricSet) {
  const [{ parseDocument }, { answersFromDocument }] = await Promise.all([import('../../parse/document.ts'), import('../../assessment/read-answers.ts')]);
  return answersFromDocument(parseDocument(text, file, { maxBytes: ANSWERS_FILE_MAX_BYTES }), set);
}
