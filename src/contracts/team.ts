/**
 * The team view (`ml-career team --format json`): a versioned contract, printed
 * as JSON Schema by `ml-career schema team`.
 */
import { z } from 'zod';
import { TEAM_SCHEMA_VERSION } from './limits.ts';
import { refSchema as ref, scoredLevelSchema as level, scoreSchema as score, toolSchema } from './output-parts.ts';
import { stepSchema } from './report.ts';

export const teamSchema = z.strictObject({
  schemaVersion: z.literal(TEAM_SCHEMA_VERSION),
  tool: toolSchema,
  rubricSet: z.strictObject({ id: z.string(), title: z.string(), version: z.string() }).describe('The rubric set of the reports aggregated (the latest version seen)'),
  anonymized: z.boolean().describe('Names are stable pseudonyms and report files are not named'),
  size: z.int().min(0).describe('How many people (reports) are aggregated'),
  stages: z
    .array(ref.extend({ index: z.int().min(0), people: z.int().min(0) }))
    .describe('Stage distribution, lowest stage first; stages known from the reports only'),
  categories: z.array(ref),
  competencies: z
    .array(
      ref.extend({
        category: z.string(),
        assessed: z.int().min(0).describe('People for whom it was assessed'),
        median: level.nullable(),
        min: level.nullable(),
        max: level.nullable(),
        belowNext: z.int().min(0).describe("People below the expectation of their own next stage"),
      }),
    )
    .describe('Every competency of the reports, in rubric order'),
  sharedGaps: z
    .array(
      ref.extend({
        category: z.string(),
        people: z.int().min(1).describe("People below their next stage's expectation here"),
        share: z.number().min(0).max(1),
        shortfall: z.number().describe('Mean shortfall of those people, in levels'),
        steps: z.array(stepSchema.extend({ people: z.int().min(1).describe('People whose gap includes this step') })),
      }),
    )
    .describe('The largest gaps the team shares, most people first, with the learning steps from the reports'),
  tracks: z
    .array(
      ref.extend({
        people: z.int().min(0).describe('People whose best fit, a strong one, is this track'),
        bestFits: z
          .array(z.strictObject({ name: z.string(), fit: z.number(), lift: z.number() }))
          .describe('The (at most three) people who fit this track best, highest lift first, whether or not it is their own best'),
      }),
    )
    .describe('The tracks of the reports, most people first, then by id; [] when no report has tracks'),
  unclearFit: z.int().min(0).describe('People with no strong fit (or reports from before tracks)'),
  people: z.array(
    z.strictObject({
      name: z.string().describe('The report subject, else its file name; a pseudonym when anonymized'),
      source: z.string().nullable().describe('The report file; null when anonymized'),
      generatedAt: z.iso.datetime().describe('When the report was made; only its day (midnight UTC) when anonymized'),
      complete: z.boolean(),
      stage: ref.extend({ index: z.int().min(0) }),
      nextStage: ref.nullable(),
      overall: score.nullable(),
      levels: z.array(level.nullable()).describe('One per entry of competencies, in that order; null = not assessed'),
      belowNext: z.array(z.string()).describe('Competency ids below the expectation of their next stage'),
      track: ref.nullable().describe('Their best-fitting track when the fit is strong, else null'),
    }),
  ).describe('Highest stage first, then highest overall score, then name'),
});

export type Team = z.infer<typeof teamSchema>;
export type TeamPerson = Team['people'][number];
