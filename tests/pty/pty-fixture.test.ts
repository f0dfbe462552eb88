/**
 * The pseudo-terminal tests type keys blind, so they depend on this fixture
 * loading and asking exactly these questions in this order.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { questionsInScope } from '../../src/assessment/scope.ts';
import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';

const fixtureDir = fileURLToPath(new URL('../fixtures/interactive-rubrics', import.meta.url));

describe('the interactive rubric fixture', () => {
  it('merges into the built-in set and asks four key questions of every prompt kind, in order', async () => {
    const set = loadRubricSet(await readRubricDir(builtinRubricDir()), await readRubricDir(fixtureDir));
    const scope = questionsInScope(set, { only: ['pty-check'] });
    expect(scope.map(({ question }) => [question.id, question.kind])).toEqual([
      ['pty-serving-depth', 'scale'],
      ['pty-tooling-stack', 'multi'],
      ['pty-experience-years', 'number'],
      ['pty-on-call-rota', 'boolean'],
    ]);
  });
});
