/**
 * The calibration of one person's ratings (`ml-career calibrate --format json`):
 * a versioned contract, printed as JSON Schema by `ml-career schema calibrate`.
 */
import { z } from 'zod';
import { CALIBRATION_SCHEMA_VERSION } from './limits.ts';
import { refSchema as ref, scoredLevelSchema as level, toolSchema } from './output-parts.ts';
import { raterRoles } from './report.ts';

export const calibrationFlags = ['discuss-first', 'check'] as const;

export const calibrationSchema = z.strictObject({
  schemaVersion: z.literal(CALIBRATION_SCHEMA_VERSION),
  tool: toolSchema,
  subject: z.string().describe('The person whose work every report judges'),
  rubricSet: z.strictObject({ id: z.string(), title: z.string(), version: z.string() }),
  raters: z
    .array(
      z.strictObject({
        role: z.enum(raterRoles),
        name: z.string().nullable().describe('The rater\'s name when the report gives one (the subject for self)'),
        source: z.string().describe('The report file'),
        generatedAt: z.iso.datetime(),
        complete: z.boolean(),
        stage: ref.extend({ met: z.boolean() }).describe('The stage this rater\'s answers give'),
      }),
    )
    .describe('One per report, self first, then managers, then peers, each in the order given'),
  competencies: z
    .array(
      ref.extend({
        category: z.string(),
        levels: z.array(level.nullable()).describe('One per rater, in the order of raters; null = not assessed by that rater'),
        spread: z.number().min(0).nullable().describe('Highest minus lowest level given; null when fewer than two raters assessed it'),
        difference: z
          .number()
          .min(0)
          .nullable()
          .describe('The largest difference between the self rating and another rater\'s (between any two raters when there is no self rating)'),
        flag: z
          .enum(calibrationFlags)
          .nullable()
          .describe('discuss-first: a difference of two levels or more; check: of one level or more; null: less'),
      }),
    )
    .describe('Every competency of the reports, in rubric order'),
  notes: z
    .array(z.strictObject({ question: z.string(), notes: z.array(z.string().nullable()).describe('One per rater; null = no note') }))
    .describe('Evidence notes side by side, one entry per question that any rater annotated'),
});

export type Calibration = z.infer<typeof calibrationSchema>;
