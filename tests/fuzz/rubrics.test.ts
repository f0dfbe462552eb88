/**
 * Damaged rubric files, through the whole path (parse, schema, lints, scoring):
 * the outcome is a rubric set that scores, or a RubricError/DataError whose every
 * problem has a message and a file, and a line and column when the text is YAML.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/assessment/build-report.ts';
import type { RubricSource } from '../../src/rubric/load.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { answersFileAt } from '../helpers/answers-at.ts';
import { mutatedBytes, mutatedData, parsesAsYaml } from './mutate.ts';
import { prototypeKeys, resultOrLocatedError } from './outcome.ts';

const RUNS = 150;
const before = prototypeKeys();
afterAll(() => expect(prototypeKeys()).toEqual(before));

const source = (file: string, bytes: Uint8Array | string): RubricSource => ({
  file,
  bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
});
const fixtureDir = 'tests/fixtures/rubrics/valid';
const fixture = (name: string) => readFileSync(join(fixtureDir, name), 'utf8');
const builtinDir = 'rubrics';
const builtin = readdirSync(builtinDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => source(join(builtinDir, name), readFileSync(join(builtinDir, name), 'utf8')));

/** A loaded set must also score: every answer at a level, through the report. */
function scores(set: RubricSet): void {
  for (const level of [0, 2, 4]) {
    const { answers } = answersFileAt(set, level);
    const report = buildReport(set, Object.fromEntries(Object.entries(answers).map(([id, value]) => [id, { value }])), {
      quick: false,
      generatedAt: new Date(0),
      toolVersion: '0.0.0-test',
    });
    expect(set.stages.map((stage) => stage.id)).toContain(report.stage.id);
  }
}

describe('mutated rubric files end in a set or a located error', () => {
  it.each(['skills.yaml', 'stages.yaml'])('the valid fixture, %s damaged in its data', (name) => {
    const other = name === 'skills.yaml' ? 'stages.yaml' : 'skills.yaml';
    fc.assert(
      fc.property(mutatedData(fixture(name)), (text) => {
        const set = resultOrLocatedError(() => loadRubricSet([source(join(fixtureDir, name), text), source(join(fixtureDir, other), fixture(other))]), {
          parsedAsYaml: parsesAsYaml(text),
        });
        if (set) scores(set);
      }),
      { numRuns: RUNS },
    );
  });

  it('the valid fixture, damaged in its bytes', () => {
    fc.assert(
      fc.property(mutatedBytes(fixture('skills.yaml')), (bytes) => {
        const set = resultOrLocatedError(() => loadRubricSet([source(join(fixtureDir, 'skills.yaml'), bytes), source(join(fixtureDir, 'stages.yaml'), fixture('stages.yaml'))]), {
          parsedAsYaml: parsesAsYaml(bytes),
        });
        if (set) scores(set);
      }),
      { numRuns: RUNS },
    );
  });

  it('a built-in category damaged in its data or bytes, loaded with the rest of the built-in set', () => {
    const victims = fc.nat({ max: builtin.length - 1 });
    const damage = victims.chain((index) => {
      const text = new TextDecoder().decode(builtin[index]!.bytes);
      return fc.tuple(fc.constant(index), fc.oneof(mutatedData(text), mutatedBytes(text)));
    });
    fc.assert(
      fc.property(damage, ([index, damaged]) => {
        const sources = builtin.map((entry, i) => (i === index ? source(entry.file, damaged) : entry));
        const set = resultOrLocatedError(() => loadRubricSet(sources), { parsedAsYaml: parsesAsYaml(damaged) });
        if (set) scores(set);
      }),
      { numRuns: 60 },
    );
  });

  it('random text and bytes as a rubric file', () => {
    const junk = fc.oneof(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), fc.jsonValue().map((value) => JSON.stringify(value)));
    fc.assert(
      fc.property(junk, (input) => {
        resultOrLocatedError(() => loadRubricSet([source('junk.yaml', input), source(join(fixtureDir, 'stages.yaml'), fixture('stages.yaml'))]), {
          parsedAsYaml: parsesAsYaml(input),
        });
      }),
      { numRuns: RUNS },
    );
  });
});
