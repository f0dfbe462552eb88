/**
 * The JSON report as ml-career 0.1 wrote it (schemaVersion 1): still read by
 * `report`, `history`, `compare` and `team`, and upgraded to the current contract
 * on reading (see report.ts). Never written any more.
 */
import { z } from 'zod';
import { answerValueSchema } from './answers.ts';
import { resourceSchema } from './rubric.ts';


const level = z.number().min(0).max(4);
const ref = z.strictObject({ id: z.string(), title: z.string() });

const reportStageSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  alsoKnownAs: z.array(z.string()),
  index: z.int().min(0).describe('Position on the ladder, 0 = first stage'),
  years: z.strictObject({ min: z.number(), max: z.number().optional() }),
  salary: z
    .strictObject({ currency: z.string(), year: z.int(), min: z.number(), max: z.number(), source: z.string() })
    .nullable(),
  met: z.boolean().describe('False only for the first stage when even it is not fully met'),
});

const blockerSchema = z.strictObject({
  competency: z.string(),
  title: z.string(),
  category: z.string(),
  level,
  expected: level,
  shortfall: z.number().positive().describe('expected − level'),
  blocksBy: z.enum(['coverage', 'shortfall']).describe('shortfall: more than maxShortfall below; coverage: below, counts against the share'),
});

const stepSchema = z.strictObject({
  from: z.int(),
  to: z.int(),
  actions: z.array(z.string()),
  resources: z.array(resourceSchema),
});

export const reportV1Schema = z.strictObject({
  schemaVersion: z.literal(1),
  tool: z.strictObject({ name: z.literal('ml-career'), version: z.string() }),
  generatedAt: z.iso.datetime(),
  subject: z.string().nullable(),
  rubricSet: z.strictObject({ id: z.string(), title: z.string(), version: z.string(), digest: z.string() }),
  scope: z.strictObject({
    quick: z.boolean(),
    only: z.array(z.string()).nullable(),
    questions: z.int().min(0).describe('How many questions were in scope'),
  }),
  complete: z.boolean(),
  missing: z.array(z.string()).describe('Question ids in scope left unanswered (n/a counts as answered)'),
  attainment: z.strictObject({ coverage: z.number(), maxShortfall: z.number() }),
  stage: reportStageSchema,
  nextStage: z
    .strictObject({
      ...ref.shape,
      readiness: z.number().min(0).max(1).describe('Weighted share of its expectations met'),
      blockers: z.array(blockerSchema),
    })
    .nullable(),
  target: ref.extend({ readiness: z.number().min(0).max(1) }),
  overall: z.strictObject({ score: z.number().min(0).max(100).nullable() }),
  categories: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      weight: z.number(),
      score: z.number().min(0).max(100).nullable(),
    }),
  ),
  competencies: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      category: z.string(),
      weight: z.number(),
      level: level.nullable().describe('null when no question of it was answered'),
      expected: level.describe('Expected level at the target stage'),
      expectedNow: level.describe('Expected level at the assessed stage'),
      gap: z.number().min(0).describe('max(0, expected − level); 0 when not assessed'),
    }),
  ),
  gaps: z.array(
    z.strictObject({
      competency: z.string(),
      title: z.string(),
      category: z.string(),
      level,
      expected: level,
      gap: z.number().positive(),
      priority: z.number().describe('gap × weight, the sort key'),
      steps: z.array(stepSchema),
    }),
  ),
  strengths: z.array(
    z.strictObject({
      competency: z.string(),
      title: z.string(),
      category: z.string(),
      level,
      expected: level.describe('Expected level at the assessed stage'),
    }),
  ),
  answers: z.record(
    z.string(),
    z.strictObject({
      value: answerValueSchema,
      note: z.string().optional(),
      level: level.nullable().describe('The level this answer gives; null for n/a'),
    }),
  ),
});

export type ReportV1 = z.infer<typeof reportV1Schema>;
