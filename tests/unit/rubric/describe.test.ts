import { describe, expect, test } from 'vitest';
import { resolvedRubricJson, rubricTable } from '../../../src/rubric/describe.ts';
import { estimatedMinutes, estimatedSeconds } from '../../../src/rubric/estimate.ts';
import { loadRubricSet } from '../../../src/rubric/load.ts';
import { renderPath } from '../../../src/parse/zod-problems.ts';
import { fixture } from '../../helpers/rubric-fixtures.ts';

const set = loadRubricSet([fixture('valid/stages.yaml'), fixture('valid/skills.yaml')]);
const questions = set.categories[0]!.competencies.flatMap((competency) => competency.questions);

describe('estimates', () => {
  test('seconds by kind', () => {
    expect(questions.map((question) => [question.kind, estimatedSeconds(question)])).toEqual([
      ['scale', 20],
      ['scale', 20],
      ['multi', 15],
      ['number', 10],
      ['boolean', 8],
      ['choice', 12],
    ]);
  });

  test('minutes are rounded up', () => {
    expect(estimatedMinutes(questions)).toBe(2);
    expect(estimatedMinutes(questions.slice(0, 3))).toBe(1);
    expect(estimatedMinutes([])).toBe(0);
  });
});

describe('rubricTable', () => {
  test('one row a category with counts and minutes, then the total', () => {
    expect(rubricTable(set)).toEqual([
      { id: 'skills', title: 'Skills', competencies: 2, questions: 6, keyQuestions: 2, minutes: 2, quickMinutes: 1 },
      { id: 'total', title: '', competencies: 2, questions: 6, keyQuestions: 2, minutes: 2, quickMinutes: 1 },
    ]);
  });
});

describe('resolvedRubricJson', () => {
  const json = resolvedRubricJson(set) as {
    rubricSet: object;
    attainment: object;
    stages: { id: string; alsoKnownAs: string[]; salary?: object }[];
    categories: { weight: number; competencies: { expectations: object; questions: Record<string, unknown>[] }[] }[];
  };

  test('carries the set info with its digest, and the attainment rule', () => {
    expect(json.rubricSet).toEqual({ id: 'fixture-set', title: 'Fixture set', version: '1.0.0', digest: set.info.digest });
    expect(json.attainment).toEqual({ coverage: 0.8, maxShortfall: 1, nearMissCredit: 0 });
  });

  test('applies defaults and keeps only what each kind has', () => {
    expect(json.stages[1]).toMatchObject({ id: 'mid', alsoKnownAs: [] });
    expect(json.stages[1]).not.toHaveProperty('salary');
    expect(json.categories[0]!.weight).toBe(1);
    const [scale, multi, number, boolean, choice] = json.categories[0]!.competencies[1]!.questions;
    expect(Object.keys(scale!)).toEqual(['id', 'kind', 'key', 'allowNA', 'prompt', 'weight', 'source', 'levels']);
    expect(Object.keys(multi!)).toEqual(['id', 'kind', 'key', 'allowNA', 'prompt', 'weight', 'source', 'options', 'bands']);
    expect(Object.keys(number!)).toEqual(['id', 'kind', 'key', 'allowNA', 'prompt', 'weight', 'source', 'unit', 'min', 'max', 'bands']);
    expect(Object.keys(boolean!)).toEqual(['id', 'kind', 'key', 'allowNA', 'prompt', 'weight', 'source', 'levelIfTrue', 'levelIfFalse']);
    expect(choice).toMatchObject({ help: 'Pick the closest.', key: false, allowNA: false, weight: 1 });
  });

  test('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('renderPath', () => {
  test.each([
    [[], undefined],
    [['competencies', 2, 'questions', 0, 'levels'], 'competencies[2].questions[0].levels'],
    [['expectations', 'senior'], 'expectations.senior'],
    [['answers', 'has space'], 'answers["has space"]'],
  ])('%j → %s', (path, expected) => {
    expect(renderPath(path)).toBe(expected);
  });
});
