import { describe, expect, it } from 'vitest';
import { answersAtLevels } from '../helpers/answer-values.ts';
import { describeAssessmentProperties } from '../helpers/assessment-properties.ts';
import { syntheticSet } from '../helpers/synthetic-set.ts';

describeAssessmentProperties('synthetic set', syntheticSet());

describe('the synthetic set', () => {
  it('can reach every stage through answers, so the answer-based property runs on each', () => {
    const set = syntheticSet();
    for (const stage of set.stages) {
      expect(answersAtLevels(set, (competency) => competency.expectations[stage.id] ?? 0)).toBeDefined();
    }
  });
});
