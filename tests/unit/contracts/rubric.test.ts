import { describe, expect, test } from 'vitest';
import { loadRubricSet } from '../../../src/rubric/load.ts';
import { fixture, inline, problemsOf, readFixtureText } from '../../helpers/rubric-fixtures.ts';

const stages = fixture('valid/stages.yaml');
const skills = readFixtureText('valid/skills.yaml');

/** The valid category with one edit, loaded as `c.yaml`; returns its problems. */
function problemsAfter(from: string, to: string): string[] {
  expect(skills).toContain(from);
  return problemsOf(() => loadRubricSet([stages, inline('c.yaml', skills.replace(from, to))]));
}

describe('the minimal valid fixture', () => {
  test('loads, with defaults applied', () => {
    const set = loadRubricSet([stages, fixture('valid/skills.yaml')]);
    expect(set.stages.map((stage) => stage.id)).toEqual(['entry', 'mid', 'senior']);
    const [alpha, beta] = set.categories[0]!.competencies;
    expect(alpha!.weight).toBe(1);
    expect(beta!.weight).toBe(2);
    expect(beta!.questions.map((question) => question.kind)).toEqual(['scale', 'multi', 'number', 'boolean', 'choice']);
    expect(beta!.questions[1]!.key).toBe(false);
    expect(alpha!.learning[0]!.resources).toEqual([]);
  });
});

describe('schema problems are located and explained', () => {
  test.each([
    ['a misspelt field, with a suggestion', '    weight: 2\n    expectations', '    wieght: 2\n    expectations', 'c.yaml:32:5: competencies[1].wieght: unknown field "wieght" — did you mean "weight"?'],
    ['an unknown field far from any name, listing the allowed ones', 'source: Requirements › Technical Skills\n', 'source: Requirements › Technical Skills\ncolour: red\n', 'c.yaml:6:1: colour: unknown field "colour" — allowed fields: id, title, description, source, weight, competencies'],
    ['an unknown question kind, listing the kinds', 'kind: boolean', 'kind: bool', 'c.yaml:66:9: competencies[1].questions[3].kind: unknown kind "bool" — kind is one of: scale, boolean, choice, multi, number'],
    ['a missing field, at the object that lacks it', '    title: Alpha\n', '', 'c.yaml:7:5: competencies[0].title: missing required field "title" — add it (expected text)'],
    ['a scale with four levels', '[Not yet., With guidance., Alone., Owned., Set the standard.]', '[Not yet., With guidance., Alone., Owned.]', 'c.yaml:41:9: competencies[1].questions[0].levels: a scale question has exactly five levels'],
    ['a choice with one option', "          - { id: doer, label: Did it, level: 2 }\n          - { id: owner, label: Owned it, level: 3 }\n", '', 'c.yaml:77:9: competencies[1].questions[4].options: a choice question needs at least two options'],
    ['a level out of range', 'levelIfTrue: 2', 'levelIfTrue: 5', 'c.yaml:70:9: competencies[1].questions[3].levelIfTrue: a yes/no answer is evidence and never reaches level 4 (found 5)'],
    ['a wrong type', 'min: 0\n', 'min: none\n', 'c.yaml:59:9: competencies[1].questions[2].min: expected a number, found "none"'],
    ['a resource kind outside the list', 'kind: book', 'kind: books', 'c.yaml:27:83: competencies[0].learning[2].resources[0].kind: "books" is not allowed — did you mean "book"? (allowed values: book, course, paper, docs, practice, certification, community)'],
    ['a resource kind far from the list, listing it', 'kind: book', 'kind: blog', 'c.yaml:27:83: competencies[0].learning[2].resources[0].kind: "blog" is not allowed — allowed values: book, course, paper, docs, practice, certification, community'],
    ['a learning step that skips a level', '{ from: 1, to: 2, actions: [Do alpha alone.] }', '{ from: 1, to: 3, actions: [Do alpha alone.] }', 'c.yaml:26:20: competencies[0].learning[1].to: a learning step goes up exactly one level (to = from + 1) (found 3)'],
    ['a bad id', 'id: alpha\n', 'id: Alpha\n', 'c.yaml:7:5: competencies[0].id: an id is lower-case letters'],
  ])('%s', (_name, from, to, expected) => {
    const problems = problemsAfter(from, to);
    expect(problems.some((problem) => problem.startsWith(expected)), `expected ${expected}\ngot\n${problems.join('\n')}`).toBe(true);
  });

  test('every schema problem of every file is reported at once', () => {
    const broken = skills.replace('kind: boolean', 'kind: bool').replace('    title: Alpha\n', '');
    const problems = problemsOf(() =>
      loadRubricSet([inline('stages.yaml', 'rubricSet: { id: x, title: X, version: "1" }\nstages: []\n'), inline('c.yaml', broken), inline('d.yaml', 'id: [\n')]),
    );
    expect(problems.map((problem) => problem.split(': ')[0])).toEqual(['stages.yaml:1:31', 'stages.yaml:2:1', 'c.yaml:7:5', 'c.yaml:65:9', 'd.yaml:2:1']);
  });
});
