/**
 * The JSON report: a versioned contract that other tools (and `ml-career report`)
 * read. `ml-career schema report` prints it as JSON Schema. Version 2 (this one)
 * gives whole competency levels with their unrounded mean, the shortest path to the
 * next stage, evidence answers in their own section, and strengths measured against
 * the target stage. Version 3 adds which specialization tracks fit (`tracks`) and
 * the track a run was measured against (`track`). Version 1 and 2 reports are still
 * read (report-v1.ts, report-v2.ts) and upgraded on reading.
 */
import { z } from 'zod';
import { alignmentsSchema } from './alignment.ts';
import { answerValueSchema } from './answers.ts';
import { MAX_LEVEL, MIN_LEVEL, REPORT_SCHEMA_VERSION } from './limits.ts';
import { refSchema as ref, scoredLevelSchema as level, scoreSchema as score, toolSchema } from './output-parts.ts';
import { questionRoles, resourceSchema } from './rubric.ts';
import type { ReportV1 } from './report-v1.ts';
import type { ReportV2 } from './report-v2.ts';

export { REPORT_SCHEMA_VERSION };

const wholeLevel = z.int().min(MIN_LEVEL).max(MAX_LEVEL);

export const raterRoles = ['self', 'manager', 'peer'] as const;
export type RaterRole = (typeof raterRoles)[number];

export const raterSchema = z
  .strictObject({ role: z.enum(raterRoles), name: z.string().optional().describe('Who rated, when they gave a name') })
  .describe('Who answered: the subject themself, or their manager or a peer judging the subject\'s work; absent = self');

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
    possible: z
      .array(boundSchema)
      .optional()
      .describe('Every stage some answers to the unanswered questions could give, lowest first (met: false for below the first stage)'),
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

export const pathStepSchema = z.strictObject({
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

export const stepSchema = z.strictObject({
  from: z.int(),
  to: z.int(),
  actions: z.array(z.string()),
  resources: z.array(resourceSchema),
});

const trackFitSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  fit: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("The track's weighted mean level over its answered competencies ÷ 4, 2 decimals; null when too little of its weight was answered"),
  lift: z
    .number()
    .nullable()
    .describe("fit − the person's own mean level ÷ 4: how far this track stands out from the person's profile (the ranking key); null with fit"),
  strong: z.boolean().describe('True when lift is at least 0.05 (a fifth of a level above the own mean)'),
  coverage: z.number().min(0).max(1).describe("Share of the track's weight whose competencies were answered; under 0.7 there are not enough answers"),
  drivers: z
    .array(z.strictObject({ competency: z.string(), title: z.string(), level: wholeLevel, weight: z.number() }))
    .describe('The (at most three) competencies that lift the fit most above the own mean: weight × (level − own mean), largest first; [] for an even profile'),
  gap: z
    .strictObject({ competency: z.string(), title: z.string(), level: wholeLevel })
    .nullable()
    .describe('The weakest answered core competency of the track (weight 3 or more) below the top level; null when there is none'),
});

export const reportSchema = z.strictObject({
  schemaVersion: z.literal(REPORT_SCHEMA_VERSION),
  tool: toolSchema,
  generatedAt: z.iso.datetime(),
  subject: z.string().nullable(),
  rater: raterSchema.optional(),
  rubricSet: z.strictObject({ id: z.string(), title: z.string(), version: z.string(), digest: z.string() }),
  scope: z.strictObject({
    quick: z.boolean(),
    only: z.array(z.string()).nullable(),
    questions: z.int().min(0).describe('How many questions were in scope'),
    weighted: z.boolean().describe('False when no competency in scope carries weight (e.g. --only background): no stage can be told from it'),
    adaptive: z
      .enum(['stage', 'gaps'])
      .optional()
      .describe('An adaptive run (--adaptive): it asked only what could settle the stage (and, with gaps, the top three gaps)'),
  }),
  asked: z
    .array(z.string())
    .optional()
    .describe('An adaptive run: the question ids it asked (or took from --from), in the order it asked them'),
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
      alignments: alignmentsSchema.optional().describe('Where the competency sits in published skills frameworks (codes and links only)'),
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
      carried: z.literal(true).optional().describe('Carried over from an earlier run (assess --from) and kept'),
    }),
  ),
  track: ref
    .nullable()
    .describe('The track the stage and gaps were measured against (assess --track); null for the ladder itself'),
  tracks: z
    .array(trackFitSchema)
    .describe('Every track of the rubric set, best fit first (by lift); those without enough answers last. [] in reports upgraded from versions 1 and 2'),
});

export type Report = z.infer<typeof reportSchema>;
export type Rater = z.infer<typeof raterSchema>;
export type Blocker = z.infer<typeof blockerSchema>;
export type PathStep = z.infer<typeof pathStepSchema>;
export type TrackFit = z.infer<typeof trackFitSchema>;

/** A version 2 report in the current shape: it said nothing about tracks. */
export function upgradeReportV2(old: ReportV2): Report {
  return { ...old, schemaVersion: REPORT_SCHEMA_VERSION, track: null, tracks: [] };
}

/**
 * A version 1 report in the current shape: its levels were means and are kept as
 * they were (so comparisons show what was said then), with no path, no evidence
 * section and strengths measured against the stage it was assessed at.
 */
export function upgradeReportV1(old: ReportV1): Report {
  return upgradeReportV2(v2FromV1(old));
}

function v2FromV1(old: ReportV1): ReportV2 {
  return {
    ...old,
    schemaVersion: 2,
    scope: { ...old.scope, weighted: true },
    stage: {
      ...withoutSalary(old.stage),
      height: old.stage.index,
      salaries: old.stage.salary === null ? [] : [old.stage.salary],
      alsoMet: [],
      bounds: {
        low: { id: old.stage.id, title: old.stage.title, met: old.stage.met },
        high: { id: old.stage.id, title: old.stage.title, met: old.stage.met },
        certain: !old.scope.quick && old.complete,
        open: 0,
      },
    },
    attainment: { ...old.attainment, nearMissCredit: 0 },
    nextStage:
      old.nextStage === null
        ? null
        : {
            ...old.nextStage,
            index: old.stage.met ? old.stage.index + 1 : old.stage.index,
            definingReadiness: old.nextStage.readiness,
            path: [],
            alternatives: [],
          },
    target: { ...old.target, path: [] },
    competencies: old.competencies.map((entry) => ({ ...entry, mean: entry.level })),
    strengths: old.strengths.map((entry) => ({ ...entry, margin: Math.max(0, entry.level - entry.expected) })),
    evidence: [],
  };
}

function withoutSalary(stage: ReportV1['stage']): Omit<ReportV1['stage'], 'salary'> {
  const { salary: _salary, ...rest } = stage;
  return rest;
}
