import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../../src/contracts/answers.ts';
import { checkAnswerValue, levelForAnswer } from '../../../src/assessment/level.ts';
import type { Question } from '../../../src/contracts/rubric.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';

const questions = new Map<string, Question>(
  syntheticSet().categories.flatMap((category) =>
    category.competencies.flatMap((competency) => competency.questions.map((question) => [question.id, question] as const)),
  ),
);
function question(id: string): Question {
  const found = questions.get(id);
  if (!found) throw new Error(`no question ${id} in the synthetic set`);
  return found;
}

describe('levelForAnswer', () => {
  it.each<[string, string, AnswerValue, number | null]>([
    ['scale: the value itself', 'py-level', 3, 3],
    ['scale: lowest', 'py-level', 0, 0],
    ['scale: n/a', 'comm-level', 'n/a', null],
    ['boolean: true', 'mentor-done', true, 3],
    ['boolean: false', 'mentor-done', false, 0],
    ['choice: the option level', 'cloud-depth', 'few', 2],
    ['choice: top option', 'cloud-depth', 'architect', 4],
    ['choice: n/a', 'cloud-depth', 'n/a', null],
    ['multi: none chosen is the band at 0', 'mlops-tools', [], 0],
    ['multi: two chosen', 'mlops-tools', ['docker', 'airflow'], 2],
    ['multi: all chosen (evidence stops at 3)', 'mlops-tools', ['docker', 'kubernetes', 'airflow', 'mlflow'], 3],
    ['multi: duplicates count once', 'mlops-tools', ['docker', 'docker', 'docker'], 1],
    ['number: at min', 'py-years', 0, 0],
    ['number: just below a band edge', 'py-years', 2.99, 1],
    ['number: exactly at a band edge', 'py-years', 3, 2],
    ['number: between edges', 'py-years', 6, 3],
    ['number: at max (evidence stops at 3)', 'py-years', 40, 3],
  ])('%s', (_name, id, value, level) => {
    expect(levelForAnswer(question(id), value)).toBe(level);
  });

  it('uses the highest band that starts at or below the value even when bands are listed out of order', () => {
    const shuffled = { ...question('py-years'), bands: [{ atLeast: 5, level: 3 }, { atLeast: 0, level: 0 }, { atLeast: 3, level: 2 }] } as Question;
    expect(levelForAnswer(shuffled, 4)).toBe(2);
    expect(levelForAnswer(shuffled, 10)).toBe(3);
  });
});

describe('checkAnswerValue', () => {
  it.each<[string, string, unknown, string | null]>([
    ['scale: valid', 'py-level', 2, null],
    ['scale: out of range', 'py-level', 7, 'expected a level 0–4 (integer), got 7'],
    ['scale: negative', 'py-level', -1, 'expected a level 0–4 (integer), got -1'],
    ['scale: not an integer', 'py-level', 2.5, 'expected a level 0–4 (integer), got 2.5'],
    ['scale: a string', 'py-level', 'three', 'expected a level 0–4 (integer), got "three"'],
    ['scale: n/a not allowed', 'py-level', 'n/a', 'n/a is not allowed for this question'],
    ['scale: n/a allowed', 'comm-level', 'n/a', null],
    ['boolean: valid', 'mentor-done', false, null],
    ['boolean: a string', 'mentor-done', 'yes', 'expected true or false, got "yes"'],
    ['boolean: a number', 'mentor-done', 1, 'expected true or false, got 1'],
    ['choice: valid', 'cloud-depth', 'many', null],
    ['choice: unknown option', 'cloud-depth', 'k8s', 'unknown option "k8s" — options: none, one, few, many, architect'],
    ['choice: not a string', 'cloud-depth', 2, 'expected one option id (none, one, few, many, architect), got 2'],
    ['multi: valid', 'mlops-tools', ['docker', 'mlflow'], null],
    ['multi: empty list', 'mlops-tools', [], null],
    ['multi: unknown option', 'mlops-tools', ['docker', 'k8s'], 'unknown option "k8s" — options: docker, kubernetes, airflow, mlflow'],
    ['multi: two unknown options', 'mlops-tools', ['k8s', 'tf'], 'unknown options "k8s", "tf" — options: docker, kubernetes, airflow, mlflow'],
    ['multi: duplicate', 'mlops-tools', ['docker', 'docker'], 'option "docker" listed more than once'],
    ['multi: a bare string', 'mlops-tools', 'docker', 'expected a list of option ids (docker, kubernetes, airflow, mlflow), got "docker"'],
    ['multi: a list of numbers', 'mlops-tools', [1], 'expected a list of option ids (docker, kubernetes, airflow, mlflow), got a list [1]'],
    ['multi: n/a not allowed', 'mlops-tools', 'n/a', 'n/a is not allowed for this question'],
    ['number: valid', 'py-years', 4.5, null],
    ['number: at max', 'py-years', 40, null],
    ['number: above max', 'py-years', 41, 'expected a number in 0–40 years, got 41'],
    ['number: below min', 'py-years', -2, 'expected a number in 0–40 years, got -2'],
    ['number: a string', 'py-years', '5', 'expected a number (0–40 years), got "5"'],
    ['number: infinite', 'py-years', Number.POSITIVE_INFINITY, 'expected a number (0–40 years), got .inf (infinite)'],
    ['any: null', 'py-level', null, 'expected a level 0–4 (integer), got nothing'],
    ['any: an object', 'mentor-done', { value: true }, 'expected true or false, got an object'],
  ])('%s', (_name, id, value, message) => {
    expect(checkAnswerValue(question(id), value)).toBe(message);
  });
});
