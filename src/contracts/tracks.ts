/**
 * The tracks format (`tracks.yaml` in a rubric set): specializations measured
 * from the same answers. A track weighs the set's competencies (core 3, important
 * 2, supporting 1, ignored 0) and may expect other levels than the ladder at some
 * stages. Tracks never change a competency level; they say which path a profile
 * fits and, with `--track`, what its gaps are measured against.
 */
import { z } from 'zod';
import { CORE_TRACK_WEIGHT } from './limits.ts';
import { idSchema, levelSchema, sourceSchema, text, weightMax } from './rubric-parts.ts';

export { CORE_TRACK_WEIGHT };

const trackWeightSchema = weightMax
  .min(0, 'a track weight is 0 or more: core 3, important 2, supporting 1, ignored 0')
  .describe('core 3, important 2, supporting 1, ignored 0');

const trackSchema = z.strictObject({
  id: idSchema,
  title: text,
  source: sourceSchema.describe('The role document line that names this path'),
  summary: text.describe('One or two sentences on what the track does'),
  weights: z
    .record(idSchema, trackWeightSchema)
    .describe('Weight per competency id; a competency left out weighs 0 for this track'),
  questions: z
    .record(idSchema, trackWeightSchema)
    .default({})
    .describe("Where a competency mixes things, a weight per behaviour question id for this track's fit (default: the question's own weight; 0 leaves it out)"),
  expectations: z
    .record(idSchema, z.record(idSchema, levelSchema))
    .default({})
    .describe('Per competency id, the level this track expects at a stage id where it differs from the ladder'),
});

export const tracksFileSchema = z.strictObject({
  tracks: z.array(trackSchema).min(1, 'a tracks file needs at least one track'),
});

export type Track = z.infer<typeof trackSchema>;
export type TracksFile = z.infer<typeof tracksFileSchema>;
