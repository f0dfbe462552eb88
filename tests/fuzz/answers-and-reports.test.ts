/**
 * Random and damaged answers files through reading and scoring, and damaged
 * reports through reading back: always a result, or a DataError whose every
 * problem has a message and a file (and a line and column when the text is YAML).
 * No input may add anything to Object.prototype.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { answersFromCleanJson } from '../../src/assessment/answers-from-json.ts';
import { buildReport } from '../../src/assessment/build-report.ts';
import { answersFromDocument } from '../../src/assessment/read-answers.ts';
import { reportFromBytes } from '../../src/io/read-report.ts';
import { parseDocument } from '../../src/parse/document.ts';
import { decodeText, DEFAULT_MAX_BYTES } from '../../src/parse/decode-text.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import { valueAtLevel } from '../helpers/answers-at.ts';
import { mutatedBytes, mutatedData, parsesAsYaml } from './mutate.ts';
import { prototypeKeys, resultOrLocatedError } from './outcome.ts';

const RUNS = 200;
const before = prototypeKeys();
afterAll(() => {
  expect(prototypeKeys()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const set = loadRubricSet(
  readdirSync('rubrics')
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => ({ file: join('rubrics', name), bytes: new Uint8Array(readFileSync(join('rubrics', name))) })),
);
const questions = set.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions));

/** What `assess --answers` does with the bytes of a file: the clean-JSON fast path, else the located reader. */
function readAnswers(bytes: Uint8Array | string) {
  const text = decodeText(bytes, 'answers.yaml', DEFAULT_MAX_BYTES);
  return answersFromCleanJson(text, set) ?? answersFromDocument(parseDocument(text, 'answers.yaml'), set);
}

function scoreAnswers(bytes: Uint8Array | string): void {
  const read = resultOrLocatedError(() => readAnswers(bytes), { parsedAsYaml: parsesAsYaml(bytes) });
  if (!read) return;
  const report = buildReport(set, read.answers, { quick: false, generatedAt: new Date(0), toolVersion: '0.0.0-test' });
  // No answer at all leaves the score undefined (null), never NaN or out of range.
  if (report.overall.score !== null) expect(report.overall.score).toBeGreaterThanOrEqual(0);
  if (report.overall.score !== null) expect(report.overall.score).toBeLessThanOrEqual(100);
  expect(Number.isNaN(report.overall.score)).toBe(false);
}

const junkValue = fc.oneof(
  fc.constantFrom(null, 'n/a', true, false, 0, 4, 5, -1, 2.5, 1e9, '', 'python', '__proto__'),
  fc.jsonValue({ maxDepth: 2 }),
);
/** Mostly valid values (so that scoring runs), some junk, some with evidence notes. */
const answerFor = fc.tuple(fc.constantFrom(...questions), fc.nat({ max: 4 }), junkValue, fc.nat({ max: 9 }), fc.string({ maxLength: 20 })).map(
  ([question, level, junk, dice, note]) => {
    const value = dice < 6 ? valueAtLevel(question, level) : junk;
    return [dice === 0 ? `${question.id}x` : question.id, dice === 1 ? { value, note } : value] as const;
  },
);
const answersDocument = fc
  .record({
    answers: fc.array(answerFor, { maxLength: questions.length }).map((entries) => Object.fromEntries(entries)),
    extra: fc.option(fc.record({ subject: fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), rubricSet: fc.constantFrom('ml-systems-engineer@1.0.0', 'other@1') }, { requiredKeys: [] }), { nil: undefined }),
  })
  .map(({ answers, extra }) => ({ ...extra, answers }));

describe('answers files end in a report or a located error', () => {
  it('random answers to the built-in questions, as JSON and as YAML', () => {
    fc.assert(
      fc.property(answersDocument, fc.boolean(), (document, asJson) => scoreAnswers(asJson ? JSON.stringify(document) : stringify(document))),
      { numRuns: RUNS },
    );
  });

  it('a complete answers file damaged in its data or bytes', () => {
    const complete = stringify({ answers: Object.fromEntries(questions.map((question) => [question.id, valueAtLevel(question, 2)])) });
    fc.assert(fc.property(fc.oneof(mutatedData(complete), mutatedBytes(complete)), scoreAnswers), { numRuns: RUNS });
  });

  it('junk documents, JSON with reserved keys among them', () => {
    const reserved = fc.constantFrom('{"__proto__": {"polluted": true}, "answers": {}}', '{"answers": {"constructor": {"prototype": {"polluted": 1}}}}', 'answers:\n  __proto__:\n    polluted: 1\n');
    const junk = fc.oneof(reserved, fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), fc.jsonValue().map((value) => JSON.stringify(value)));
    fc.assert(fc.property(junk, scoreAnswers), { numRuns: RUNS });
  });
});

describe('reports read back end in a report or a located error', () => {
  const sample = readFileSync('tests/fixtures/reports/sample.json', 'utf8');
  it('the sample report damaged in its data or bytes', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedData(sample).map((text) => JSON.stringify(parse(text), null, 2)), mutatedBytes(sample)), (input) => {
        resultOrLocatedError(() => reportFromBytes(typeof input === 'string' ? new TextEncoder().encode(input) : input, 'report.json'), {
          parsedAsYaml: parsesAsYaml(input),
        });
      }),
      { numRuns: RUNS },
    );
  });
});
