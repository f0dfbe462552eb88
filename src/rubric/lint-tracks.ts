/**
 * Tracks must refer to what the set has: every weight and expectation names a
 * known competency, every expectation a known stage, and every track has at least
 * one core competency (without one it has no centre to fit or to measure gaps by).
 * A per-question weight names a behaviour question: evidence never sets a level.
 */
import type { Problem } from '../errors.ts';
import { CORE_TRACK_WEIGHT } from '../contracts/limits.ts';
import { problemAt, whereIs } from './lint-context.ts';
import type { LintInput } from './lint-context.ts';

export function lintTracks(input: LintInput): Problem[] {
  const problems: Problem[] = [];
  const competencies = new Set(input.categories.flatMap(({ category }) => category.competencies.map((competency) => competency.id)));
  const questions = new Map(input.categories.flatMap(({ category }) => category.competencies.flatMap((competency) => competency.questions.map((question) => [question.id, question.role] as const))));
  const stages = new Set(input.stages.stages.stages.map((stage) => stage.id));
  // Within one file an id is defined once; a custom file's track replaces the built-in one with its id.
  const firstDefined = new Map<string, { doc: unknown; where: string }>();
  for (const { track, doc, index } of input.tracks ?? []) {
    const at = (...path: Array<string | number>) => ['tracks', index, ...path];
    const first = firstDefined.get(track.id);
    if (first !== undefined && first.doc === doc) {
      problems.push(problemAt(doc, at('id'), `duplicate track id "${track.id}" (first defined at ${first.where})`, 'give each track its own id'));
    }
    if (first === undefined) firstDefined.set(track.id, { doc, where: whereIs(doc, at('id')) });
    for (const id of Object.keys(track.weights)) {
      if (!competencies.has(id)) {
        problems.push(problemAt(doc, at('weights', id), `track "${track.id}" weighs unknown competency "${id}"`, 'use a competency id of the rubric set (see `ml-career rubrics show`)'));
      }
    }
    for (const id of Object.keys(track.questions)) {
      const role = questions.get(id);
      if (role === undefined) {
        problems.push(problemAt(doc, at('questions', id), `track "${track.id}" weighs unknown question "${id}"`, 'use a question id of the rubric set (see `ml-career rubrics show`)'));
      } else if (role !== 'behaviour') {
        problems.push(problemAt(doc, at('questions', id), `track "${track.id}" weighs evidence question "${id}"`, 'only behaviour questions set levels; leave evidence questions out'));
      }
    }
    if (!Object.values(track.weights).some((weight) => weight >= CORE_TRACK_WEIGHT)) {
      problems.push(problemAt(doc, at('weights'), `track "${track.id}" has no core competency`, `give the competencies that define it weight ${CORE_TRACK_WEIGHT}`));
    }
    for (const [id, byStage] of Object.entries(track.expectations)) {
      if (!competencies.has(id)) {
        problems.push(problemAt(doc, at('expectations', id), `track "${track.id}" expects a level of unknown competency "${id}"`, 'use a competency id of the rubric set'));
        continue;
      }
      for (const stage of Object.keys(byStage)) {
        if (!stages.has(stage)) {
          problems.push(problemAt(doc, at('expectations', id, stage), `track "${track.id}" expects a level at unknown stage "${stage}"`, `stages: ${[...stages].join(', ')}`));
        }
      }
    }
  }
  return problems;
}
