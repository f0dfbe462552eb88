/**
 * Rules on the ladder as a whole: every stage can be told apart from the one
 * below it, every stage can be reached by some answers, the set carries weight,
 * and the stage facts (years, salary) are ordered.
 */
import type { Problem } from '../errors.ts';
import { effectiveWeight, problemAt } from './lint-context.ts';
import type { LintInput } from './lint-context.ts';
import { MAX_LEVEL, MIN_LEVEL } from '../contracts/limits.ts';
import { wholeLevel } from '../contracts/levels.ts';
import type { Competency, Question } from '../contracts/rubric.ts';
import { stageStanding } from '../contracts/attainment.ts';
import { definesPath, parentOf, pathBase, stageSalaries, type LadderStage } from '../contracts/ladder.ts';


/** Successive stages must raise expectations on at least this share of the total weight. */
const MIN_RAISED_SHARE = 0.25;

interface Weighted {
  competency: Competency;
  weight: number;
}

export function lintLadder(input: LintInput): Problem[] {
  const { doc, stages: file } = input.stages;
  const problems: Problem[] = [];
  file.stages.forEach((stage, s) => {
    if (stage.years.max !== undefined && stage.years.min > stage.years.max) {
      problems.push(problemAt(doc, ['stages', s, 'years', 'min'], `years min (${stage.years.min}) is above max (${stage.years.max})`, 'swap them'));
    }
    const salaries = stageSalaries(stage);
    salaries.forEach((salary, i) => {
      if (salary.min <= salary.max) return;
      const at = Array.isArray(stage.salary) ? ['stages', s, 'salary', i, 'min'] : ['stages', s, 'salary', 'min'];
      problems.push(problemAt(doc, at, `salary min (${salary.min}) is above max (${salary.max})`, 'swap them'));
    });
    if (stage.follows !== undefined) {
      const earlier = file.stages.slice(0, s).map((candidate) => candidate.id);
      if (!earlier.includes(stage.follows)) {
        problems.push(
          problemAt(
            doc,
            ['stages', s, 'follows'],
            stage.follows === stage.id ? `stage "${stage.id}" cannot follow itself` : `"${stage.follows}" is not a stage listed before "${stage.id}"`,
            earlier.length > 0 ? `a stage follows one listed before it: ${earlier.join(', ')}` : 'the first stage follows none: remove follows',
          ),
        );
      }
    }
  });

  const weighted: Weighted[] = [];
  for (const { category, doc: categoryDoc } of input.categories) {
    const total = category.competencies.reduce((sum, competency) => sum + competency.weight, 0);
    if (category.weight > 0 && total === 0) {
      problems.push(problemAt(categoryDoc, ['weight'], `category "${category.id}" has weight ${category.weight} but all its competencies have weight 0`, 'give a competency a positive weight, or set the category weight to 0 (context only)'));
    }
    for (const competency of category.competencies) {
      const weight = effectiveWeight(category, competency.weight);
      if (weight > 0) weighted.push({ competency, weight });
    }
  }
  if (weighted.length === 0) {
    const first = input.categories[0];
    if (first) problems.push(problemAt(first.doc, ['weight'], 'no competency in the set carries weight (every category or competency weight is 0)', 'give at least one category and competency a positive weight'));
    return problems;
  }
  problems.push(...lintRaises(input, weighted), ...lintPaths(input, weighted), ...lintReachable(input, weighted));
  return problems;
}

function lintRaises(input: LintInput, weighted: Weighted[]): Problem[] {
  const { doc, stages: file } = input.stages;
  const total = weighted.reduce((sum, entry) => sum + entry.weight, 0);
  const needed = Math.max(MIN_RAISED_SHARE, 1 - file.attainment.coverage);
  const problems: Problem[] = [];
  file.stages.forEach((stage, s) => {
    const lower = file.stages[parentOf(file.stages, s)];
    if (!lower) return;
    const raised = weighted
      .filter(({ competency }) => (competency.expectations[stage.id] ?? 0) > (competency.expectations[lower.id] ?? 0))
      .reduce((sum, entry) => sum + entry.weight, 0);
    const share = raised / total;
    // A person exactly at the lower stage, measured against this one with the real rule.
    const atLower = stageStanding(exactlyAt(weighted, lower.id, stage.id, pathBase(file.stages, s)), file.attainment);
    if (share >= MIN_RAISED_SHARE && !atLower.met) return;
    problems.push(
      problemAt(
        doc,
        ['stages', s],
        atLower.met
          ? `a person exactly at "${lower.id}" would already meet "${stage.id}" (${percent(atLower.share)} of its expectations met, coverage ${percent(file.attainment.coverage)}): "${stage.id}" raises expectations on only ${percent(share)} of the competency weight`
          : `stage "${stage.id}" raises expectations over "${lower.id}" on only ${percent(share)} of the competency weight; it needs at least ${percent(MIN_RAISED_SHARE)}`,
        `raise "${stage.id}" expectations on more competencies (at least ${percent(needed)} of the weight), or by more than one level`,
      ),
    );
  });
  return problems;
}

/** A person whose every level is the expectation at `at`, measured against `target` (judged on what it raises over `base`, when it is one of several paths). */
function exactlyAt(weighted: readonly Weighted[], at: string, target: string, base: LadderStage | undefined) {
  return weighted.map(({ competency, weight }) => ({
    level: competency.expectations[at] ?? 0,
    expected: competency.expectations[target] ?? 0,
    weight,
    defining: definesPath(competency.expectations, target, base),
  }));
}

/** Two paths from the same stage (an architect and a director after a lead) must be told apart: a person exactly at one must not meet the other. */
function lintPaths(input: LintInput, weighted: Weighted[]): Problem[] {
  const { doc, stages: file } = input.stages;
  const problems: Problem[] = [];
  file.stages.forEach((stage, s) => {
    const parent = parentOf(file.stages, s);
    file.stages.forEach((other, o) => {
      if (o === s || parent < 0 || parentOf(file.stages, o) !== parent) return;
      const standing = stageStanding(exactlyAt(weighted, other.id, stage.id, pathBase(file.stages, s)), file.attainment);
      if (!standing.met) return;
      problems.push(
        problemAt(
          doc,
          ['stages', s],
          `a person exactly at "${other.id}" would also meet "${stage.id}" (${percent(standing.definingShare)} of what "${stage.id}" raises over "${file.stages[parent]!.id}")`,
          `set the two paths apart: raise "${stage.id}" on more of what defines it, or lower "${other.id}" there`,
        ),
      );
    });
  });
  return problems;
}

function lintReachable(input: LintInput, weighted: Weighted[]): Problem[] {
  const { doc, stages: file } = input.stages;
  const best = weighted.map((entry) => ({ ...entry, level: bestCompetencyLevel(entry.competency) }));
  const problems: Problem[] = [];
  file.stages.forEach((stage, s) => {
    const base = pathBase(file.stages, s);
    const standing = stageStanding(
      best.map(({ competency, level, weight }) => ({
        level,
        expected: competency.expectations[stage.id] ?? 0,
        weight,
        defining: definesPath(competency.expectations, stage.id, base),
      })),
      file.attainment,
    );
    if (standing.met) return;
    const below = best
      .filter(({ competency, level }) => level < (competency.expectations[stage.id] ?? 0))
      .map(({ competency, level }) => `${competency.id} (best ${level}, expected ${competency.expectations[stage.id]})`);
    problems.push(
      problemAt(doc, ['stages', s], `no answers can reach stage "${stage.id}": even the best answers leave ${below.join(', ')}`, 'lower those expectations or let their questions reach higher levels'),
    );
  });
  return problems;
}

/** The level of a competency when every behaviour question gets its best answer (weighted and rounded as scoring does). */
export function bestCompetencyLevel(competency: Competency): number {
  const behaviour = competency.questions.filter((question) => question.role === 'behaviour');
  const totalWeight = behaviour.reduce((sum, question) => sum + question.weight, 0);
  if (totalWeight === 0) return MIN_LEVEL;
  const sum = behaviour.reduce((acc, question) => acc + question.weight * bestQuestionLevel(question), 0);
  return wholeLevel(sum / totalWeight);
}

function bestQuestionLevel(question: Question): number {
  switch (question.kind) {
    case 'scale':
      return MAX_LEVEL;
    case 'boolean':
      return Math.max(question.levelIfTrue, question.levelIfFalse);
    case 'choice':
      return Math.max(...question.options.map((option) => option.level));
    case 'multi':
      return Math.max(MIN_LEVEL, ...question.bands.filter((band) => band.atLeast <= question.options.length).map((band) => band.level));
    case 'number':
      return Math.max(MIN_LEVEL, ...question.bands.filter((band) => band.atLeast <= question.max).map((band) => band.level));
  }
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
