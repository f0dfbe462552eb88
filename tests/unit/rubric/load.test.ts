import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtinRubricDir, readRubricDir } from '../../../src/io/read-rubric-dir.ts';
import { loadRubricSet } from '../../../src/rubric/load.ts';
import { fixture, inline, problemsOf, readFixtureText } from '../../helpers/rubric-fixtures.ts';

const stages = fixture('valid/stages.yaml');
const skills = fixture('valid/skills.yaml');
const extra = fixture('lints/small-raise.yaml');

describe('merging custom rubrics over the built-in ones', () => {
  test('a custom category with a built-in id replaces it in place', () => {
    const custom = inline('mine/skills.yaml', readFixtureText('valid/skills.yaml').replace('title: Skills', 'title: My skills'));
    const set = loadRubricSet([stages, skills], [custom]);
    expect(set.categories.map((category) => [category.id, category.title])).toEqual([['skills', 'My skills']]);
  });

  test('a custom category with a new id is added after the built-in ones', () => {
    const custom = inline('mine/more.yaml', readFixtureText('valid/skills.yaml').replace('id: skills', 'id: more').replaceAll('id: alpha', 'id: alpha2').replaceAll('id: beta', 'id: beta2').replaceAll('-depth', '-depth2').replaceAll('beta-', 'beta2-'));
    const set = loadRubricSet([stages, skills], [custom]);
    expect(set.categories.map((category) => category.id)).toEqual(['skills', 'more']);
  });

  test('a custom stages.yaml replaces the built-in stages', () => {
    const custom = inline('mine/stages.yaml', readFixtureText('valid/stages.yaml').replace('title: Senior', 'title: Principal'));
    const set = loadRubricSet([stages, skills], [custom]);
    expect(set.stages.map((stage) => stage.title)).toEqual(['Entry', 'Mid', 'Principal']);
  });

  test('two custom files with the same new id are a duplicate', () => {
    const problems = problemsOf(() => loadRubricSet([stages, skills], [inline('mine/a.yaml', readFixtureText('valid/skills.yaml')), inline('mine/b.yaml', readFixtureText('valid/skills.yaml'))]));
    expect(problems).toContainEqual(expect.stringContaining('mine/b.yaml:2:1: id: duplicate category id "skills" (first defined at mine/a.yaml:2:1)'));
  });
});

describe('numbers and blame under --rubrics', () => {
  test.each(['1e307', '1e308', '.inf', '.nan', '-1'])('a category weight of %s is refused at its line in the user file', (weight) => {
    const custom = inline('mine/more.yaml', readFixtureText('valid/skills.yaml').replace('title: Skills\n', `title: Skills\nweight: ${weight}\n`));
    const problems = problemsOf(() => loadRubricSet([stages, skills], [custom]));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) {
      expect(problem).toMatch(/^mine\/more\.yaml:4:1: weight: /);
      expect(problem).not.toContain('NaN%');
    }
  });

  test('a ladder problem that only the user file causes is located in it, naming the built-in place', async () => {
    const builtin = await readRubricDir(builtinRubricDir());
    const category = readFileSync(join(import.meta.dirname, '../../corpus/inputs/category.yaml'), 'utf8');
    const heavy = inline('mine/c.yaml', category.replace('title: Skills\n', 'title: Skills\nweight: 1000000\n'));
    const problems = problemsOf(() => loadRubricSet(builtin, [heavy]));
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toMatch(/^mine\/c\.yaml:3:1: weight: with this category \(weight 1000000\), built-in stages\.yaml:\d+:\d+ \(stages\[\d\]\) fails: /);
  });
});

describe('loadRubricSet', () => {
  test('needs a stages file', () => {
    expect(problemsOf(() => loadRubricSet([skills]))).toEqual(['no stages.yaml among the rubric files — add a stages.yaml with the rubric set and its stages']);
  });

  test('needs at least one category', () => {
    expect(problemsOf(() => loadRubricSet([stages]))).toEqual([expect.stringContaining('no category files besides the stages')]);
  });

  test('reports problems of several files together (parse, schema and lint)', () => {
    const problems = problemsOf(() => loadRubricSet([stages, skills, extra, inline('bad.yaml', 'id: x\nid: y\n'), inline('worse.yaml', 'id: 3\n')]));
    const files = problems.map((problem) => problem.split(':')[0]);
    expect(files).toContain('bad.yaml');
    expect(files).toContain('worse.yaml');
  });

  test('the digest depends on the content, not on key order or file formatting', () => {
    const base = loadRubricSet([stages, skills]).info.digest;
    expect(base).toMatch(/^sha256:[0-9a-f]{16}$/);
    const reorderedText = readFixtureText('valid/skills.yaml').replace('id: skills\ntitle: Skills\n', 'title: Skills\nid: skills   # same\n');
    expect(reorderedText).not.toBe(readFixtureText('valid/skills.yaml'));
    const reordered = inline('skills.yaml', reorderedText);
    expect(loadRubricSet([stages, reordered]).info.digest).toBe(base);
    const changed = inline('skills.yaml', readFixtureText('valid/skills.yaml').replace('title: Skills', 'title: Skill'));
    expect(loadRubricSet([stages, changed]).info.digest).not.toBe(base);
  });
});

describe('the built-in rubrics', () => {
  const dir = builtinRubricDir();
  const files = readdirSync(dir).filter((name) => name.endsWith('.yaml'));

  test('load without problems and hold 45–90 questions', async () => {
    const set = loadRubricSet(await readRubricDir(dir));
    const questions = set.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions));
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.length).toBeLessThanOrEqual(90);
    expect(set.stages.map((stage) => stage.id)).toEqual(['entry', 'mid', 'senior', 'lead', 'architect', 'director']);
  });

  test.each(files)('%s starts with the yaml-language-server schema line', (name) => {
    const schema = name === 'stages.yaml' ? 'stages' : name === 'tracks.yaml' ? 'tracks' : 'rubric';
    const firstLine = readFileSync(join(dir, name), 'utf8').split('\n')[0];
    expect(firstLine).toBe(`# yaml-language-server: $schema=../schemas/${schema}.schema.json`);
  });
});
