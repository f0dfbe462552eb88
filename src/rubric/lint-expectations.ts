/**
 * Every competency states its expected level at every stage, and climbing the
 * ladder never lowers an expectation (otherwise a promotion could "lose" a skill).
 */
import type { Problem } from '../errors.ts';
import { MAX_LEVEL, MIN_LEVEL } from '../contracts/limits.ts';
import { problemAt } from './lint-context.ts';
import type { LintInput } from './lint-context.ts';
import { parentOf } from '../contracts/ladder.ts';

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
      const stages = input.stages.stages.stages;
      stages.forEach((stage, index) => {
        const parent = stages[parentOf(stages, index)];
        const level = competency.expectations[stage.id];
        const previous = parent === undefined ? undefined : competency.expectations[parent.id];
        if (parent === undefined || level === undefined || previous === undefined || level >= previous) return;
        problems.push(
          problemAt(
            doc,
            [...path, stage.id],
            `expectation drops from ${previous} at "${parent.id}" to ${level} at "${stage.id}"`,
            'expectations must not decrease from a stage to the stages that follow it',
          ),
        );
      });
    });
  }
  return problems;
}
