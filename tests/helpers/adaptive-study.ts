/**
 * The adaptive bench case (issue 12): the project's respondent simulator answers,
 * the planner asks, and the stage it settles is checked against the full run's.
 * Questions asked are counted by group next to the full run's question count and an
 * oracle that chooses each question knowing every answer (a greedy estimate of the
 * floor the measurement model sets). Vitest-free: scripts/bench-adaptive.mjs bundles it.
 */
import { adaptiveStep, type AdaptiveMode } from '../../src/assessment/adaptive.ts';
import { runAdaptive } from '../../src/assessment/adaptive-run.ts';
import { givenLevels, stageModel } from '../../src/assessment/stage-range.ts';
import { questionsInScope } from '../../src/assessment/scope.ts';
import { scoreAnswers } from '../../src/assessment/score.ts';
import { assessStage } from '../../src/assessment/stage.ts';
import type { Answers } from '../../src/contracts/answers.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { simulateRespondents, studyGroups } from './respondents.ts';

export interface Spread {
  mean: number;
  median: number;
  p90: number;
}

export interface AdaptiveStudyRow {
  group: string;
  respondents: number;
  full: number;
  adaptive: Spread;
  oracle: Spread;
  /** Share of respondents whose adaptive stage (with the stages met as high) is the full run's. */
  agreement: number;
}

export interface AdaptiveStudy {
  rows: AdaptiveStudyRow[];
  all: AdaptiveStudyRow;
  /** The slowest and the 99th-percentile choice of a next question, in ms. */
  slowestStepMs: number;
  p99StepMs: number;
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length), median: at(0.5), p90: at(0.9) };
}

/** The stage a set of answers gives, with the other stages met as high: what an adaptive run must agree on. */
export function stageKey(set: RubricSet, answers: Answers): string {
  const assessment = assessStage(scoreAnswers(set, answers, questionsInScope(set)).competencies, set);
  return [assessment.met ? set.stages[assessment.index]!.id : 'none', ...assessment.alsoMet.map((index) => set.stages[index]!.id)].join('+');
}

export function adaptiveStudy(set: RubricSet, options: { count: number; seed: number; mode?: AdaptiveMode; now?: () => number }): AdaptiveStudy {
  const scope = questionsInScope(set);
  const model = stageModel(set, scope);
  const mode = options.mode ?? 'stage';
  const respondents = simulateRespondents(set, { count: options.count, seed: options.seed });
  const steps: number[] = [];
  const byGroup = new Map<string, { adaptive: number[]; oracle: number[]; agree: number }>();
  const now = options.now ?? (() => performance.now());
  for (const respondent of respondents) {
    const started = now();
    const run = runAdaptive(set, scope, respondent.answers, { mode }, {}, model);
    steps.push((now() - started) / (run.asked.length + 1));
    const oracle = runAdaptive(set, scope, respondent.answers, { mode, oracle: givenLevels(model, respondent.answers) }, {}, model);
    const entry = byGroup.get(respondent.group) ?? { adaptive: [], oracle: [], agree: 0 };
    entry.adaptive.push(run.asked.length);
    entry.oracle.push(oracle.asked.length);
    if (stageKey(set, run.answers) === stageKey(set, respondent.answers)) entry.agree += 1;
    byGroup.set(respondent.group, entry);
  }
  const row = (group: string, entries: { adaptive: number[]; oracle: number[]; agree: number }[]): AdaptiveStudyRow => {
    const adaptive = entries.flatMap((entry) => entry.adaptive);
    return {
      group,
      respondents: adaptive.length,
      full: scope.length,
      adaptive: spread(adaptive),
      oracle: spread(entries.flatMap((entry) => entry.oracle)),
      agreement: entries.reduce((sum, entry) => sum + entry.agree, 0) / Math.max(1, adaptive.length),
    };
  };
  const groups = studyGroups(set).filter((group) => byGroup.has(group));
  const sortedSteps = [...steps].sort((a, b) => a - b);
  return {
    rows: groups.map((group) => row(group, [byGroup.get(group)!])),
    all: row('all', [...byGroup.values()]),
    slowestStepMs: sortedSteps[sortedSteps.length - 1] ?? 0,
    p99StepMs: sortedSteps[Math.max(0, Math.ceil(0.99 * sortedSteps.length) - 1)] ?? 0,
  };
}

/** The slowest single choice of a next question over one respondent's run, in ms (the bench's < 20 ms budget). */
export function slowestStep(set: RubricSet, answers: Answers, mode: AdaptiveMode, now: () => number = () => performance.now()): number {
  const model = stageModel(set, questionsInScope(set));
  const given = givenLevels(model, {});
  let slowest = 0;
  for (;;) {
    const started = now();
    const { next } = adaptiveStep(model, given, { mode });
    slowest = Math.max(slowest, now() - started);
    if (next === null) return slowest;
    const level = givenLevels(model, answers)[next];
    given[next] = level;
  }
}
