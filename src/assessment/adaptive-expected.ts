/**
 * How many questions an adaptive run of the built-in rubrics usually asks, as the
 * respondent simulator measured it (the mean over respondents spread evenly over
 * every stage; `npm run bench` prints the full table). The interactive opening line
 * quotes it; tests/property/adaptive-expected.test.ts fails when the rubrics or the
 * planner change and the figures are no longer current.
 */
import type { RubricSet } from '../contracts/rubric.ts';
import type { AdaptiveMode } from './adaptive.ts';

export const BUILTIN_ADAPTIVE_EXPECTED = {
  /** The digest of the built-in rubric set the figures were measured on. */
  digest: 'sha256:ebe0b3a48da96a52',
  stage: 40,
  gaps: 46,
} as const;

/** The usual number of questions of a run over every category of the built-in rubrics; undefined for other rubrics or scopes, which were not measured. */
export function expectedAdaptive(set: RubricSet, mode: AdaptiveMode, only: readonly string[] = []): { expected: number | undefined; gaps: boolean } {
  const measured = set.info.digest === BUILTIN_ADAPTIVE_EXPECTED.digest && only.length === 0;
  return { expected: measured ? BUILTIN_ADAPTIVE_EXPECTED[mode] : undefined, gaps: mode === 'gaps' };
}
