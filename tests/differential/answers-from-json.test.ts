/**
 * The JSON fast path for answers files may decline anything, but whatever it
 * accepts must give exactly what the full path (yaml, zod, located checks) gives,
 * and a clean JSON file, the common scripted case, must take it.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answersFromCleanJson } from '../../src/assessment/answers-from-json.ts';
import { answersFromDocument } from '../../src/assessment/read-answers.ts';
import { questionsInScope } from '../../src/assessment/scope.ts';
import { DataError } from '../../src/errors.ts';
import { parseDocument } from '../../src/parse/document.ts';
import { valueArbitrary } from '../helpers/answer-values.ts';
import { syntheticSet } from '../helpers/synthetic-set.ts';

const set = syntheticSet();
const scope = questionsInScope(set);

function fullPath(text: string): { result: unknown } | { refused: true } {
  try {
    return { result: answersFromDocument(parseDocument(text, 'answers.json'), set) };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { refused: true };
  }
}

const validFile = fc.record(
  {
    subject: fc.constantFrom('ada', '  Grace Hopper ', 'x'.repeat(100)),
    rubricSet: fc.constantFrom('synthetic', 'synthetic@1.2.3'),
    scope: fc.record(
      { quick: fc.boolean(), only: fc.subarray(['tech', 'people', 'context'], { minLength: 1 }) },
      { requiredKeys: [] },
    ),
    answers: fc.tuple(...scope.map(({ question }) => fc.option(valueArbitrary(question), { nil: null }))).map((values) =>
      Object.fromEntries(scope.map(({ question }, index) => [question.id, values[index]])),
    ),
  },
  { requiredKeys: ['answers'] },
);

/**
 * Small changes that make a file wrong in some way, or only unusual, each with what
 * the full path makes of it: the wrong ones it refuses, the unusual one it reads.
 */
type Mutation = { change: (file: Record<string, unknown>) => unknown; fullPath: 'refuses' | 'reads' };
const refused = (change: Mutation['change']): Mutation => ({ change, fullPath: 'refuses' });
const mutation = fc.constantFrom<Mutation>(
  refused((file) => ({ ...file, extra: 1 })),
  refused((file) => ({ ...file, subject: ' ' })),
  refused((file) => ({ ...file, rubricSet: 'other@1.0.0' })),
  refused((file) => ({ ...file, answers: { ...(file.answers as object), 'no-such-question': 1 } })),
  refused((file) => ({ ...file, answers: { ...(file.answers as object), 'py-level': 9 } })),
  refused((file) => ({ ...file, answers: { ...(file.answers as object), 'py-level': { value: 2, note: 'x'.repeat(501) } } })),
  refused((file) => ({ ...file, answers: { ...(file.answers as object), 'py-level': { value: 2, note: 'shipped it', extra: 1 } } })),
  { change: (file) => ({ ...file, answers: { ...(file.answers as object), 'py-level': { value: 3, note: 'Über [[ {{ "quoted" : }} ]]' } } }), fullPath: 'reads' },
  refused((file) => ({ ...file, answers: [] })),
  refused((file) => ({ ...file, scope: { quik: true } })),
  refused((file) => ({ ...file, scope: { quick: 'yes' } })),
  refused((file) => ({ ...file, scope: { only: [] } })),
  refused((file) => ({ ...file, scope: { only: ['tech', 'nope'] } })),
  refused((file) => ({ ...file, scope: { only: ['tech', 3] } })),
  refused((file) => ({ ...file, scope: { only: 'tech' } })),
  refused((file) => ({ ...file, scope: 'quick' })),
  refused((file) => ({ ...file, scope: null })),
  refused(() => ['not', 'an', 'object']),
);

const layout = fc.constantFrom<(value: unknown) => string>(
  (value) => JSON.stringify(value),
  (value) => JSON.stringify(value, null, 2),
  (value) => `\ufeff${JSON.stringify(value, null, 4).replaceAll('\n', '\r\n')}`,
);

describe('answersFromCleanJson', () => {
  test('a clean JSON file takes the fast path and gives what the full path gives', () => {
    fc.assert(
      fc.property(validFile, layout, (file, format) => {
        const text = format(file).replace(/^\ufeff/, '');
        const fast = answersFromCleanJson(text, set);
        expect(fast).toBeDefined();
        expect(fullPath(text)).toEqual({ result: fast });
      }),
      { numRuns: 150 },
    );
  });

  // Both outcomes are asserted, so a fast path that declined everything would fail here.
  test('whatever it accepts, the full path accepts alike; what the full path refuses, it declines', () => {
    fc.assert(
      fc.property(validFile, mutation, layout, (file, { change, fullPath: expected }, format) => {
        const text = format(change(file)).replace(/^\ufeff/, '');
        const fast = answersFromCleanJson(text, set);
        if (expected === 'refuses') {
          expect(fullPath(text)).toEqual({ refused: true });
          expect(fast).toBeUndefined();
        } else {
          expect(fast).toBeDefined();
          expect(fullPath(text)).toEqual({ result: fast });
        }
      }),
      { numRuns: 300 },
    );
  });

  test.each([
    ['a duplicate key', '{"answers": {"py-level": 1, "py-level": 2}}'],
    ['a reserved key', '{"answers": {"__proto__": {"value": 1}}}'],
    ['a key and its colon on different lines', '{"answers": {"py-level"\n: 1}}'],
    ['a tab', '{"answers":\t{"py-level": 1}}'],
    ['YAML', 'answers:\n  py-level: 1\n'],
    ['deep nesting', `{"answers": {"py-level": {"value": 1, "note": "${'['.repeat(40)}"}}}`],
    ['a line separator', '{"answers": {"py-level": {"value": 1, "note": "a\u2028b"}}}'],
  ])('declines %s', (_name, text) => {
    expect(answersFromCleanJson(text, set)).toBeUndefined();
  });

  test('trims the subject as the schema does', () => {
    expect(answersFromCleanJson('{"subject": "  ada ", "answers": {}}', set)).toEqual({ answers: {}, subject: 'ada' });
  });
});
