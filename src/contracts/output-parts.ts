/** Pieces the contracts of what ml-career writes (report, comparison, team view) share. */
import { z } from 'zod';
import { MAX_LEVEL, MIN_LEVEL } from './limits.ts';

/** A level as scored: a weighted mean of answers, so not always a whole number. */
export const scoredLevelSchema = z.number().min(MIN_LEVEL).max(MAX_LEVEL);
/** A 0–100 score. */
export const scoreSchema = z.number().min(0).max(100);
/** A stage, category or competency named by id and title. */
export const refSchema = z.strictObject({ id: z.string(), title: z.string() });
/** Which tool wrote the file. */
export const toolSchema = z.strictObject({ name: z.literal('ml-career'), version: z.string() });
