/**
 * The fields every rubric file shares (ids, levels, text, role-document sources),
 * in a module of their own so that the category, stages and tracks formats can all
 * use them without importing each other.
 */
import { z } from 'zod';
import { MAX_LEVEL, MIN_LEVEL, WEIGHT_MAX } from './limits.ts';

export const idSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single dashes, starting with a letter (e.g. "model-deployment")');

export const levelSchema = z.int().min(MIN_LEVEL).max(MAX_LEVEL);
export const text = z.string().trim().min(1, 'must not be empty');
export const sourceSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .describe('Section path in the role document, joined by " › ", e.g. "Requirements › Technical Skills › Programming Languages"');
/** Every weight of a rubric set (category, competency, question, track): finite and at most WEIGHT_MAX, so no sum of them overflows. */
export const weightMax = z.number().max(WEIGHT_MAX, `a weight is relative (1, 2, 3…) and at most ${WEIGHT_MAX}`);
