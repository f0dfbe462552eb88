/**
 * JSON Schemas of the file formats, generated from the zod schemas so that the
 * editor's checks and the tool's checks can never disagree.
 */
import { z } from 'zod';
import { answersFileSchema } from './answers.ts';
import { comparisonSchema } from './comparison.ts';
import { reportSchema } from './report.ts';
import { teamSchema } from './team.ts';
import { categorySchema, stagesFileSchema } from './rubric.ts';
import { tracksFileSchema } from './tracks.ts';

export type SchemaName = 'rubric' | 'stages' | 'tracks' | 'answers' | 'report' | 'compare' | 'team';
export const SCHEMA_NAMES: readonly SchemaName[] = ['rubric', 'stages', 'tracks', 'answers', 'report', 'compare', 'team'];

const SOURCES: Record<SchemaName, { schema: z.ZodType; title: string; io: 'input' | 'output' }> = {
  rubric: { schema: categorySchema, title: 'ml-career rubric category file', io: 'input' },
  stages: { schema: stagesFileSchema, title: 'ml-career stages file (rubric set and career ladder)', io: 'input' },
  tracks: { schema: tracksFileSchema, title: 'ml-career tracks file (specialization tracks of a rubric set)', io: 'input' },
  answers: { schema: answersFileSchema, title: 'ml-career answers file', io: 'input' },
  // The report is something the tool writes: describe what readers get, defaults included.
  report: { schema: reportSchema, title: 'ml-career JSON report', io: 'output' },
  compare: { schema: comparisonSchema, title: 'ml-career comparison of two reports (compare --format json)', io: 'output' },
  team: { schema: teamSchema, title: 'ml-career team view (team --format json)', io: 'output' },
};

export function jsonSchemaFor(name: SchemaName): object {
  const { schema, title, io } = SOURCES[name];
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-07', io });
  return { $schema, $id: `urn:ml-career:schema:${name}`, title, ...rest };
}

/** The committed file name under `schemas/`, also used by the `$schema` comment in rubric files. */
export function schemaFileName(name: SchemaName): string {
  return `${name}.schema.json`;
}
