/**
 * A seeded respondent simulator for the verdict study (issue 10, items 2 and 3).
 *
 * The noise model is fixed by the issue and must not be tuned to make a scoring
 * model pass:
 * - respondents are spread evenly (round robin) over the groups "below-entry" and
 *   every stage of the ladder; below-entry expects the first stage's level minus 1,
 *   clamped at 0;
 * - latent level of a competency = the group's expectation for it + a person offset
 *   N(0, 0.25) + a category offset N(0, 0.35) (one draw per category and person)
 *   + a competency offset N(0, 0.45);
 * - 15 % of respondents are spiky: one random category +1 and another −1 on top
 *   (drawn among all categories of the set, weighted or not);
 * - each answer level = latent + N(0, 0.45), rounded, then with probability 0.15
 *   moved by ±1 (random sign), clamped to 0–4; "n/a" with probability 0.12 where
 *   the question allows it;
 * - the level becomes an answer value of the question's kind with valueAtLevel
 *   (scale: the level; other kinds: the value whose level is the largest not above it).
 *
 * Exact-anchor respondents answer every question at their stage's expectation for
 * its competency, with no noise and no n/a.
 *
 * Dependency-free: its own PRNG (mulberry32) and normal draws (Box–Muller).
 */
import { NOT_APPLICABLE, valueAtLevel, type AnswerValue, type Answers, type Question, type RubricSet } from './verdict-core.ts';

export const NOISE_MODEL = Object.freeze({
  personSd: 0.25,
  categorySd: 0.35,
  competencySd: 0.45,
  spikyShare: 0.15,
  spike: 1,
  answerSd: 0.45,
  slipChance: 0.15,
  notApplicableChance: 0.12,
  minLevel: 0,
  maxLevel: 4,
});

/** The group below the first stage of the ladder. */
export const BELOW_ENTRY = 'below-entry';

export type Rng = () => number;

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One N(0, sd) draw (Box–Muller; the second value is discarded so each draw uses exactly two uniforms). */
export function normal(rng: Rng, sd: number): number {
  const u = 1 - rng(); // (0, 1]: log(u) is finite
  const v = rng();
  return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

export function clampLevel(level: number): number {
  return Math.min(NOISE_MODEL.maxLevel, Math.max(NOISE_MODEL.minLevel, level));
}

export interface Respondent {
  /** Position in the simulated population (0-based); anchors use -1 - stage index. */
  id: number;
  /** "below-entry" or a stage id: the stage whose profile the latent levels are drawn around. */
  group: string;
  /** The true stage: the same as `group` (kept apart so the study reads as "verdict vs truth"). */
  trueStage: string;
  spiky: boolean;
  /** Competency id → latent level (unclamped). */
  latent: Record<string, number>;
  /** Question id → the integer level 0–4 answered, or null for n/a. */
  levels: Record<string, number | null>;
  answers: Answers;
}

/** The groups in ladder order: "below-entry" then every stage id. */
export function studyGroups(set: RubricSet): string[] {
  return [BELOW_ENTRY, ...set.stages.map((stage) => stage.id)];
}

/** A competency's expected level for a group (below-entry: the first stage's minus 1, at least 0). */
export function groupExpectation(set: RubricSet, expectations: Record<string, number>, group: string): number {
  if (group === BELOW_ENTRY) {
    const first = set.stages[0];
    if (first === undefined) throw new RangeError('a rubric set without stages');
    return clampLevel((expectations[first.id] ?? 0) - 1);
  }
  const expected = expectations[group];
  if (expected === undefined) throw new RangeError(`no expectation for stage "${group}"`);
  return expected;
}

/** Level → answer value, one table per question (valueAtLevel for levels 0–4). */
export type ValueTable = Map<string, AnswerValue[]>;

export function valueTable(set: RubricSet): ValueTable {
  const table: ValueTable = new Map();
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) {
        const values = [];
        for (let level = NOISE_MODEL.minLevel; level <= NOISE_MODEL.maxLevel; level += 1) values.push(valueAtLevel(question, level));
        table.set(question.id, values);
      }
    }
  }
  return table;
}

/** The answer value of `question` for an integer level 0–4. */
export function valueFor(table: ValueTable, question: Question, level: number): AnswerValue {
  const value = table.get(question.id)?.[level];
  if (value === undefined) throw new RangeError(`no value for ${question.id} at level ${level}`);
  return Array.isArray(value) ? [...value] : value;
}

function simulateOne(set: RubricSet, table: ValueTable, id: number, group: string, rng: Rng): Respondent {
  const model = NOISE_MODEL;
  const person = normal(rng, model.personSd);
  const categoryOffsets = set.categories.map(() => normal(rng, model.categorySd));
  const spiky = rng() < model.spikyShare;
  if (spiky && set.categories.length >= 2) {
    const up = Math.floor(rng() * set.categories.length);
    let down = Math.floor(rng() * (set.categories.length - 1));
    if (down >= up) down += 1;
    categoryOffsets[up]! += model.spike;
    categoryOffsets[down]! -= model.spike;
  }
  const latent: Record<string, number> = {};
  const levels: Record<string, number | null> = {};
  const answers: Answers = {};
  set.categories.forEach((category, categoryIndex) => {
    for (const competency of category.competencies) {
      const centre =
        groupExpectation(set, competency.expectations, group) + person + categoryOffsets[categoryIndex]! + normal(rng, model.competencySd);
      latent[competency.id] = centre;
      for (const question of competency.questions) {
        if (question.allowNA && rng() < model.notApplicableChance) {
          levels[question.id] = null;
          answers[question.id] = { value: NOT_APPLICABLE };
          continue;
        }
        let level = Math.round(centre + normal(rng, model.answerSd));
        if (rng() < model.slipChance) level += rng() < 0.5 ? -1 : 1;
        level = clampLevel(level);
        levels[question.id] = level;
        answers[question.id] = { value: valueFor(table, question, level) };
      }
    }
  });
  return { id, group, trueStage: group, spiky, latent, levels, answers };
}

export interface SimulateOptions {
  count: number;
  seed: number;
}

/** `count` respondents, round robin over the groups, deterministic for a seed. */
export function simulateRespondents(set: RubricSet, options: SimulateOptions, table: ValueTable = valueTable(set)): Respondent[] {
  const rng = mulberry32(options.seed);
  const groups = studyGroups(set);
  const respondents: Respondent[] = [];
  for (let id = 0; id < options.count; id += 1) respondents.push(simulateOne(set, table, id, groups[id % groups.length]!, rng));
  return respondents;
}

/** One respondent per stage answering every question exactly at that stage's expectation. */
export function exactAnchorRespondents(set: RubricSet, table: ValueTable = valueTable(set)): Respondent[] {
  return set.stages.map((stage, index) => {
    const latent: Record<string, number> = {};
    const levels: Record<string, number | null> = {};
    const answers: Answers = {};
    for (const category of set.categories) {
      for (const competency of category.competencies) {
        const expected = groupExpectation(set, competency.expectations, stage.id);
        latent[competency.id] = expected;
        for (const question of competency.questions) {
          levels[question.id] = expected;
          answers[question.id] = { value: valueFor(table, question, expected) };
        }
      }
    }
    return { id: -1 - index, group: stage.id, trueStage: stage.id, spiky: false, latent, levels, answers };
  });
}
