/**
 * A competency's expected level at a stage. The rubric loader checks that every
 * competency names every stage; reaching a missing one here means a set was built
 * without that check, so it is reported as a rubric problem rather than guessed.
 */
import { RubricError } from '../errors.ts';
import type { Competency, Stage } from '../contracts/rubric.ts';

export function expectationAt(competency: Competency, stage: Stage): number {
  const expected = competency.expectations[stage.id];
  if (expected === undefined) {
    throw new RubricError({
      path: `competencies.${competency.id}.expectations`,
      message: `no expected level for stage "${stage.id}"`,
      hint: 'give every competency an expectation at every stage',
    });
  }
  return expected;
}
