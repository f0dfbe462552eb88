/**
 * The adaptive run's guarantee (issue 12): whatever the rubric and the answers, an
 * adaptive run ends at the full run's stage (with the same other stages met as
 * high), and with `gaps` at the same top three gaps, suggesting the same steps; and the stage bounds of any
 * partial set of answers hold every completion's stage.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { SETTLED_GAPS, type AdaptiveMode } from '../../src/assessment/adaptive.ts';
import { runAdaptive } from '../../src/assessment/adaptive-run.ts';
import { buildReport } from '../../src/assessment/build-report.ts';
import { questionsInScope } from '../../src/assessment/scope.ts';
import { trackById, withTrackExpectations } from '../../src/assessment/track.ts';
import type { Answers } from '../../src/contracts/answers.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { valueArbitrary } from '../helpers/answer-values.ts';
import { stageKey } from '../helpers/adaptive-study.ts';
import { randomRubricSet } from '../helpers/random-rubric.ts';
import { loadBuiltinRubricSet } from '../helpers/verdict-core.ts';

const options = { quick: false, generatedAt: new Date(0), toolVersion: 'test' };

function completeAnswers(set: RubricSet): fc.Arbitrary<Answers> {
  return fc
    .tuple(...questionsInScope(set).map(({ question }) => valueArbitrary(question).map((value) => [question.id, { value }] as const)))
    .map((entries) => Object.fromEntries(entries) as Answers);
}

/** A complete set of answers and a random part of it (the rest unanswered). */
function partialAndComplete(set: RubricSet): fc.Arbitrary<{ complete: Answers; partial: Answers }> {
  const ids = questionsInScope(set).map(({ question }) => question.id);
  return fc.tuple(completeAnswers(set), fc.array(fc.boolean(), { minLength: ids.length, maxLength: ids.length })).map(([complete, keep]) => {
    const partial: Answers = {};
    ids.forEach((id, index) => {
      if (keep[index]) partial[id] = complete[id]!;
    });
    return { complete, partial };
  });
}

/** The top gaps with the learning steps they suggest (actions the answers show done are left out). */
const topGaps = (set: RubricSet, answers: Answers) => buildReport(set, answers, options).gaps.slice(0, SETTLED_GAPS).map((gap) => [gap.competency, gap.gap, gap.steps]);

function checkAdaptive(set: RubricSet, answers: Answers, mode: AdaptiveMode): void {
  const scope = questionsInScope(set);
  const run = runAdaptive(set, scope, answers, { mode });
  expect(run.unanswered).toBeNull();
  expect(stageKey(set, run.answers)).toBe(stageKey(set, answers));
  const report = buildReport(set, run.answers, { ...options, adaptive: { mode, asked: run.asked } });
  expect(report.stage.bounds.certain).toBe(true);
  expect(report.asked).toEqual(run.asked);
  if (mode === 'gaps') expect(topGaps(set, run.answers)).toEqual(topGaps(set, answers));
}

function checkBounds(set: RubricSet, complete: Answers, partial: Answers): void {
  const full = buildReport(set, complete, options);
  const part = buildReport(set, partial, options);
  const possible = (part.stage.bounds.possible ?? []).map((bound) => `${bound.id}:${bound.met}`);
  expect(possible).toContain(`${full.stage.id}:${full.stage.met}`);
  expect(possible).toContain(`${part.stage.id}:${part.stage.met}`);
  if (part.stage.bounds.certain) expect(possible).toHaveLength(1);
}

describe('adaptive runs end at the full run’s stage', () => {
  test('random rubrics, random complete answers', () => {
    const cases = randomRubricSet.chain((set) => completeAnswers(set).map((answers) => ({ set, answers })));
    fc.assert(
      fc.property(cases, ({ set, answers }) => checkAdaptive(set, answers, 'stage')),
      { numRuns: 400 },
    );
  });
  test('random rubrics, random complete answers: gaps settles the top three gaps too', () => {
    const cases = randomRubricSet.chain((set) => completeAnswers(set).map((answers) => ({ set, answers })));
    fc.assert(
      fc.property(cases, ({ set, answers }) => checkAdaptive(set, answers, 'gaps')),
      { numRuns: 400 },
    );
  });
  test('the built-in rubrics, both modes', async () => {
    const set = await loadBuiltinRubricSet();
    fc.assert(
      fc.property(completeAnswers(set), fc.constantFrom<AdaptiveMode>('stage', 'gaps'), (answers, mode) => checkAdaptive(set, answers, mode)),
      { numRuns: 40 },
    );
  });
});

describe('adaptive runs under --track end at the track’s stage', () => {
  test('the built-in rubrics and tracks', async () => {
    const set = await loadBuiltinRubricSet();
    const tracks = fc.constantFrom(...set.tracks.map((track) => track.id));
    fc.assert(
      fc.property(completeAnswers(set), tracks, (answers, id) => {
        const planned = withTrackExpectations(set, trackById(set, id));
        const run = runAdaptive(planned, questionsInScope(set), answers, { mode: 'stage' });
        const stageOf = (given: Answers) => {
          const report = buildReport(set, given, { ...options, track: id });
          return [report.stage.id, report.stage.met, report.stage.alsoMet.map((other) => other.id)];
        };
        expect(stageOf(run.answers)).toEqual(stageOf(answers));
      }),
      { numRuns: 30 },
    );
  });
});

describe('stage bounds are never wrong', () => {
  test('random rubrics: any part of a complete set of answers bounds its stage', () => {
    const cases = randomRubricSet.chain((set) => partialAndComplete(set).map((answers) => ({ set, ...answers })));
    fc.assert(
      fc.property(cases, ({ set, complete, partial }) => checkBounds(set, complete, partial)),
      { numRuns: 500 },
    );
  });
  test('the built-in rubrics', async () => {
    const set = await loadBuiltinRubricSet();
    fc.assert(
      fc.property(partialAndComplete(set), ({ complete, partial }) => checkBounds(set, complete, partial)),
      { numRuns: 100 },
    );
  });
});
