/**
 * What every completion of a partial set of answers allows: each competency's lowest
 * and highest level (and whether it may end up unassessed, its questions all n/a),
 * each stage surely met or possibly met, and from those the stages a completion can
 * give. The stage rule is monotone in each competency's credit, so a stage met with
 * every competency at its worst is met by every completion, and one not met with every
 * competency at its best is met by none; nothing is enumerated. The rubric is compiled
 * to arrays once (StageModel) because the adaptive planner asks these questions
 * thousands of times per run.
 */
import type { Answers } from '../contracts/answers.ts';
import { creditFor, SHARE_TOLERANCE, type AttainmentRule } from '../contracts/attainment.ts';
import { definesPath, depthOf, pathBase, type LadderStage } from '../contracts/ladder.ts';
import { wholeLevel } from '../contracts/levels.ts';
import type { Competency, Question, RubricSet } from '../contracts/rubric.ts';
import { levelForAnswer } from './level.ts';
import type { ScopedQuestion } from './scope.ts';
import { assessedIndex, effectiveWeight, reachedStages } from './stage.ts';

export interface ModelQuestion {
  id: string;
  question: Question;
  competency: number;
  weight: number;
  behaviour: boolean;
  key: boolean;
  allowNA: boolean;
  /** The lowest and highest level an answer can give. */
  min: number;
  max: number;
}

export interface ModelCompetency {
  id: string;
  /** The competency itself (its learning steps, for the gaps mode). */
  source: Competency;
  /** The weight it carries in the stage rule (category × own); 0: context only. */
  weight: number;
  /** Indexes (into StageModel.questions) of its behaviour questions in the run's categories. */
  behaviour: number[];
}

export interface StageModel {
  set: RubricSet;
  rule: AttainmentRule;
  stages: readonly LadderStage[];
  questions: ModelQuestion[];
  questionIndex: ReadonlyMap<string, number>;
  competencies: ModelCompetency[];
  /** expected[stage][competency] and defining[stage][competency]. */
  expected: number[][];
  defining: boolean[][];
}

/** A level an answer gives (null: n/a), or undefined while the question is open. */
export type Given = (number | null | undefined)[];

export interface LevelRange {
  /** The lowest and highest whole level a completion can give; null when no completion gives one. */
  low: number | null;
  high: number | null;
  /** True when a completion can leave it unassessed (no question answered with a level). */
  nullable: boolean;
}

function answerLevels(question: Question): [number, number] {
  switch (question.kind) {
    case 'scale':
      return [0, 4];
    case 'choice': {
      const levels = question.options.map((option) => option.level);
      return [Math.min(...levels), Math.max(...levels)];
    }
    case 'boolean':
      return [Math.min(question.levelIfFalse, question.levelIfTrue), Math.max(question.levelIfFalse, question.levelIfTrue)];
    default: {
      const levels = question.bands.map((band) => band.level);
      return [Math.min(...levels), Math.max(...levels)];
    }
  }
}

/** The rubric over a run's scope (every question of its categories), as arrays. */
export function stageModel(set: RubricSet, scope: readonly ScopedQuestion[]): StageModel {
  const competencies: ModelCompetency[] = [];
  const competencyIndex = new Map<string, number>();
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      competencyIndex.set(competency.id, competencies.length);
      competencies.push({ id: competency.id, source: competency, weight: effectiveWeight({ competency, category }), behaviour: [] });
    }
  }
  const questions: ModelQuestion[] = [];
  const questionIndex = new Map<string, number>();
  for (const { question, competency } of scope) {
    const at = competencyIndex.get(competency.id)!;
    const [min, max] = answerLevels(question);
    const behaviour = question.role === 'behaviour';
    if (behaviour) competencies[at]!.behaviour.push(questions.length);
    questionIndex.set(question.id, questions.length);
    questions.push({ id: question.id, question, competency: at, weight: question.weight, behaviour, key: question.key, allowNA: question.allowNA, min, max });
  }
  const all = set.categories.flatMap((category) => category.competencies);
  const expected = set.stages.map((stage) => all.map((competency) => competency.expectations[stage.id] ?? 0));
  const defining = set.stages.map((stage, index) => {
    const base = pathBase(set.stages, index);
    return all.map((competency) => definesPath(competency.expectations, stage.id, base));
  });
  return { set, rule: set.attainment, stages: set.stages, questions, questionIndex, competencies, expected, defining };
}

/** The levels the answers give, question by question (answers outside the model are ignored). */
export function givenLevels(model: StageModel, answers: Answers, asked?: ReadonlySet<string>): Given {
  return model.questions.map((entry) => {
    const answer = answers[entry.id];
    if (answer === undefined || (asked !== undefined && !asked.has(entry.id))) return undefined;
    return levelForAnswer(entry.question, answer.value);
  });
}

interface Item {
  weight: number;
  value: number;
}

/**
 * The lowest (or highest) weighted mean of some mandatory items (their weight and
 * weighted sum given) plus any subset of the optional ones. The best subset takes
 * the optional items in order of value, so only prefixes are tried. `empty` is the
 * value of a mean over nothing.
 */
function extremeMean(weight: number, sum: number, optional: Item[], highest: boolean, empty: number): number {
  if (optional.length > 1) optional.sort(highest ? (a, b) => b.value - a.value : (a, b) => a.value - b.value);
  let best = weight > 0 ? sum / weight : empty;
  for (const item of optional) {
    weight += item.weight;
    sum += item.weight * item.value;
    const mean = sum / weight;
    if (highest ? mean > best : mean < best) best = mean;
  }
  return best;
}

/**
 * A competency's range of levels over every completion of the open questions. Any open
 * question may also stay unanswered, as n/a does, because a run's own report scores
 * the answers it has: the range then holds both what a full run and what the run
 * itself would say.
 */
export function levelRange(model: StageModel, competency: number, given: Given): LevelRange {
  let weight = 0;
  let sum = 0;
  const lowOpen: Item[] = [];
  const highOpen: Item[] = [];
  for (const index of model.competencies[competency]!.behaviour) {
    const entry = model.questions[index]!;
    const level = given[index];
    if (level === null) continue;
    if (level !== undefined) {
      weight += entry.weight;
      sum += entry.weight * level;
      continue;
    }
    lowOpen.push({ weight: entry.weight, value: entry.min });
    highOpen.push({ weight: entry.weight, value: entry.max });
  }
  if (weight === 0 && lowOpen.length === 0) return { low: null, high: null, nullable: true };
  const lowest = extremeMean(weight, sum, lowOpen, false, Infinity);
  const highest = extremeMean(weight, sum, highOpen, true, -Infinity);
  return { low: wholeLevel(lowest), high: wholeLevel(highest), nullable: weight === 0 };
}

export function levelRanges(model: StageModel, given: Given): LevelRange[] {
  return model.competencies.map((_, index) => levelRange(model, index, given));
}

export interface StageChance {
  /** Met by every completion. */
  surely: boolean;
  /** Met by at least one completion (an over-estimate: each condition is checked on its own). */
  possibly: boolean;
}

function meets(share: number, rule: AttainmentRule): boolean {
  return share + SHARE_TOLERANCE >= rule.coverage;
}

/**
 * The lowest or highest credit share of one stage, over all competencies or its
 * defining ones only. A competency that may end unassessed counts or not, whichever
 * is worse (or better); credits take three values (full, near miss, none), so those
 * are pooled by value instead of sorted.
 */
function extremeShare(model: StageModel, ranges: readonly LevelRange[], stage: number, highest: boolean, definingOnly: boolean): number {
  let weight = 0;
  let sum = 0;
  let optionalFull = 0;
  let optionalNear = 0;
  let optionalNone = 0;
  const expected = model.expected[stage]!;
  const defining = model.defining[stage]!;
  const { competencies, rule } = model;
  for (let index = 0; index < competencies.length; index += 1) {
    const competencyWeight = competencies[index]!.weight;
    const range = ranges[index]!;
    const level = highest ? range.high : range.low;
    if (competencyWeight <= 0 || level === null || (definingOnly && !defining[index])) continue;
    const credit = creditFor(level, expected[index]!, rule);
    if (!range.nullable) {
      weight += competencyWeight;
      sum += competencyWeight * credit;
    } else if (credit === 1) optionalFull += competencyWeight;
    else if (credit === 0) optionalNone += competencyWeight;
    else optionalNear += competencyWeight;
  }
  const pools: Item[] = [
    { weight: optionalFull, value: 1 },
    { weight: optionalNear, value: rule.nearMissCredit },
    { weight: optionalNone, value: 0 },
  ].filter((pool) => pool.weight > 0);
  return extremeMean(weight, sum, pools, highest, definingOnly ? 1 : -Infinity);
}

export interface ShareBounds {
  /** The lowest (or highest) credit share over every competency, and over the stage's defining ones. */
  share: number;
  defining: number;
  /** How many competencies some completion leaves too far short, and whether one always is. */
  canBeTooFarShort: number;
  mustBeTooFarShort: boolean;
}

/** One stage's standing with every competency at its worst (`highest` false) or at its best. */
export function shareBounds(model: StageModel, ranges: readonly LevelRange[], stage: number, highest: boolean): ShareBounds {
  const expected = model.expected[stage]!;
  let canBeTooFarShort = 0;
  let mustBeTooFarShort = false;
  model.competencies.forEach((competency, index) => {
    const range = ranges[index]!;
    if (competency.weight <= 0 || range.low === null) return;
    if (expected[index]! - range.low > model.rule.maxShortfall) canBeTooFarShort += 1;
    if (!range.nullable && range.high !== null && expected[index]! - range.high > model.rule.maxShortfall) mustBeTooFarShort = true;
  });
  return {
    share: extremeShare(model, ranges, stage, highest, false),
    defining: extremeShare(model, ranges, stage, highest, true),
    canBeTooFarShort,
    mustBeTooFarShort,
  };
}

export function stageChance(model: StageModel, ranges: readonly LevelRange[], stage: number): StageChance {
  const worst = shareBounds(model, ranges, stage, false);
  const surely = worst.canBeTooFarShort === 0 && meets(worst.share, model.rule) && meets(worst.defining, model.rule);
  if (surely) return { surely, possibly: true };
  const best = shareBounds(model, ranges, stage, true);
  const possibly = !best.mustBeTooFarShort && meets(best.share, model.rule) && meets(best.defining, model.rule);
  return { surely, possibly };
}

export interface StageRange {
  /** The stage every completion at least reaches (-1: maybe none), and every stage a completion can give (-1: none met), lowest first. */
  low: number;
  possible: number[];
  /** The stages reached by every completion, and by some. */
  surely: boolean[];
  possibly: boolean[];
  /** True when every completion gives the same stage and the same other stages met as high. */
  certain: boolean;
}

/** Stages reached at the assessed stage's height: the stage and the others met as high. */
function topStages(stages: readonly LadderStage[], reached: readonly boolean[], index: number): number[] {
  if (index < 0) return [];
  const depth = depthOf(stages, index);
  return stages.flatMap((_, at) => (reached[at] === true && depthOf(stages, at) === depth ? [at] : []));
}

export function stageRange(model: StageModel, ranges: readonly LevelRange[]): StageRange {
  const chances = model.stages.map((_, index) => stageChance(model, ranges, index));
  const surely = reachedStages(model.stages, chances.map((chance) => chance.surely));
  const possibly = reachedStages(model.stages, chances.map((chance) => chance.possibly));
  const low = assessedIndex(model.stages, surely);
  const high = assessedIndex(model.stages, possibly);
  const sameTop = topStages(model.stages, surely, low).join() === topStages(model.stages, possibly, high).join();
  const lowDepth = low < 0 ? -1 : depthOf(model.stages, low);
  // A stage reachable by some completion is that completion's stage when nothing surely reached stands above it or beside it earlier in the list.
  const others = model.stages.flatMap((_, index) => {
    if (index === low || possibly[index] !== true) return [];
    const depth = depthOf(model.stages, index);
    return depth > lowDepth || (depth === lowDepth && index < low) ? [index] : [];
  });
  const possible = [low, ...others].sort((a, b) => (a < 0 || b < 0 ? a - b : depthOf(model.stages, a) - depthOf(model.stages, b) || a - b));
  return { low, possible, surely, possibly, certain: low === high && sameTop };
}
