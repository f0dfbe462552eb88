/**
 * The rubric format: the single source of the rubric types (via z.infer) and of
 * the JSON Schema that editors use (`ml-career schema rubric`).
 * Every object is strict so that a misspelt field is an error, not a silent default.
 */
import { z } from 'zod';

import { LEVELS, MAX_LEVEL, MIN_LEVEL, RUBRIC_NUMBER_MAX, YEARS_MAX } from './limits.ts';
import { idSchema, levelSchema, sourceSchema, text, weightMax } from './rubric-parts.ts';
import type { Track } from './tracks.ts';

const weightSchema = weightMax.min(0).default(1);
/** A value of a number question, a band bound or a salary: finite (zod refuses Infinity and NaN) and bounded. */
const rubricNumber = z
  .number()
  .min(-RUBRIC_NUMBER_MAX, `must be at least -${RUBRIC_NUMBER_MAX}`)
  .max(RUBRIC_NUMBER_MAX, `must be at most ${RUBRIC_NUMBER_MAX}`);
const yearsSchema = z.number().nonnegative().max(YEARS_MAX, `years are at most ${YEARS_MAX}`);

/** Evidence never reaches the top level on volume alone: a count or checklist band stops one below it. */
export const MAX_EVIDENCE_LEVEL = MAX_LEVEL - 1;

const bandSchema = z.strictObject({
  atLeast: rubricNumber.describe('Lowest value (or count of chosen options) for which this band applies'),
  level: z
    .int()
    .min(MIN_LEVEL)
    .max(MAX_EVIDENCE_LEVEL, `a count or checklist is evidence and never reaches level ${MAX_LEVEL} on volume alone: the highest band level is ${MAX_EVIDENCE_LEVEL}`),
});

/**
 * What a question is for. A behaviour question (what the person has done, in levels)
 * sets its competency's level; an evidence question (breadth, counts, checklists,
 * credentials) is reported and shapes suggestions but never moves a level.
 */
export const questionRoles = ['behaviour', 'evidence'] as const;
const levelBearingRole = z
  .enum(questionRoles)
  .default('behaviour')
  .describe('behaviour (default): sets the competency level; evidence: reported, never moves a level');
const evidenceRole = z
  .literal('evidence', {
    error: 'only scale and choice questions can set a level: a boolean, multi or number question is evidence (role: evidence, the default)',
  })
  .default('evidence')
  .describe('Always evidence: counts, checklists and yes/no facts never set a level');

const questionBase = {
  id: idSchema,
  prompt: text,
  help: text.optional(),
  weight: weightMax.positive().default(1),
  source: sourceSchema,
  key: z.boolean().default(false).describe('True on the one question per competency that a quick run asks'),
  allowNA: z.boolean().default(false).describe('Offer "not applicable"; an n/a answer is left out of every total'),
};

const scaleQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('scale'),
  role: levelBearingRole,
  levels: z
    .array(text)
    .length(LEVELS.length, `a scale question has exactly five levels, one behavioural anchor for each of ${MIN_LEVEL}–${MAX_LEVEL}`)
    .describe(`Five behavioural anchors, level ${MIN_LEVEL} first: what a person at that level has actually done`),
});

const booleanQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('boolean'),
  role: evidenceRole,
  levelIfTrue: z.int().min(MIN_LEVEL).max(MAX_EVIDENCE_LEVEL, `a yes/no answer is evidence and never reaches level ${MAX_LEVEL}`),
  levelIfFalse: z.int().min(MIN_LEVEL).max(MAX_EVIDENCE_LEVEL, `a yes/no answer is evidence and never reaches level ${MAX_LEVEL}`),
});

const choiceOptionSchema = z.strictObject({ id: idSchema, label: text, level: levelSchema });
const choiceQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('choice'),
  role: levelBearingRole,
  options: z.array(choiceOptionSchema).min(2, 'a choice question needs at least two options'),
});

const multiOptionSchema = z.strictObject({ id: idSchema, label: text });
const multiQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('multi'),
  role: evidenceRole,
  options: z.array(multiOptionSchema).min(1, 'a multi question needs at least one option'),
  bands: z.array(bandSchema).min(1).describe('Levels by how many options are chosen; the first band starts at 0'),
});

const numberQuestionSchema = z.strictObject({
  ...questionBase,
  kind: z.literal('number'),
  role: evidenceRole,
  unit: text,
  min: rubricNumber,
  max: rubricNumber,
  bands: z.array(bandSchema).min(1).describe('Levels by the value given; the first band starts at min'),
});

const questionSchema = z.discriminatedUnion('kind', [
  scaleQuestionSchema,
  booleanQuestionSchema,
  choiceQuestionSchema,
  multiQuestionSchema,
  numberQuestionSchema,
]);

const resourceKinds = ['book', 'course', 'paper', 'docs', 'practice', 'certification', 'community'] as const;
export const resourceSchema = z.strictObject({
  title: text,
  kind: z.enum(resourceKinds),
  url: z
    .url({ protocol: /^https$/, error: 'a resource url must be an https:// address' })
    .optional(),
});

/**
 * The answer that shows a learning action is already done, so the report leaves
 * the action out: every option of `chosen` ticked (a multi question) or picked (a
 * choice question: any one of them), or an answer at `atLeast` or above.
 */
export const doneWhenSchema = z
  .strictObject({
    question: idSchema.describe('A question of the same rubric set'),
    chosen: z.array(idSchema).min(1).optional().describe('Multi: all of these ticked. Choice: one of these picked'),
    atLeast: levelSchema.optional().describe('The answer gives this level or higher'),
  })
  .refine((when) => (when.chosen === undefined) !== (when.atLeast === undefined), {
    message: 'give exactly one of chosen or atLeast',
  });

export const learningActionSchema = z.union([
  text,
  z.strictObject({
    text,
    doneWhen: doneWhenSchema.describe('Leave the action out of a report whose answers show it is already done'),
  }),
]);

export const learningStepSchema = z
  .strictObject({
    from: z.int().min(MIN_LEVEL).max(MAX_LEVEL - 1),
    to: z.int().min(MIN_LEVEL + 1).max(MAX_LEVEL),
    actions: z.array(learningActionSchema).min(1, 'each learning step needs at least one concrete action'),
    resources: z.array(resourceSchema).default([]),
  })
  .refine((step) => step.to === step.from + 1, {
    message: 'a learning step goes up exactly one level (to = from + 1)',
    path: ['to'],
  });

const competencySchema = z.strictObject({
  id: idSchema,
  title: text,
  description: text,
  source: sourceSchema,
  weight: weightSchema.describe('Relative weight within its category; 0 makes it context only (never a gate)'),
  expectations: z
    .record(idSchema, levelSchema)
    .describe(`Expected level ${MIN_LEVEL}–${MAX_LEVEL} at every stage id`),
  questions: z.array(questionSchema).min(1, 'a competency needs at least one question'),
  learning: z.array(learningStepSchema).default([]),
});

export const categorySchema = z.strictObject({
  id: idSchema,
  title: text,
  description: text,
  source: sourceSchema,
  weight: weightSchema.describe('Relative weight in the overall score; 0 makes it context only'),
  competencies: z.array(competencySchema).min(1, 'a category needs at least one competency'),
});

const salarySchema = z.strictObject({
  currency: z.literal('USD'),
  year: z.int().min(1900).max(2200),
  min: rubricNumber.nonnegative(),
  max: rubricNumber.nonnegative(),
  source: sourceSchema.describe('Where the role document gives this range'),
});

const stageSchema = z.strictObject({
  id: idSchema,
  title: text,
  alsoKnownAs: z.array(text).default([]),
  summary: text.describe('One or two sentences on what this stage does'),
  source: sourceSchema,
  years: z.strictObject({ min: yearsSchema, max: yearsSchema.optional() }),
  salary: z
    .union([salarySchema, z.array(salarySchema).min(1)])
    .optional()
    .describe('The salary range the role document gives for this stage, or one per source where sources differ'),
  follows: idSchema
    .optional()
    .describe('The stage this one follows (default: the stage before it in the list). Two stages that follow the same one are two paths, e.g. an architect and a director after a lead'),
});

const attainmentSchema = z.strictObject({
  coverage: z
    .number()
    .gt(0)
    .max(1)
    .default(0.8)
    .describe('Weighted share of a stage\'s expectations that must be met (with near misses counted at nearMissCredit)'),
  maxShortfall: z
    .number()
    .min(0)
    .max(MAX_LEVEL)
    .default(1)
    .describe('No competency may be more than this many levels below its stage expectation'),
  nearMissCredit: z
    .number()
    .min(0)
    .max(1)
    .default(0)
    .describe('The credit a competency exactly one level below the expectation earns towards coverage (0: none, 0.5: half)'),
});

const rubricSetInfoSchema = z.strictObject({
  id: idSchema,
  title: text,
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'a version is MAJOR.MINOR.PATCH, e.g. "1.0.0"'),
});

export const stagesFileSchema = z.strictObject({
  rubricSet: rubricSetInfoSchema,
  attainment: attainmentSchema.default({ coverage: 0.8, maxShortfall: 1, nearMissCredit: 0 }),
  stages: z.array(stageSchema).min(2, 'a career ladder needs at least two stages'),
});

export type Band = z.infer<typeof bandSchema>;
export type LearningAction = z.infer<typeof learningActionSchema>;
export type DoneWhen = z.infer<typeof doneWhenSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionKind = Question['kind'];
export type MultiQuestion = z.infer<typeof multiQuestionSchema>;
export type NumberQuestion = z.infer<typeof numberQuestionSchema>;
export type Competency = z.infer<typeof competencySchema>;
export type Category = z.infer<typeof categorySchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Salary = z.infer<typeof salarySchema>;
type Attainment = z.infer<typeof attainmentSchema>;
export type StagesFile = z.infer<typeof stagesFileSchema>;

/** A loaded, merged and checked rubric set: what the rest of the tool works on. */
export interface RubricSet {
  info: z.infer<typeof rubricSetInfoSchema> & { digest: string };
  attainment: Attainment;
  stages: Stage[];
  categories: Category[];
  /** The specialization tracks of tracks.yaml, in file order; [] when the set has none. */
  tracks: Track[];
}
