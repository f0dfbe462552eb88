/**
 * The figures the interactive opening line quotes for an adaptive run of the
 * built-in rubrics are current: measured on the rubrics they name, and within two
 * questions of what the respondent simulator measures now (`npm run bench` prints
 * the full table over 2,000 respondents; a smaller sample is enough to catch a stale figure).
 */
import { describe, expect, test } from 'vitest';
import { BUILTIN_ADAPTIVE_EXPECTED, expectedAdaptive } from '../../src/assessment/adaptive-expected.ts';
import { adaptiveStudy } from '../helpers/adaptive-study.ts';
import { loadBuiltinRubricSet } from '../helpers/verdict-core.ts';

describe('the expected number of adaptive questions', () => {
  test('names the built-in rubrics as they are now', async () => {
    const set = await loadBuiltinRubricSet();
    expect(BUILTIN_ADAPTIVE_EXPECTED.digest, 'the built-in rubrics changed: run `node scripts/bench-adaptive.mjs stage` and `… gaps` and update adaptive-expected.ts').toBe(set.info.digest);
    expect(expectedAdaptive(set, 'stage').expected).toBe(BUILTIN_ADAPTIVE_EXPECTED.stage);
    expect(expectedAdaptive({ ...set, info: { ...set.info, digest: 'sha256:other' } }, 'stage').expected).toBeUndefined();
    expect(expectedAdaptive(set, 'gaps', ['ml']).expected).toBeUndefined();
  });

  test.each(['stage', 'gaps'] as const)('%s: within two questions of the simulator', async (mode) => {
    const set = await loadBuiltinRubricSet();
    const study = adaptiveStudy(set, { count: 210, seed: 12, mode, full: false });
    expect(Math.abs(study.all.adaptive.mean - BUILTIN_ADAPTIVE_EXPECTED[mode])).toBeLessThanOrEqual(2);
  });
});
