import { answersFromCleanJson } from '../../assessment/answers-from-json.ts';
import type { ReadAnswers } from '../../assessment/read-answers.ts';
import { readInputFile } from '../../io/read-input.ts';
import { decodeText } from '../../parse/decode-text.ts';
import type { RubricSet } from '../../contracts/rubric.ts';

const MAX_ANSWERS_BYTES = 1024 * 1024;

/**
 * Reads and checks an answers file (or stdin for "-") against the rubric set: its
 * answers, subject and scope. A JSON report is read for its answers, subject and scope.
 */
export async function readAnswersFile(path: string, set: RubricSet): Promise<Omit<ReadAnswers, 'rubricSet'>> {
  const bytes = await readInputFile(path, { maxBytes: MAX_ANSWERS_BYTES, label: 'answers file' });
  const file = path === '-' ? '<stdin>' : path;
  const text = decodeText(bytes, file, MAX_ANSWERS_BYTES);
  // A clean JSON file is read without yaml and zod; anything else, and every error, takes the full path.
  const { answers, subject, scope, fromReport } = answersFromCleanJson(text, set) ?? (await readAnswersDocument(text, file, set));
  return {
    answers,
    ...(subject === undefined ? {} : { subject }),
    ...(scope === undefined ? {} : { scope }),
    ...(fromReport === undefined ? {} : { fromReport }),
  };
}

async function readAnswersDocument(text: string, file: string, set: RubricSet) {
  const [{ parseDocument }, { answersFromDocument }] = await Promise.all([import('../../parse/document.ts'), import('../../assessment/read-answers.ts')]);
  return answersFromDocument(parseDocument(text, file, { maxBytes: MAX_ANSWERS_BYTES }), set);
}
