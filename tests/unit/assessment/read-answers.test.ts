import { describe, expect, it } from 'vitest';
import { answersFromDocument } from '../../../src/assessment/read-answers.ts';
import { missingAnswers } from '../../../src/assessment/scope.ts';
import { questionsInScope } from '../../../src/assessment/scope.ts';
import { DataError, type Problem } from '../../../src/errors.ts';
import { parseDocument } from '../../../src/parse/document.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';

const set = syntheticSet();

function read(text: string) {
  return answersFromDocument(parseDocument(text, 'answers.yaml'), set);
}

function problemsOf(text: string): Problem[] {
  try {
    read(text);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('answersFromDocument', () => {
  it('reads bare values, { value, note } entries and n/a, and skips empty entries', () => {
    const result = read(
      [
        'subject: Ada',
        'rubricSet: synthetic@1.2.3',
        'answers:',
        '  py-level: 3',
        '  mlops-tools: [docker, mlflow]',
        '  cloud-depth: n/a',
        '  mentor-done: { value: true, note: mentored two interns }',
        '  py-years:',
        '  comm-level: ~',
      ].join('\n'),
    );
    expect(result).toEqual({
      subject: 'Ada',
      rubricSet: 'synthetic@1.2.3',
      answers: {
        'py-level': { value: 3 },
        'mlops-tools': { value: ['docker', 'mlflow'] },
        'cloud-depth': { value: 'n/a' },
        'mentor-done': { value: true, note: 'mentored two interns' },
      },
    });
  });

  it('accepts a rubricSet without a version', () => {
    expect(read('rubricSet: synthetic\nanswers: {}\n').answers).toEqual({});
  });

  it.each<[string, string, Partial<Problem>]>([
    ['an invalid scale value, at its line', 'answers:\n  py-level: 2\n  comm-level: 7\n', { line: 3, path: 'answers.comm-level', message: 'expected a level 0–4 (integer), got 7' }],
    ['an unknown question, with a suggestion', 'answers:\n  py-levle: 3\n', { line: 2, message: 'unknown question "py-levle"', hint: 'did you mean "py-level"?' }],
    ['an unknown question far from any id', 'answers:\n  kubernetes: 3\n', { line: 2, message: 'unknown question "kubernetes"', hint: 'run ml-career template to list the question ids' }],
    ['an unknown option', 'answers:\n  cloud-depth: k8s\n', { line: 2, message: 'unknown option "k8s" — options: none, one, few, many, architect' }],
    ['n/a where it is not allowed', 'answers:\n  mentor-done: n/a\n', { line: 2, message: 'n/a is not allowed for this question' }],
    ['a bad value inside { value, note }', 'answers:\n  mentor-done:\n    value: maybe\n    note: hmm\n', { line: 3, path: 'answers.mentor-done.value', message: 'expected true or false, got "maybe"' }],
    ['an unknown field next to value', 'answers:\n  py-level:\n    value: 2\n    evidence: x\n', { line: 4, path: 'answers.py-level.evidence', message: 'unknown field "evidence" — an answer is a value, or { value, note }' }],
    ['an object without value', 'answers:\n  py-level: { note: x }\n', { line: 2, message: 'missing "value" — an answer is a value, or { value, note }' }],
    ['a note that is not text', 'answers:\n  py-level: { value: 2, note: [a] }\n', { path: 'answers.py-level.note', message: 'a note is text of at most 500 characters' }],
    ['answers for another rubric set', 'rubricSet: ml-systems-engineer@1.0.0\nanswers: {}\n', {
      line: 1,
      path: 'rubricSet',
      message: 'these answers are for rubric set "ml-systems-engineer", not "synthetic"',
      hint: 'these answers were written for "ml-systems-engineer@1.0.0"; pass --rubrics with that set, or regenerate with ml-career template',
    }],
    ['no answers mapping', 'subject: Ada\n', { path: 'answers' }],
    ['an unknown top-level field', 'answers: {}\nanswer: {}\n', { line: 2, col: 1, message: 'unknown field "answer"', hint: 'did you mean "answers"?' }],
    ['a document that is not a mapping', '- 1\n- 2\n', { file: 'answers.yaml' }],
  ])('reports %s', (_name, text, problem) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'answers.yaml', ...problem });
  });

  it('collects every problem of the file in one error, each with its own position', () => {
    const problems = problemsOf('answers:\n  py-level: 9\n  nope: 1\n  cloud-depth: k8s\n  mentor-done: true\n');
    expect(problems.map((problem) => [problem.line, problem.col, problem.path])).toEqual([
      [2, 3, 'answers.py-level'],
      [3, 3, 'answers.nope'],
      [4, 3, 'answers.cloud-depth'],
    ]);
  });
});

describe('answersFromDocument: versions and bounds', () => {
  it.each([
    ['synthetic@1.2.3', undefined],
    ['synthetic@1.0.9', undefined],
    ['synthetic@1.2.4', 'newer than the loaded rubric set (1.2.3)'],
    ['synthetic@9.9.9', 'newer than the loaded rubric set (1.2.3)'],
    ['synthetic@latest', '"latest" is not a rubric set version'],
  ])('rubricSet %s → %s', (reference, message) => {
    const text = `rubricSet: ${reference}\nanswers:\n  py-level: 3\n`;
    if (message === undefined) expect(read(text).answers).toEqual({ 'py-level': { value: 3 } });
    else expect(problemsOf(text)).toEqual([expect.objectContaining({ line: 1, path: 'rubricSet', message: expect.stringContaining(message) })]);
  });

  it('quotes a long unknown id cut short, and suggests for a short one', () => {
    const ids = Array.from({ length: 30 }, (_, index) => `py-levl${'x'.repeat(index === 0 ? 0 : 1000)}${index}`);
    const problems = problemsOf(`answers:\n${ids.map((id) => `  ${id}: 3`).join('\n')}\n`);
    expect(problems).toHaveLength(30);
    for (const problem of problems) expect(problem.message.length).toBeLessThan(100);
    expect(problems[0]!.hint).toBe('did you mean "py-level"?');
    expect(problems[1]!.message).toMatch(/^unknown question "py-levlx+…"$/);
  });
});

describe('answersFromDocument: the scope of an answers file', () => {
  it.each<[string, string, object]>([
    ['quick', 'scope: { quick: true }\nanswers: {}\n', { quick: true }],
    ['only', 'scope:\n  only: [people, tech]\nanswers: {}\n', { only: ['people', 'tech'] }],
    ['both, as JSON', '{"scope": {"quick": false, "only": ["tech"]}, "answers": {}}', { quick: false, only: ['tech'] }],
    ['neither (an empty scope)', 'scope: {}\nanswers: {}\n', {}],
  ])('reads %s', (_name, text, scope) => {
    expect(read(text).scope).toEqual(scope);
  });

  it('leaves the scope out of the result when the file has none', () => {
    expect(read('answers: {}\n')).not.toHaveProperty('scope');
  });

  it.each<[string, string, Partial<Problem>]>([
    ['a misspelt field, with a suggestion', 'scope:\n  quik: true\nanswers: {}\n', { line: 2, col: 3, path: 'scope.quik', message: 'unknown field "quik"', hint: 'did you mean "quick"?' }],
    ['quick that is not true or false', 'scope: { quick: yes }\nanswers: {}\n', { line: 1, path: 'scope.quick', message: 'expected true or false, found "yes"' }],
    ['an unknown category, with a suggestion', 'scope:\n  only: [tech, peple]\nanswers: {}\n', { line: 2, path: 'scope.only[1]', message: 'unknown category "peple"', hint: 'did you mean "people"?' }],
    ['an unknown category far from any id', 'scope: { only: [kubernetes] }\nanswers: {}\n', { line: 1, path: 'scope.only[0]', message: 'unknown category "kubernetes"', hint: 'categories: tech, people, context' }],
    ['an empty only', 'scope: { only: [] }\nanswers: {}\n', { line: 1, path: 'scope.only', message: expect.stringContaining('an empty list; leave "only" out') }],
    ['a scope that is not a mapping', 'scope: quick\nanswers: {}\n', { line: 1, path: 'scope', message: 'expected a mapping, found "quick"' }],
  ])('reports %s, located', (_name, text, problem) => {
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'answers.yaml', ...problem });
  });

  it('reports a bad scope together with bad answers', () => {
    const problems = problemsOf('scope: { only: [nope] }\nanswers:\n  py-level: 9\n');
    expect(problems.map((problem) => problem.path)).toEqual(['scope.only[0]', 'answers.py-level']);
  });
});

describe('missingAnswers', () => {
  it('lists the question ids in scope without an answer, n/a counting as answered', () => {
    const scope = questionsInScope(set, { only: ['people'] });
    expect(missingAnswers(scope, { 'comm-level': { value: 'n/a' }, 'py-level': { value: 2 } })).toEqual(['mentor-done', 'mentor-level', 'ethics-level']);
  });
});
