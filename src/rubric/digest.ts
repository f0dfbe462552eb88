/**
 * A short fingerprint of the resolved rubric content, written into reports so a
 * reader can tell whether two reports were scored against the same rubrics.
 */
import { createHash } from 'node:crypto';
import type { Category, StagesFile } from '../contracts/rubric.ts';

export function rubricDigest(stages: Pick<StagesFile, 'rubricSet' | 'attainment' | 'stages'>, categories: readonly Category[]): string {
  const canonical = canonicalJson({ rubricSet: stages.rubricSet, attainment: stages.attainment, stages: stages.stages, categories });
  return `sha256:${createHash('sha256').update(canonical).digest('hex').slice(0, 16)}`;
}

/** JSON with object keys sorted at every depth, so key order in the YAML does not matter. */
function canonicalJson(value: unknown): string {
  // The native serializer with a sorting replacer: about three times faster than building the string by hand.
  return JSON.stringify(value, sortKeys) ?? 'null';
}

function sortKeys(_key: string, item: unknown): unknown {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return item;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(item).sort()) sorted[key] = (item as Record<string, unknown>)[key];
  return sorted;
}
