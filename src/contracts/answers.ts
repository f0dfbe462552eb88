/**
 * The answers file: what a scripted run reads and what `--save-answers` writes.
 * Values are checked against their questions later (see validateAnswers), so that
 * errors can name the question and the file position.
 */
import { z } from 'zod';
import { MAX_LEVEL, MIN_LEVEL, NOT_APPLICABLE, NOTE_MAX, SUBJECT_MAX } from './limits.ts';

export { NOT_APPLICABLE } from './limits.ts';

export const answerValueSchema = z.union([
  z.number().describe(`A scale level ${MIN_LEVEL}–${MAX_LEVEL}, or the value of a number question`),
  z.boolean().describe('The answer to a yes/no question'),
  z.string().describe(`A choice option id, or "${NOT_APPLICABLE}"`),
  z.array(z.string()).describe('The option ids chosen in a multi question'),
]);

const answerEntrySchema = z.union([
  answerValueSchema,
  z.strictObject({
    value: answerValueSchema,
    note: z.string().max(NOTE_MAX).optional().describe('Evidence: one line on what backs this answer'),
  }),
]);

/** Which questions the file answers; `assess --answers` scores it with this scope unless its flags say otherwise. */
export const answersScopeSchema = z.strictObject({
  quick: z.boolean().optional().describe('true: only the key question of each competency, as `assess --quick`'),
  only: z
    .array(z.string())
    .min(1, 'an empty list; leave "only" out to answer every category')
    .optional().describe('Only these category ids, as `assess --only`'),
});

export const answersFileSchema = z.strictObject({
  subject: z.string().trim().min(1).max(SUBJECT_MAX).optional().describe('A name or handle for whom the answers are'),
  rubricSet: z.string().optional().describe('The rubric set id (optionally "id@version") these answers were written for'),
  scope: answersScopeSchema
    .optional()
    .describe('The questions these answers are for (`ml-career template --quick` writes it); a flag given to `assess` wins over it'),
  answers: z.record(z.string(), answerEntrySchema.nullable()).describe('Question id → answer; null means not answered yet'),
});

export type AnswerValue = z.infer<typeof answerValueSchema>;
export type AnswersFile = z.infer<typeof answersFileSchema>;
export type AnswersScope = z.infer<typeof answersScopeSchema>;

/** One answer after normalisation: the value and an optional evidence note. */
export interface Answer {
  value: AnswerValue;
  note?: string;
}

/** Question id → answer, for the questions answered so far. */
export type Answers = Record<string, Answer>;
