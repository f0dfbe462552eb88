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
import { questionsInScope, type ScopedQuestion } from '../../src/assessment/scope.ts';
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
  /** The questions of a quick run (the key ones). */
  quick: number;
  /** Share of respondents whose adaptive stage (with the stages met as high) is the full run's, and whose quick stage is. */
  agreement: number;
  quickAgreement: number;
}

export interface AdaptiveStudy {
  rows: AdaptiveStudyRow[];
  all: AdaptiveStudyRow;
  /** The slowest and the 99th-percentile choice of a next question, in ms, over `steps` choices. */
  slowestStepMs: number;
  /** The slowest choice of the timed respondents, each choice the median of repeated timings. */
  slowestMedianStepMs: number;
  p99StepMs: number;
  steps: number;
}

/** Respondents (the first of each group, round robin) whose every choice is timed repeatedly, and how often. */
const TIMED_RESPONDENTS = 14;
const REPEATS = 5;

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length), median: at(0.5), p90: at(0.9) };
}

/** The stage a set of answers gives, with the other stages met as high: what an adaptive run must agree on. */
export function stageKey(set: RubricSet, answers: Answers, scope: ScopedQuestion[] = questionsInScope(set)): string {
  const assessment = assessStage(scoreAnswers(set, answers, scope).competencies, set);
  return [assessment.met ? set.stages[assessment.index]!.id : 'none', ...assessment.alsoMet.map((index) => set.stages[index]!.id)].join('+');
}

export interface StudyOptions {
  count: number;
  seed: number;
  mode?: AdaptiveMode;
  now?: () => number;
  /** Run the oracle and time the choices again (the bench); false for a quick count of questions. */
  full?: boolean;
}

export function adaptiveStudy(set: RubricSet, options: StudyOptions): AdaptiveStudy {
  const thorough = options.full ?? true;
  const scope = questionsInScope(set);
  const quickScope = questionsInScope(set, { quick: true });
  const model = stageModel(set, scope);
  const mode = options.mode ?? 'stage';
  const respondents = simulateRespondents(set, { count: options.count, seed: options.seed });
  const steps: number[] = [];
  const byGroup = new Map<string, Tally>();
  const now = options.now ?? (() => performance.now());
  for (const respondent of respondents) {
    const given = givenLevels(model, {});
    const levels = givenLevels(model, respondent.answers);
    const answers: Answers = {};
    for (;;) {
      const started = now();
      const { next } = adaptiveStep(model, given, { mode });
      steps.push(now() - started);
      if (next === null) break;
      const id = model.questions[next]!.id;
      given[next] = levels[next];
      answers[id] = respondent.answers[id]!;
    }
    const oracle = thorough ? runAdaptive(set, scope, respondent.answers, { mode, oracle: levels }, {}, model) : { asked: [] };
    const entry = byGroup.get(respondent.group) ?? { adaptive: [], oracle: [], agree: 0, quickAgree: 0 };
    entry.adaptive.push(Object.keys(answers).length);
    entry.oracle.push(oracle.asked.length);
    const full = stageKey(set, respondent.answers);
    if (stageKey(set, answers) === full) entry.agree += 1;
    if (stageKey(set, respondent.answers, quickScope) === full) entry.quickAgree += 1;
    byGroup.set(respondent.group, entry);
  }
  const row = (group: string, entries: Tally[]): AdaptiveStudyRow => {
    const adaptive = entries.flatMap((entry) => entry.adaptive);
    const count = Math.max(1, adaptive.length);
    return {
      group,
      respondents: adaptive.length,
      full: scope.length,
      quick: quickScope.length,
      adaptive: spread(adaptive),
      oracle: spread(entries.flatMap((entry) => entry.oracle)),
      agreement: entries.reduce((sum, entry) => sum + entry.agree, 0) / count,
      quickAgreement: entries.reduce((sum, entry) => sum + entry.quickAgree, 0) / count,
    };
  };
  const groups = studyGroups(set).filter((group) => byGroup.has(group));
  // The budget's figure: every choice of the first respondents of each group timed REPEATS times, its median taken,
  // so that a pause of the machine (another process, a collection) is not read as a slow choice.
  const slowestMedian = Math.max(
    0,
    ...respondents.slice(0, thorough ? TIMED_RESPONDENTS : 0).map((respondent) => {
      const given = givenLevels(model, {});
      const levels = givenLevels(model, respondent.answers);
      let slowest = 0;
      for (;;) {
        const times: number[] = [];
        let next: number | null = null;
        for (let repeat = 0; repeat < REPEATS; repeat += 1) {
          const started = now();
          next = adaptiveStep(model, given, { mode }).next;
          times.push(now() - started);
        }
        slowest = Math.max(slowest, spread(times).median);
        if (next === null) return slowest;
        given[next] = levels[next];
      }
    }),
  );
  const sortedSteps = [...steps].sort((a, b) => a - b);
  return {
    rows: groups.map((group) => row(group, [byGroup.get(group)!])),
    all: row('all', [...byGroup.values()]),
    slowestStepMs: sortedSteps[sortedSteps.length - 1] ?? 0,
    slowestMedianStepMs: slowestMedian,
    p99StepMs: sortedSteps[Math.max(0, Math.ceil(0.99 * sortedSteps.length) - 1)] ?? 0,
    steps: steps.length,
  };
}

interface Tally {
  adaptive: number[];
  oracle: number[];
  agree: number;
  quickAgree: number;
}
