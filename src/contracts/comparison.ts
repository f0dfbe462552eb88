/**
 * The comparison of two reports (`ml-career compare --format json`): a versioned
 * contract, printed as JSON Schema by `ml-career schema compare`.
 */
import { z } from 'zod';
import { COMPARE_SCHEMA_VERSION } from './limits.ts';
import { refSchema as ref, scoredLevelSchema as level, scoreSchema as score, toolSchema } from './output-parts.ts';

/** Why a gap opened between two reports; also the order of the groups the renderers show. */
export const OPENED_CAUSES = ['target-raised', 'level-dropped', 'newly-assessed'] as const;
export type OpenedCause = (typeof OPENED_CAUSES)[number];
const stageRef = ref.extend({ index: z.int().min(0).describe('Position on the ladder, 0 = first stage') });

const side = z.strictObject({
  source: z.string().describe('The report file as given, or "history #n"'),
  generatedAt: z.iso.datetime(),
  subject: z.string().nullable(),
  rubricSet: z.strictObject({ id: z.string(), title: z.string(), version: z.string(), digest: z.string() }),
  stage: stageRef,
  target: ref.describe('The stage its gaps are measured against'),
  overall: score.nullable(),
  complete: z.boolean(),
});

export const comparisonSchema = z.strictObject({
  schemaVersion: z.literal(COMPARE_SCHEMA_VERSION),
  tool: toolSchema,
  old: side,
  new: side,
  sameRubricSet: z.boolean().describe('Same rubric set id, version and content digest'),
  stage: z.strictObject({ from: stageRef, to: stageRef, change: z.enum(['up', 'down', 'same']) }),
  overall: z.strictObject({ old: score.nullable(), new: score.nullable(), change: z.number().nullable() }),
  categories: z
    .array(z.strictObject({ id: z.string(), title: z.string(), old: score.nullable(), new: score.nullable(), change: z.number().nullable() }))
    .describe('Categories in both reports, in the new report\'s order'),
  moved: z
    .array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        category: z.string(),
        old: level.nullable().describe('null: not assessed in the old report'),
        new: level.nullable().describe('null: not assessed in the new report'),
        change: z.number().nullable().describe('new − old; null when either is not assessed'),
      }),
    )
    .describe('Shared competencies whose level changed, largest change first'),
  unchanged: z.int().min(0).describe('Shared competencies at the same level'),
  gapsClosed: z
    .array(ref.extend({ level, expected: level.describe('What the old report expected') }))
    .describe('Gaps of the old report whose new level reaches what the old report expected'),
  gapsOpened: z
    .array(
      ref.extend({
        level,
        expected: level.describe('What the new report expects'),
        oldLevel: level.nullable().describe('The level in the old report; null: not assessed there'),
        oldExpected: level.describe('What the old report expected'),
        cause: z
          .enum(OPENED_CAUSES)
          .describe(
            'Why it opened. target-raised: the level did not drop, the new report expects more (its target stage is higher); ' +
              'level-dropped: the level went down; newly-assessed: not assessed in the old report',
          ),
      }),
    )
    .describe('Gaps of the new report that were not gaps in the old one, grouped by cause (target-raised, level-dropped, newly-assessed)'),
  onlyInOld: z.strictObject({ categories: z.array(ref), competencies: z.array(ref) }),
  onlyInNew: z.strictObject({ categories: z.array(ref), competencies: z.array(ref) }),
});

export type Comparison = z.infer<typeof comparisonSchema>;
