import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../src/contracts/answers.ts';
import { questionsInScope } from '../../../src/assessment/scope.ts';
import { scoreAnswers } from '../../../src/assessment/score.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';
import { wholeLevel } from '../../../src/contracts/levels.ts';

const set = syntheticSet();

function answers(values: Record<string, Answers[string]['value']>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }]));
}

function score(values: Record<string, Answers[string]['value']>, scope = questionsInScope(set)) {
  const result = scoreAnswers(set, answers(values), scope);
  return {
    levels: Object.fromEntries(result.competencies.map((entry) => [entry.competency.id, entry.level])),
    categories: Object.fromEntries(result.categories.map((entry) => [entry.category.id, entry.score])),
    overall: result.overall,
  };
}

describe('scoreAnswers: competency levels', () => {
  it.each<[string, Record<string, Answers[string]['value']>, string, number | null]>([
    ['only behaviour questions set the level: evidence (py-years) never moves it', { 'py-level': 3, 'py-years': 1 }, 'python', 3],
    ['weighted mean of behaviour answers (3×2 + 1×1) / 3 = 2.33, rounded to 2', { 'mlops-level': 3, 'mlops-rollback': 1 }, 'mlops', 2],
    ['weighted mean (2×2 + 4×1) / 3 = 2.67, rounded to 3', { 'mlops-level': 2, 'mlops-rollback': 4 }, 'mlops', 3],
    ['a question left unanswered is left out, not counted as 0', { 'py-level': 4 }, 'python', 4],
    ['n/a is left out, and with nothing else answered the level is null', { 'comm-level': 'n/a' }, 'communication', null],
    ['nothing answered gives null', {}, 'mlops', null],
    ['evidence alone (a multi and a boolean) leaves the level unassessed', { 'mlops-tools': ['docker'], 'mlops-deployed': true }, 'mlops', null],
    ['equal levels give exactly that level', { 'py-level': 3, 'py-years': 5 }, 'python', 3],
  ])('%s', (_name, values, competency, level) => {
    expect(score(values).levels[competency]).toBe(level);
  });

  it('leaves out answers to questions outside the scope (quick run)', () => {
    const quick = questionsInScope(set, { quick: true });
    expect(score({ 'mlops-level': 4, 'mlops-rollback': 1 }, quick).levels.mlops).toBe(4);
    expect(score({ 'mlops-level': 4, 'mlops-rollback': 1 }).levels.mlops).toBe(3);
  });

  it('gives level null to every competency of a category left out by --only', () => {
    const only = questionsInScope(set, { only: ['tech'] });
    const result = score({ 'py-level': 2, 'comm-level': 4, 'mentor-done': true }, only);
    expect(result.levels).toMatchObject({ python: 2, communication: null, mentoring: null });
    expect(result.categories.people).toBeNull();
  });
});

describe('wholeLevel: a mean of answers on the 0–4 scale', () => {
  it.each([
    [1.4, 1],
    [1.5, 2],
    [1.8, 2],
    [2.5, 3],
    [2.4999999999, 3],
    [0, 0],
    [4, 4],
  ])('%d rounds to %d (halves up)', (mean, level) => {
    expect(wholeLevel(mean)).toBe(level);
  });
});

describe('scoreAnswers: category and overall scores', () => {
  const full = { 'py-level': 3, 'py-years': 1, 'cloud-depth': 'few', 'ethics-level': 3, 'research-level': 4 };

  it('scores a category 0–100 from the weighted mean of its assessed competencies', () => {
    // python 3 (weight 2; py-years is evidence) and cloud 2 (weight 1): (6 + 2) / 3 = 2.67 → 66.7
    expect(score(full).categories.tech).toBe(66.7);
  });

  it('falls back to the plain mean when only weight-0 competencies are assessed', () => {
    expect(score(full).categories.people).toBe(75);
  });

  it('weights categories and leaves weight-0 categories out of the overall score', () => {
    // tech 66.7 × 2 + people 75 × 1, over 3 = 69.47; context (weight 0, score 100) does not count
    expect(score(full).categories.context).toBe(100);
    expect(score(full).overall).toBe(69.5);
  });

  it('gives null scores when nothing is answered', () => {
    const result = score({});
    expect(result.overall).toBeNull();
    expect(Object.values(result.categories)).toEqual([null, null, null]);
  });

  it('gives a null overall score when only weight-0 categories are assessed', () => {
    expect(score({ 'research-level': 2 }).overall).toBeNull();
  });
});
