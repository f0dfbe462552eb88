/**
 * Every competency states its expected level at every stage, and climbing the
 * ladder never lowers an expectation (otherwise a promotion could "lose" a skill).
 */
import type { Problem } from '../errors.ts';
import { MAX_LEVEL, MIN_LEVEL } from '../contracts/limits.ts';
import { problemAt } from './lint-context.ts';
import type { LintInput } from './lint-context.ts';

export function lintExpectations(input: LintInput): Problem[] {
  const problems: Problem[] = [];
  const stageIds = input.stages.stages.stages.map((stage) => stage.id);
  const known = new Set(stageIds);
  for (const { category, doc } of input.categories) {
    category.competencies.forEach((competency, c) => {
      const path = ['competencies', c, 'expectations'];
      for (const stageId of Object.keys(competency.expectations)) {
        if (!known.has(stageId)) {
          problems.push(problemAt(doc, [...path, stageId], `expectation for unknown stage "${stageId}"`, `the stages are: ${stageIds.join(', ')}`));
        }
      }
      const missing = stageIds.filter((id) => competency.expectations[id] === undefined);
      if (missing.length > 0) {
        problems.push(
          problemAt(doc, path, `no expectation for stage${missing.length > 1 ? 's' : ''} ${missing.map((id) => `"${id}"`).join(', ')}`, `give an expected level ${MIN_LEVEL}–${MAX_LEVEL} for every stage`),
        );
      }
      let previous: { id: string; level: number } | undefined;
      for (const id of stageIds) {
        const level = competency.expectations[id];
        if (level === undefined) continue;
        if (previous && level < previous.level) {
          problems.push(
            problemAt(
              doc,
              [...path, id],
              `expectation drops from ${previous.level} at "${previous.id}" to ${level} at "${id}"`,
              'expectations must not decrease along the stage order',
            ),
          );
        }
        previous = { id, level };
      }
    });
  }
  return problems;
}
