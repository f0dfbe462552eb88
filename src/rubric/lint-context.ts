/**
 * What the lints work on: each parsed category and the stages file together with
 * the document it came from, so that every problem can point at file:line:col.
 */
import { competencyWeight } from '../contracts/attainment.ts';
import type { Problem } from '../errors.ts';
import type { ParsedDocument } from '../parse/document.ts';
import type { Category, StagesFile } from '../contracts/rubric.ts';
import type { Track } from '../contracts/tracks.ts';
import { renderPath } from '../parse/zod-problems.ts';

export interface SourcedCategory {
  category: Category;
  doc: ParsedDocument;
}

export interface SourcedStages {
  stages: StagesFile;
  doc: ParsedDocument;
}

/** A track with its document and its position in that document's `tracks` list. */
export interface SourcedTrack {
  track: Track;
  doc: ParsedDocument;
  index: number;
}

export interface LintInput {
  stages: SourcedStages;
  categories: SourcedCategory[];
  tracks?: SourcedTrack[];
}

type Path = ReadonlyArray<string | number>;

export function problemAt(doc: ParsedDocument, path: Path, message: string, hint?: string): Problem {
  return { file: doc.file, ...doc.locate(path), path: renderPath(path), message, ...(hint ? { hint } : {}) };
}

/** `file:line:col` of a node, for messages that refer to an earlier definition. */
export function whereIs(doc: ParsedDocument, path: Path): string {
  const position = doc.locate(path);
  return position ? `${doc.file}:${position.line}:${position.col}` : doc.file;
}

/** category.weight × competency.weight: what a competency counts for in the stage rule. */
export function effectiveWeight(category: Category, weight: number): number {
  return competencyWeight(category.weight, weight);
}
