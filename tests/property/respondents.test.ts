/**
 * The respondent simulator does what issue 10 fixes, and nothing tuned: these
 * checks compare its draws with the stated noise model, not with any verdict.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BELOW_ENTRY,
  NOISE_MODEL,
  exactAnchorRespondents,
  groupExpectation,
  mulberry32,
  normal,
  simulateRespondents,
  studyGroups,
  type Respondent,
} from '../helpers/respondents.ts';
import { NOT_APPLICABLE, checkAnswerValue, loadBuiltinRubricSet, type RubricSet } from '../helpers/verdict-core.ts';

let set: RubricSet;
let respondents: Respondent[];

function sd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, sd: Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length) };
}

function competencies(rubric: RubricSet) {
  return rubric.categories.flatMap((category) => category.competencies.map((competency) => ({ category, competency })));
}

beforeAll(async () => {
  set = await loadBuiltinRubricSet();
  respondents = simulateRespondents(set, { count: 3000, seed: 1 });
});

describe('respondent simulator', () => {
  it('mulberry32 and normal draws are seeded and standard', () => {
    expect(Array.from({ length: 3 }, mulberry32(7))).toEqual(Array.from({ length: 3 }, mulberry32(7)));
    const rng = mulberry32(3);
    const draws = Array.from({ length: 20_000 }, () => normal(rng, 0.45));
    const { mean, sd: spread } = sd(draws);
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(spread).toBeCloseTo(0.45, 2);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(simulateRespondents(set, { count: 50, seed: 9 })).toEqual(simulateRespondents(set, { count: 50, seed: 9 }));
    expect(simulateRespondents(set, { count: 50, seed: 10 })).not.toEqual(simulateRespondents(set, { count: 50, seed: 9 }));
  });

  it('spreads respondents evenly over below-entry and every stage, with the group as the true stage', () => {
    const groups = studyGroups(set);
    expect(groups).toEqual([BELOW_ENTRY, ...set.stages.map((stage) => stage.id)]);
    const counts = groups.map((group) => respondents.filter((respondent) => respondent.group === group).length);
    // As even as whole people allow: every group within one person of n / groups.
    const even = respondents.length / groups.length;
    for (const count of counts) expect([Math.floor(even), Math.ceil(even)]).toContain(count);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(respondents.length);
    expect(respondents.every((respondent) => respondent.trueStage === respondent.group)).toBe(true);
  });

  it('answers every question with a valid value, n/a only where allowed and about 12% of the time there', () => {
    let allowed = 0;
    let notApplicable = 0;
    const problems: string[] = [];
    for (const respondent of respondents) {
      for (const { competency } of competencies(set)) {
        for (const question of competency.questions) {
          const answer = respondent.answers[question.id];
          const problem = answer === undefined ? 'unanswered' : checkAnswerValue(question, answer.value);
          if (problem !== null) problems.push(`${respondent.id} ${question.id}: ${problem}`);
          if (answer?.value === NOT_APPLICABLE) {
            if (!question.allowNA || respondent.levels[question.id] !== null) problems.push(`${respondent.id} ${question.id}: stray n/a`);
            notApplicable += 1;
          }
          if (question.allowNA) allowed += 1;
        }
      }
    }
    expect(problems.slice(0, 5)).toEqual([]);
    expect(Math.abs(notApplicable / allowed - NOISE_MODEL.notApplicableChance)).toBeLessThan(0.015);
  });

  it('makes about 15% of respondents spiky', () => {
    const share = respondents.filter((respondent) => respondent.spiky).length / respondents.length;
    // Four binomial standard errors (0.026 for 3,000): the draws of a fixed seed move whenever a
    // question is added (seed 1 gave 0.141 with 66 questions, 0.170 with 67), and 0.02 is only 3.1.
    const standardError = Math.sqrt((NOISE_MODEL.spikyShare * (1 - NOISE_MODEL.spikyShare)) / respondents.length);
    expect(Math.abs(share - NOISE_MODEL.spikyShare)).toBeLessThan(4 * standardError);
  });

  it('draws latent levels around the group expectation with person, category and competency spread', () => {
    const offsets = respondents
      .filter((respondent) => !respondent.spiky)
      .flatMap((respondent) =>
        competencies(set).map(({ competency }) => respondent.latent[competency.id]! - groupExpectation(set, competency.expectations, respondent.group)),
      );
    const { mean, sd: spread } = sd(offsets);
    const expected = Math.hypot(NOISE_MODEL.personSd, NOISE_MODEL.categorySd, NOISE_MODEL.competencySd);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(spread - expected)).toBeLessThan(0.03);
  });

  it('answers around the latent level: noise 0.45, rounding and a 15% chance of ±1', () => {
    const deviations: number[] = [];
    for (const respondent of respondents) {
      for (const { competency } of competencies(set)) {
        const latent = respondent.latent[competency.id]!;
        if (latent < 1.5 || latent > 2.5) continue; // far from the 0–4 clamp
        for (const question of competency.questions) {
          const level = respondent.levels[question.id];
          if (level != null) deviations.push(level - latent);
        }
      }
    }
    const { mean, sd: spread } = sd(deviations);
    // normal 0.45² + rounding 1/12 + slips 0.15 × 1²
    const expected = Math.sqrt(NOISE_MODEL.answerSd ** 2 + 1 / 12 + NOISE_MODEL.slipChance);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(spread - expected)).toBeLessThan(0.03);
  });

  it('exact-anchor respondents answer every question at their stage expectation, without n/a', () => {
    const anchors = exactAnchorRespondents(set);
    expect(anchors.map((anchor) => anchor.trueStage)).toEqual(set.stages.map((stage) => stage.id));
    for (const anchor of anchors) {
      for (const { competency } of competencies(set)) {
        for (const question of competency.questions) {
          expect(anchor.levels[question.id]).toBe(competency.expectations[anchor.trueStage]);
          expect(anchor.answers[question.id]?.value).not.toBe(NOT_APPLICABLE);
        }
      }
    }
  });
});
