import { answersFromCleanJson } from '../../assessment/answers-from-json.ts';
import type { Answers } from '../../contracts/answers.ts';
import { ANSWERS_FILE_MAX_BYTES } from '../../contracts/limits.ts';
import { readInputFile, STDIN_NAME, type InputStream } from '../../io/read-input.ts';
import { decodeText } from '../../parse/decode-text.ts';
import type { RubricSet } from '../../contracts/rubric.ts';

/** Reads and checks an answers file (or stdin for "-") against the rubric set. */
export async function readAnswersFile(path: string, set: RubricSet, stdin: InputStream): Promise<{ answers: Answers; subject?: string }> {
  const bytes = await readInputFile(path, { maxBytes: ANSWERS_FILE_MAX_BYTES, label: 'answers file', stdin });
  const file = path === '-' ? STDIN_NAME : path;
  const text = decodeText(bytes, file, ANSWERS_FILE_MAX_BYTES);
  // A clean JSON file is read without yaml and zod; anything else, and every error, takes the full path.
  const { answers, subject } = answersFromCleanJson(text, set) ?? (await readAnswersDocument(text, file, set));
  return subject === undefined ? { answers } : { answers, subject };
}

async function readAnswersDocument(text: string, file: string, set: RubricSet) {
  const [{ parseDocument }, { answersFromDocument }] = await Promise.all([import('../../parse/document.ts'), import('../../assessment/read-answers.ts')]);
  return answersFromDocument(parseDocument(text, file, { maxBytes: ANSWERS_FILE_MAX_BYTES }), set);
}
