/**
 * The JSON report as ml-career 2.x wrote it (schemaVersion 2): still read by
 * `report`, `history`, `compare` and `team`, and upgraded to the current contract
 * on reading (see report.ts). Never written any more.
 */
import { z } from 'zod';
import { answerValueSchema } from './answers.ts';
import { MAX_LEVEL, MIN_LEVEL } from './limits.ts';
import { refSchema as ref, scoredLevelSchema as level, scoreSchema as score, toolSchema } from './output-parts.ts';
import { questionRoles, resourceSchema } from './rubric.ts';

const wholeLevel = z.int().min(MIN_LEVEL).max(MAX_LEVEL);

const reportStageSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  alsoKnownAs: z.array(z.string()),
  index: z.int().min(0).describe('Position in the list of stages, 0 = first stage'),
  height: z.int().min(0).describe('How many stages lie below it on its path: 0 for the first stage; two paths may share a height'),
  years: z.strictObject({ min: z.number(), max: z.number().optional() }),
  salaries: z
    .array(z.strictObject({ currency: z.string(), year: z.int(), min: z.number(), max: z.number(), source: z.string() }))
    .describe('The ranges the role document gives for this stage, each with its source; [] when none'),
  met: z.boolean().describe('False only for the first stage when even it is not fully met'),
  alsoMet: z.array(ref).describe('Other stages met at the same height of the ladder (e.g. both an architect and a director path)'),
});

const boundSchema = z.strictObject({ id: z.string(), title: z.string(), met: z.boolean() });

const boundsSchema = z
  .strictObject({
    low: boundSchema,
    high: boundSchema,
    certain: z.boolean().describe('True when no unanswered question of the run could change the stage'),
    open: z.int().min(0).describe('Behaviour questions of the run\'s categories left unanswered (by --quick or missing answers)'),
  })
  .describe('The lowest and highest stage that the unanswered behaviour questions allow');

const blockerSchema = z.strictObject({
  competency: z.string(),
  title: z.string(),
  category: z.string(),
  level,
  expected: level,
  shortfall: z.number().positive().describe('expected − level'),
  blocksBy: z.enum(['coverage', 'shortfall']).describe('shortfall: more than maxShortfall below; coverage: below, counts against the share'),
});

const pathStepSchema = z.strictObject({
  competency: z.string(),
  title: z.string(),
  category: z.string(),
  from: wholeLevel,
  to: wholeLevel,
  action: z.string().nullable().describe('The first learning action of the step from `from`, or null when the rubric has none left to suggest'),
});

const pathSchema = z
  .array(pathStepSchema)
  .describe('The shortest path to meeting the stage: the fewest levels in all, then the most credit, then competencies in id order; [] when it is met');

const stepSchema = z.strictObject({
  from: z.int(),
  to: z.int(),
  actions: z.array(z.string()),
  resources: z.array(resourceSchema),
});

export const reportV2Schema = z.strictObject({
  schemaVersion: z.literal(2),
  tool: toolSchema,
  generatedAt: z.iso.datetime(),
  subject: z.string().nullable(),
  rubricSet: z.strictObject({ id: z.string(), title: z.string(), version: z.string(), digest: z.string() }),
  scope: z.strictObject({
    quick: z.boolean(),
    only: z.array(z.string()).nullable(),
    questions: z.int().min(0).describe('How many questions were in scope'),
    weighted: z.boolean().describe('False when no competency in scope carries weight (e.g. --only background): no stage can be told from it'),
  }),
  complete: z.boolean(),
  missing: z.array(z.string()).describe('Question ids in scope left unanswered (n/a counts as answered)'),
  attainment: z.strictObject({ coverage: z.number(), maxShortfall: z.number(), nearMissCredit: z.number() }),
  stage: reportStageSchema.extend({ bounds: boundsSchema }),
  nextStage: z
    .strictObject({
      ...ref.shape,
      readiness: z.number().min(0).max(1).describe('Weighted share of its expectations met (a near miss counts nearMissCredit)'),
      index: z.int().min(0).describe('Position in the list of stages'),
      definingReadiness: z
        .number()
        .min(0)
        .max(1)
        .describe('The same share over the competencies this stage raises above the one it follows (what defines it)'),
      blockers: z.array(blockerSchema),
      path: pathSchema,
      alternatives: z
        .array(ref.extend({ index: z.int().min(0), readiness: z.number().min(0).max(1) }))
        .describe('Other stages that also follow the assessed one (another path up the ladder), with their readiness'),
    })
    .nullable(),
  target: ref.extend({ readiness: z.number().min(0).max(1), path: pathSchema }),
  overall: z.strictObject({ score: score.nullable() }),
  categories: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      weight: z.number(),
      score: score.nullable(),
    }),
  ),
  competencies: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      category: z.string(),
      weight: z.number(),
      level: level.nullable().describe('The weighted mean of its behaviour answers rounded to a whole level (halves up); null when none was answered'),
      mean: level.nullable().describe('That mean before rounding, 2 decimals'),
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
  strengths: z
    .array(
      z.strictObject({
        competency: z.string(),
        title: z.string(),
        category: z.string(),
        level,
        expected: level.describe('Expected level at the target stage'),
        margin: z.number().min(0).describe('level − expected'),
      }),
    )
    .describe('At most five weighted competencies at or above the target expectation, largest margin first'),
  evidence: z
    .array(
      z.strictObject({
        question: z.string(),
        competency: z.string(),
        category: z.string(),
        prompt: z.string(),
        value: answerValueSchema,
        level: level.nullable().describe('What the answer would indicate on the 0–4 scale; evidence never sets a competency level'),
      }),
    )
    .describe('Answers to evidence questions (breadth, counts, credentials): reported, never part of a level'),
  answers: z.record(
    z.string(),
    z.strictObject({
      value: answerValueSchema,
      note: z.string().optional(),
      level: level.nullable().describe('The level this answer gives; null for n/a'),
      role: z.enum(questionRoles).optional().describe('behaviour answers set levels, evidence answers do not; absent in reports upgraded from version 1'),
    }),
  ),
});

export type ReportV2 = z.infer<typeof reportV2Schema>;
