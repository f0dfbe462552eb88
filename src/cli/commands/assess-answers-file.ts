import type { Answers } from '../../assessment/answers-schema.ts';
import { answersFromDocument } from '../../assessment/read-answers.ts';
import { readInputFile } from '../../io/read-input.ts';
import { parseDocument } from '../../rubric/document.ts';
import type { RubricSet } from '../../rubric/schema.ts';

const MAX_ANSWERS_BYTES = 1024 * 1024;

/** Reads and checks an answers file (or stdin for "-") against the rubric set. */
export async function readAnswersFile(path: string, set: RubricSet): Promise<{ answers: Answers; subject?: string }> {
  const bytes = await readInputFile(path, { maxBytes: MAX_ANSWERS_BYTES, label: 'answers file' });
  const document = parseDocument(bytes, path === '-' ? '<stdin>' : path, { maxBytes: MAX_ANSWERS_BYTES });
  const { answers, subject } = answersFromDocument(document, set);
  return subject === undefined ? { answers } : { answers, subject };
}
