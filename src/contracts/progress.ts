/** The saved progress file's format; loaded only when a saved file is read back. */
import { z } from 'zod';
import { answerValueSchema } from './answers.ts';
import { NOTE_MAX, PROGRESS_VERSION } from './limits.ts';
import { raterSchema } from './report.ts';

const answersRecord = z.record(z.string(), z.strictObject({ value: answerValueSchema, note: z.string().max(NOTE_MAX).optional() }));

export const progressSchema = z.strictObject({
  version: z.literal(PROGRESS_VERSION),
  rubricSet: z.strictObject({ id: z.string(), version: z.string(), digest: z.string() }),
  scope: z.strictObject({
    quick: z.boolean(),
    /** Category ids; empty means every category. */
    only: z.array(z.string()),
  }),
  options: z.strictObject({ evidence: z.boolean() }),
  subject: z.string().optional(),
  rater: raterSchema.optional().describe('Who is answering, when rating someone else (assess --about … --rater …)'),
  startedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  answers: answersRecord,
  /** An adaptive run: its mode and the questions asked so far, in order. */
  adaptive: z.strictObject({ mode: z.enum(['stage', 'gaps']), asked: z.array(z.string()) }).optional(),
  /** A run started from earlier answers (--from): they are shown preselected, and kept ones are marked carried. */
  earlier: answersRecord.optional(),
});

export type Progress = z.infer<typeof progressSchema>;
