/**
 * Loads a rubric set from file contents (no file system here): parse, check each
 * file against its schema, merge custom files over the built-in ones, lint the
 * result, and report every problem of every file at once.
 */
import { basename } from 'node:path';
import type { z } from 'zod';
import { DataError, RubricError } from '../errors.ts';
import type { Problem } from '../errors.ts';
import { rubricDigest } from './digest.ts';
import { RUBRIC_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { parseDocument } from '../parse/document.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { blameCustom } from './blame-custom.ts';
import { lintRubricSet } from './lint.ts';
import { quickParse } from '../parse/quick-parse.ts';
import type { SourcedCategory, SourcedStages, SourcedTrack } from './lint.ts';
import { categorySchema, stagesFileSchema } from '../contracts/rubric.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import { tracksFileSchema } from '../contracts/tracks.ts';
import { problemsFromZod } from '../parse/zod-problems.ts';

const STAGES_FILE = 'stages.yaml';
const TRACKS_FILE = 'tracks.yaml';

interface CheckedSources {
  stages?: SourcedStages;
  categories: SourcedCategory[];
  tracks: SourcedTrack[];
}

/** One rubric file as read from disk: the path as the user gave it (for messages) and its bytes. */
export interface RubricSource {
  /** The path as the user gave the directory, joined with the file name (used in messages). */
  file: string;
  bytes: Uint8Array;
}


export function loadRubricSet(builtin: RubricSource[], custom: RubricSource[] = []): RubricSet {
  // Large sets are mostly fine: read them quickly, and again with positions only
  // when there is something to report (see quick-parse.ts).
  const quick = quickDocuments([...builtin, ...custom]);
  if (quick) {
    try {
      return checkedSet(builtin, custom, (source) => quick.get(source), []);
    } catch (error) {
      if (!(error instanceof RubricError)) throw error;
    }
  }
  const problems: Problem[] = [];
  return checkedSet(builtin, custom, (source) => parseOrCollect(source, problems), problems);
}

type Reader = (source: RubricSource) => ParsedDocument | undefined;

/** Every file read quickly, or undefined when any of them needs the full reader. */
function quickDocuments(sources: RubricSource[]): Map<RubricSource, ParsedDocument> | undefined {
  const docs = new Map<RubricSource, ParsedDocument>();
  for (const source of sources) {
    const doc = quickParse(source.bytes, source.file, RUBRIC_FILE_MAX_BYTES);
    if (!doc) return undefined;
    docs.set(source, doc);
  }
  return docs;
}

/** The checked, merged set, or a RubricError with every problem (those `read` collected included). */
function checkedSet(builtin: RubricSource[], custom: RubricSource[], read: Reader, problems: Problem[]): RubricSet {
  const base = checkSources(builtin, read, problems);
  const overlay = checkSources(custom, read, problems);
  const stages = overlay.stages ?? base.stages;
  const categories = mergeCategories(base.categories, overlay.categories);
  const tracks = mergeTracks(base.tracks, overlay.tracks);
  if (!stages) {
    if (problems.length === 0) {
      problems.push({ message: `no ${STAGES_FILE} among the rubric files`, hint: `add a ${STAGES_FILE} with the rubric set and its stages` });
    }
    throw new RubricError(problems);
  }
  if (categories.length === 0 && problems.length === 0) {
    problems.push({ file: stages.doc.file, message: 'no category files besides the stages', hint: 'add one .yaml file per category' });
  }
  const lints = lintRubricSet({ stages, categories, tracks }, { partial: problems.length > 0 });
  problems.push(...blameCustom(lints, new Set(builtin.map((source) => source.file)), overlay));
  if (problems.length > 0) throw new RubricError(problems);

  const resolved = categories.map((entry) => entry.category);
  return {
    info: { ...stages.stages.rubricSet, digest: rubricDigest(stages.stages, resolved) },
    attainment: stages.stages.attainment,
    stages: stages.stages.stages,
    categories: resolved,
    tracks: tracks.map((entry) => entry.track),
  };
}

function checkSources(sources: RubricSource[], read: Reader, problems: Problem[]): CheckedSources {
  const checked: CheckedSources = { categories: [], tracks: [] };
  for (const source of sources) {
    const isStages = isStagesFile(source.file);
    const doc = read(source);
    if (!doc) continue;
    if (isTracksFile(source.file)) {
      const file = checkAgainst(tracksFileSchema, doc, problems);
      if (file) checked.tracks.push(...file.tracks.map((track, index) => ({ track, doc, index })));
    } else if (isStages) {
      const stages = checkAgainst(stagesFileSchema, doc, problems);
      if (stages) checked.stages = { stages, doc };
    } else {
      const category = checkAgainst(categorySchema, doc, problems);
      if (category) checked.categories.push({ category, doc });
    }
  }
  return checked;
}

function isStagesFile(file: string): boolean {
  const name = basename(file).toLowerCase();
  return name === STAGES_FILE || name === 'stages.yml';
}

function isTracksFile(file: string): boolean {
  const name = basename(file).toLowerCase();
  return name === TRACKS_FILE || name === 'tracks.yml';
}

function parseOrCollect(source: RubricSource, problems: Problem[]): ParsedDocument | undefined {
  try {
    return parseDocument(source.bytes, source.file, { maxBytes: RUBRIC_FILE_MAX_BYTES });
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    problems.push(...error.problems);
    return undefined;
  }
}

function checkAgainst<S extends z.ZodType>(schema: S, doc: ParsedDocument, problems: Problem[]): z.output<S> | undefined {
  const result = schema.safeParse(doc.data);
  if (result.success) return result.data;
  problems.push(...problemsFromZod(result.error, doc, schema));
  return undefined;
}

/** A custom category replaces the built-in one with its id in place; new ids follow in file order. */
function mergeCategories(base: SourcedCategory[], overlay: SourcedCategory[]): SourcedCategory[] {
  const merged = [...base];
  for (const entry of overlay) {
    const index = merged.findIndex((existing) => existing.category.id === entry.category.id && base.includes(existing));
    if (index === -1) merged.push(entry);
    else merged[index] = entry;
  }
  return merged;
}

/** Like categories: a custom track replaces the built-in one with its id in place; new ids follow. */
function mergeTracks(base: SourcedTrack[], overlay: SourcedTrack[]): SourcedTrack[] {
  const merged = [...base];
  for (const entry of overlay) {
    const index = merged.findIndex((existing) => existing.track.id === entry.track.id && base.includes(existing));
    if (index === -1) merged.push(entry);
    else merged[index] = entry;
  }
  return merged;
}
