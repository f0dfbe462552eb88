/**
 * Random rubric sets for the adaptive and bounds properties: the synthetic set
 * (every question kind, weight-0 parts, n/a) with its stage rule, weights,
 * expectations, n/a and key flags drawn at random, and sometimes a branching ladder
 * (staff following mid beside senior, so two paths share a height).
 */
import fc from 'fast-check';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { syntheticSet } from './synthetic-set.ts';

interface Draw {
  coverage: number;
  maxShortfall: number;
  nearMissCredit: number;
  branching: boolean;
  categoryWeights: number[];
  competencies: { weight: number; start: number; steps: number[]; questions: { weight: number; allowNA: boolean; key: boolean }[] }[];
}

const base = syntheticSet();
const competencyCount = base.categories.reduce((sum, category) => sum + category.competencies.length, 0);
const questionCounts = base.categories.flatMap((category) => category.competencies.map((competency) => competency.questions.length));

const drawArbitrary: fc.Arbitrary<Draw> = fc.record({
  coverage: fc.constantFrom(0.5, 0.6, 0.7, 0.8, 0.9, 1),
  maxShortfall: fc.constantFrom(0, 1, 2, 3),
  nearMissCredit: fc.constantFrom(0, 0.25, 0.5, 1),
  branching: fc.boolean(),
  categoryWeights: fc.array(fc.constantFrom(0, 1, 2), { minLength: base.categories.length, maxLength: base.categories.length }),
  competencies: fc.tuple(
    ...Array.from({ length: competencyCount }, (_, index) =>
      fc.record({
        weight: fc.constantFrom(0, 1, 1, 2, 3),
        start: fc.integer({ min: 0, max: 2 }),
        steps: fc.array(fc.integer({ min: 0, max: 1 }), { minLength: 3, maxLength: 3 }),
        questions: fc.array(fc.record({ weight: fc.constantFrom(1, 1, 2), allowNA: fc.boolean(), key: fc.boolean() }), {
          minLength: questionCounts[index]!,
          maxLength: questionCounts[index]!,
        }),
      }),
    ),
  ),
});

function build(draw: Draw): RubricSet {
  const set = syntheticSet();
  set.attainment = { coverage: draw.coverage, maxShortfall: draw.maxShortfall, nearMissCredit: draw.nearMissCredit };
  if (draw.branching) set.stages = set.stages.map((stage) => (stage.id === 'staff' ? { ...stage, follows: 'mid' } : stage));
  let at = 0;
  set.categories.forEach((category, categoryIndex) => {
    category.weight = draw.categoryWeights[categoryIndex]!;
    for (const competency of category.competencies) {
      const drawn = draw.competencies[at]!;
      at += 1;
      competency.weight = drawn.weight;
      let level = drawn.start;
      set.stages.forEach((stage, index) => {
        if (index > 0) level = Math.min(4, level + drawn.steps[index - 1]! + (draw.branching && stage.id === 'staff' ? 1 : 0));
        competency.expectations[stage.id] = level;
      });
      competency.questions.forEach((question, index) => {
        const q = drawn.questions[index]!;
        question.weight = q.weight;
        question.allowNA = q.allowNA;
        question.key = q.key;
      });
    }
  });
  return set;
}

export const randomRubricSet: fc.Arbitrary<RubricSet> = drawArbitrary.map(build);
