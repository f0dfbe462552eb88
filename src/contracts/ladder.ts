/**
 * The shape of a career ladder: every stage follows one stage before it (by default
 * the one before it in the list), so a ladder may branch, e.g. an architect path and
 * a director path that both follow the lead stage. Pure functions over the stage list,
 * shared by the ladder lints and the stage rule.
 */

import type { Salary, Stage } from './rubric.ts';

/** A stage's salary ranges as a list (a stage may give one range, or one per source). */
export function stageSalaries(stage: Pick<Stage, 'salary'>): Salary[] {
  if (stage.salary === undefined) return [];
  return Array.isArray(stage.salary) ? stage.salary : [stage.salary];
}

export interface LadderStage {
  id: string;
  follows?: string | undefined;
}

/** The index of the stage `index` follows, or -1 for the first stage. Assumes the lints accepted the ladder. */
export function parentOf(stages: readonly LadderStage[], index: number): number {
  const stage = stages[index];
  if (stage === undefined || index === 0) return -1;
  if (stage.follows === undefined) return index - 1;
  // Only a stage listed before it (the lints refuse anything else), so a ladder never loops.
  const found = stages.findIndex((candidate) => candidate.id === stage.follows);
  return found < index ? found : -1;
}

/** How many stages lie below `index` on its path: 0 for the first stage. */
export function depthOf(stages: readonly LadderStage[], index: number): number {
  let depth = 0;
  for (let at = parentOf(stages, index); at >= 0; at = parentOf(stages, at)) depth += 1;
  return depth;
}

/** The stages that follow `index` directly, in list order. */
export function childrenOf(stages: readonly LadderStage[], index: number): number[] {
  return stages.flatMap((_, candidate) => (candidate !== index && parentOf(stages, candidate) === index ? [candidate] : []));
}

/** True when stage `index` is stage `ancestor` or lies on a path after it. */
export function isAtOrAfter(stages: readonly LadderStage[], index: number, ancestor: number): boolean {
  for (let at = index; at >= 0; at = parentOf(stages, at)) if (at === ancestor) return true;
  return false;
}

/**
 * The stage a path is measured against: when stage `index` is one of several paths
 * from the same stage, that stage (its defining competencies are those it raises
 * above it); otherwise undefined, and nothing is defining.
 */
export function pathBase<T extends LadderStage>(stages: readonly T[], index: number): T | undefined {
  const parent = parentOf(stages, index);
  return parent >= 0 && childrenOf(stages, parent).length > 1 ? stages[parent] : undefined;
}

/** Whether a competency with these expectations defines `stage`: it expects more there than at the path's `base`. */
export function definesPath(expectations: Readonly<Record<string, number>>, stage: string, base: LadderStage | undefined): boolean {
  return base !== undefined && (expectations[stage] ?? 0) > (expectations[base.id] ?? 0);
}
