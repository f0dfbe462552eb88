/**
 * The adaptive planner (`assess --adaptive`): which question to ask next so that the
 * stage is settled with as few questions as possible, and when to stop. It stops when
 * no answer to the questions left could change the stage (stage-range.ts), or, with
 * the `gaps` mode, the top three gaps either; the stop rule is what makes an adaptive
 * run give the full run's stage, the choice of question only decides how soon.
 *
 * The choice: each open behaviour question is answered in thought with the level the
 * answers so far predict for its competency (its own mean, or the person's usual
 * distance from the expectations of their likely stage), and the one that brings the
 * undecided stages closest to being decided wins, key questions first among those that
 * help at all. Evidence
 * questions never change a stage: they are left for the person to continue with, or,
 * in the gaps mode, asked where they decide a top gap's suggestions.
 */
import { wholeLevel } from '../contracts/levels.ts';
import { SHARE_TOLERANCE } from '../contracts/attainment.ts';
import { gapOutlook, gapQuestion, suggestionQuestion } from './adaptive-gaps.ts';
import { assessedIndex, reachedStages } from './stage.ts';
import { levelRange, levelRanges, shareBounds, stageChance, stageRange, type Given, type LevelRange, type StageModel, type StageRange } from './stage-range.ts';

export type AdaptiveMode = 'stage' | 'gaps';
export { SETTLED_GAPS } from './adaptive-gaps.ts';

export interface AdaptiveOptions {
  mode: AdaptiveMode;
  /** A --target stage index: the gaps are measured against it instead of the next stage. */
  target?: number;
  /** Every answer, known in advance: the bench's oracle, which chooses with the true answers instead of predictions. */
  oracle?: Given;
}

/** The mean of a competency's answered behaviour questions (null when none). */
function answeredMean(model: StageModel, competency: number, given: Given): number | null {
  let weight = 0;
  let sum = 0;
  for (const index of model.competencies[competency]!.behaviour) {
    const level = given[index];
    if (level === undefined || level === null) continue;
    const entry = model.questions[index]!;
    weight += entry.weight;
    sum += entry.weight * level;
  }
  return weight > 0 ? sum / weight : null;
}

const point = (level: number | null): LevelRange => ({ low: level, high: level, nullable: false });

/** The stage a set of point levels gives (-1: none met). */
function stageOfLevels(model: StageModel, levels: readonly (number | null)[]): number {
  const ranges = levels.map(point);
  const met = model.stages.map((_, stage) => stageChance(model, ranges, stage).surely);
  return assessedIndex(model.stages, reachedStages(model.stages, met));
}

/** The level each competency is predicted to end at: its answers' mean, else its expectation at the likely stage moved by the person's usual distance from it. */
function predictedLevels(model: StageModel, given: Given): number[] {
  const means = model.competencies.map((_, index) => answeredMean(model, index, given));
  const answered = means.some((mean) => mean !== null);
  const likely = answered ? Math.max(0, stageOfLevels(model, means.map((mean) => (mean === null ? null : wholeLevel(mean))))) : Math.floor(model.stages.length / 2);
  const expected = model.expected[likely]!;
  let distance = 0;
  let count = 0;
  means.forEach((mean, index) => {
    if (mean === null || model.competencies[index]!.weight <= 0) return;
    distance += mean - expected[index]!;
    count += 1;
  });
  const shift = count > 0 ? distance / count : 0;
  return means.map((mean, index) => mean ?? expected[index]! + shift);
}

/** How far the undecided stages are from being decided the way the prediction says: 0 when the range is certain. */
function distance(model: StageModel, ranges: readonly LevelRange[], range: StageRange, predictedMet: readonly boolean[]): number {
  let total = 0;
  const { coverage } = model.rule;
  model.stages.forEach((_, stage) => {
    if (range.possibly[stage] !== true || range.surely[stage] === true) return;
    const highest = predictedMet[stage] !== true;
    const shares = shareBounds(model, ranges, stage, highest);
    if (!highest) {
      total += Math.max(0, coverage - shares.share) + Math.max(0, coverage - shares.defining) + shares.canBeTooFarShort * 0.25;
    } else {
      const tiny = SHARE_TOLERANCE * 10;
      total += Math.min(Math.max(0, shares.share - coverage + tiny), Math.max(0, shares.defining - coverage + tiny), shares.mustBeTooFarShort ? 0 : 1);
    }
  });
  return total;
}

function predictedMetFlags(model: StageModel, predicted: readonly number[]): boolean[] {
  const ranges = predicted.map((level) => point(wholeLevel(level)));
  return model.stages.map((_, stage) => stageChance(model, ranges, stage).surely);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Gains below this are rounding noise: no help. */
const GAIN_EPSILON = 1e-9;

interface Candidate {
  index: number;
  gain: number;
  key: boolean;
  swing: number;
}

function better(a: Candidate, b: Candidate | undefined): boolean {
  if (b === undefined) return true;
  // Of the questions that help, key questions first (they speak for their competency best); then the most help.
  if (a.gain > GAIN_EPSILON !== b.gain > GAIN_EPSILON) return a.gain > b.gain;
  if (a.key !== b.key) return a.key;
  if (Math.abs(a.gain - b.gain) > GAIN_EPSILON) return a.gain > b.gain;
  if (Math.abs(a.swing - b.swing) > 1e-9) return a.swing > b.swing;
  return a.index < b.index;
}

/** The open behaviour question that brings the stage closest to settled (see the file comment). */
function stageQuestion(model: StageModel, given: Given, ranges: LevelRange[], range: StageRange, oracle: Given | undefined): number | null {
  const predicted = predictedLevels(model, oracle ?? given);
  const predictedMet = predictedMetFlags(model, predicted);
  const before = distance(model, ranges, range, predictedMet);
  let best: Candidate | undefined;
  const candidates: { index: number; tryLevel: (level: number | null) => number; key: boolean; swing: number }[] = [];
  const gains = new Map<string, number>();
  const answeredWeight = model.competencies.map(() => 0);
  model.questions.forEach((entry, index) => {
    if (entry.behaviour && given[index] !== undefined && given[index] !== null) answeredWeight[entry.competency]! += entry.weight;
  });
  model.questions.forEach((entry, index) => {
    if (!entry.behaviour || given[index] !== undefined) return;
    const competency = model.competencies[entry.competency]!;
    if (competency.weight <= 0) return;
    const swing = (competency.weight * entry.weight) / (answeredWeight[entry.competency]! + entry.weight);
    const tryLevel = (level: number | null): number => {
      const trial = given.slice();
      trial[index] = level;
      const trialRanges = ranges.slice();
      trialRanges[entry.competency] = levelRange(model, entry.competency, trial);
      const changed = trialRanges[entry.competency]!;
      const old = ranges[entry.competency]!;
      if (changed.low === old.low && changed.high === old.high && changed.nullable === old.nullable) return 0;
      // Measured over the stages undecided before the answer: one it decides the predicted way adds nothing.
      return before - distance(model, trialRanges, range, predictedMet);
    };
    candidates.push({ index, tryLevel, key: entry.key, swing });
    const guess = oracle === undefined ? clamp(Math.round(predicted[entry.competency]!), entry.min, entry.max) : oracle[index]!;
    // Questions of one competency alike in weight, range and expected answer gain alike: worked out once.
    const alike = `${entry.competency}:${entry.weight}:${entry.min}:${entry.max}:${guess}`;
    let gain = gains.get(alike);
    if (gain === undefined) gains.set(alike, (gain = tryLevel(guess)));
    const candidate = { index, gain, key: entry.key, swing };
    if (better(candidate, best)) best = candidate;
  });
  if (best !== undefined && best.gain > GAIN_EPSILON) return best.index;
  // No predicted answer helps: the question whose most telling answer helps most.
  let fallback: Candidate | undefined;
  for (const { index, tryLevel, key, swing } of candidates) {
    const entry = model.questions[index]!;
    const reach = { index, gain: Math.max(tryLevel(entry.min), tryLevel(entry.max)), key, swing };
    if (better(reach, fallback)) fallback = reach;
  }
  if (fallback !== undefined && fallback.gain > GAIN_EPSILON) return fallback.index;
  return best?.index ?? null;
}

export interface AdaptiveStep {
  /** The question index (into the model) to ask next; null when the run is settled. */
  next: number | null;
  range: StageRange;
}

/** The next question of an adaptive run, or null when the answers given settle what the mode asks for. */
export function adaptiveStep(model: StageModel, given: Given, options: AdaptiveOptions): AdaptiveStep {
  const ranges = levelRanges(model, given);
  const range = stageRange(model, ranges);
  if (!range.certain) return { next: stageQuestion(model, given, ranges, range, options.oracle), range };
  if (options.mode === 'stage') return { next: null, range };
  const outlook = gapOutlook(model, ranges, range, options.target);
  if (!outlook.settled) return { next: gapQuestion(model, given, outlook.unsettled), range };
  return { next: suggestionQuestion(model, given, ranges, outlook), range };
}
