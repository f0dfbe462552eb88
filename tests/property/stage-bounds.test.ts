/**
 * Stage bounds are never wrong: for random complete answers, the quick run's bounds
 * (every unasked behaviour question at its lowest and at its highest) contain the
 * full run's stage, and the quick run's own stage lies between them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildReport } from '../../src/assessment/build-report.ts';
import { questionsInScope } from '../../src/assessment/scope.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { valueArbitrary } from '../helpers/answer-values.ts';
import type { Answers } from '../../src/contracts/answers.ts';
import { syntheticSet } from '../helpers/synthetic-set.ts';
import { loadBuiltinRubricSet } from '../helpers/verdict-core.ts';

const options = { generatedAt: new Date(0), toolVersion: 'test' };

function index(set: RubricSet, bound: { id: string; met: boolean }): number {
  return bound.met ? set.stages.findIndex((stage) => stage.id === bound.id) : -1;
}

/** Complete answers: every question answered (n/a where allowed). */
function completeAnswers(set: RubricSet): fc.Arbitrary<Answers> {
  return fc.tuple(...questionsInScope(set).map(({ question }) => valueArbitrary(question).map((value) => [question.id, { value }] as const))).map(
    (entries) => Object.fromEntries(entries) as Answers,
  );
}

async function checkBounds(set: RubricSet, runs: number): Promise<void> {
  fc.assert(
    fc.property(completeAnswers(set), (answers) => {
      const full = buildReport(set, answers, { ...options, quick: false });
      const quick = buildReport(set, answers, { ...options, quick: true });
      const stage = (report: typeof full) => (report.stage.met ? report.stage.index : -1);
      const low = index(set, quick.stage.bounds.low);
      const high = index(set, quick.stage.bounds.high);
      expect(low).toBeLessThanOrEqual(stage(full));
      expect(stage(full)).toBeLessThanOrEqual(high);
      expect(low).toBeLessThanOrEqual(stage(quick));
      expect(stage(quick)).toBeLessThanOrEqual(high);
      // Settled means one stage; an unsettled run may still have one stage with the other path at its height open.
      if (low !== high) expect(quick.stage.bounds.certain).toBe(false);
      expect(full.stage.bounds).toMatchObject({ certain: true, open: 0 });
    }),
    { numRuns: runs },
  );
}

describe('stage bounds', () => {
  test('contain the full stage on the synthetic set', async () => {
    await checkBounds(syntheticSet(), 300);
  });
  test('contain the full stage on the built-in rubrics', async () => {
    await checkBounds(await loadBuiltinRubricSet(), 100);
  });
});
