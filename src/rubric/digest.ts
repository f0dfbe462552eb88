/**
 * A short fingerprint of the resolved rubric content, written into reports so a
 * reader can tell whether two reports were scored against the same rubrics.
 */
import { createHash } from 'node:crypto';
import type { Category, StagesFile } from './schema.ts';

export function rubricDigest(stages: Pick<StagesFile, 'rubricSet' | 'attainment' | 'stages'>, categories: readonly Category[]): string {
  const canonical = canonicalJson({ rubricSet: stages.rubricSet, attainment: stages.attainment, stages: stages.stages, categories });
  return `sha256:${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}

/** JSON with object keys sorted at every depth, so key order in the YAML does not matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
