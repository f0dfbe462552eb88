/**
 * Suggestions that fit the answers: a learning action whose doneWhen the answers
 * meet is left out of the gaps and of the shortest path, and kept otherwise.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { buildReport } from '../../../src/assessment/build-report.ts';
import { actionsToDo } from '../../../src/assessment/gaps.ts';
import type { Answers } from '../../../src/contracts/answers.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { questionsById } from '../../../src/rubric/questions.ts';
import { loadBuiltinRubricSet } from '../../helpers/verdict-core.ts';

const MONITORING_ACTION = 'Add latency, error-rate and prediction-distribution metrics with one alert to a model service you own.';

let set: RubricSet;
beforeAll(async () => {
  set = await loadBuiltinRubricSet();
});

function monitoringActions(answers: Answers): string[] {
  const report = buildReport(set, answers, { quick: false, target: 'mid', generatedAt: new Date(0), toolVersion: 'test' });
  return report.gaps.find((gap) => gap.competency === 'monitoring-reliability')?.steps.flatMap((step) => step.actions) ?? [];
}

describe('doneWhen', () => {
  const atOne: Answers = { 'monitoring-reliability-troubleshooting': { value: 1 } };

  test('an action whose options were all ticked is left out of the gaps', () => {
    expect(monitoringActions(atOne)).toContain(MONITORING_ACTION);
    const ticked = { ...atOne, 'monitoring-reliability-signals': { value: ['latency', 'errors', 'prediction-drift'] } };
    expect(monitoringActions(ticked)).not.toContain(MONITORING_ACTION);
  });

  test('ticking only some of the options keeps it', () => {
    const some = { ...atOne, 'monitoring-reliability-signals': { value: ['latency', 'errors'] } };
    expect(monitoringActions(some)).toContain(MONITORING_ACTION);
  });

  test('atLeast: an answer at the level or above leaves the action out, one below keeps it', () => {
    const lookup = (value: number) => ({ answers: { 'deployment-lifecycle': { value } }, questions: questionsById(set) });
    const actions = [{ text: 'deploy one yourself', doneWhen: { question: 'deployment-lifecycle', atLeast: 2 } }, 'always'];
    expect(actionsToDo(actions, lookup(1))).toEqual(['deploy one yourself', 'always']);
    expect(actionsToDo(actions, lookup(2))).toEqual(['always']);
    expect(actionsToDo(actions, { answers: {}, questions: questionsById(set) })).toEqual(['deploy one yourself', 'always']);
  });

  test('choice: any one of the chosen options picked leaves the action out', () => {
    const lookup = (value: string) => ({ answers: { 'math-statistics-tuning': { value } }, questions: questionsById(set) });
    const actions = [{ text: 'try Bayesian optimisation', doneWhen: { question: 'math-statistics-tuning', chosen: ['statistical', 'platform'] } }];
    expect(actionsToDo(actions, lookup('manual'))).toEqual(['try Bayesian optimisation']);
    expect(actionsToDo(actions, lookup('platform'))).toEqual([]);
  });
});
