/**
 * A JSON report given to `assess --answers`: scored from its answers (values and
 * notes), with its subject and scope; refused in one located line when it cannot be.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromCleanJson } from '../../../src/assessment/answers-from-json.ts';
import { answersFromReport, looksLikeReport, REPORT_VERSIONS_READ } from '../../../src/assessment/answers-from-report.ts';
import { answersFromDocument } from '../../../src/assessment/read-answers.ts';
import { buildReport } from '../../../src/assessment/build-report.ts';
import { questionsInScope } from '../../../src/assessment/scope.ts';
import type { Answers } from '../../../src/contracts/answers.ts';
import { DataError, type Problem } from '../../../src/errors.ts';
import { parseDocument } from '../../../src/parse/document.ts';
import { valueArbitrary } from '../../helpers/answer-values.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';

const set = syntheticSet();

/** The parts of a report that scoring reads, in the order ml-career writes them, plus some it ignores. */
function reportData(overrides: Record<string, unknown> = {}, answers?: Record<string, unknown>): Record<string, unknown> {
  return {
    schemaVersion: 1,
    tool: { name: 'ml-career', version: '0.1.0' },
    generatedAt: '2026-01-01T00:00:00.000Z',
    subject: 'Ada',
    rubricSet: { id: 'synthetic', title: 'Synthetic set', version: '1.2.3', digest: 'sha256:0' },
    scope: { quick: false, only: null, questions: 12 },
    complete: true,
    stage: { id: 'mid', title: 'Mid' },
    ...overrides,
    answers: answers ?? {
      'py-level': { value: 3, level: 3 },
      'mlops-tools': { value: ['docker', 'mlflow'], level: 2 },
      'cloud-depth': { value: 'n/a', level: null },
      'mentor-done': { value: true, note: 'mentored two interns', level: 3 },
    },
  };
}

function readText(text: string, file = 'r.json') {
  return answersFromDocument(parseDocument(text, file), set);
}

function refusal(text: string): Problem[] {
  try {
    readText(text);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  throw new Error('expected a DataError');
}

const pretty = (data: unknown) => JSON.stringify(data, null, 2);

describe('a report read as answers', () => {
  it('gives its answers (values and notes), subject, rubric set and scope; levels are left behind', () => {
    const expected = {
      answers: {
        'py-level': { value: 3 },
        'mlops-tools': { value: ['docker', 'mlflow'] },
        'cloud-depth': { value: 'n/a' },
        'mentor-done': { value: true, note: 'mentored two interns' },
      },
      subject: 'Ada',
      rubricSet: 'synthetic@1.2.3',
      scope: { quick: false },
      fromReport: true,
    };
    expect(readText(pretty(reportData()))).toEqual(expected);
    expect(answersFromCleanJson(pretty(reportData()), set)).toEqual(expected);
  });

  it('takes a quick or --only scope from the report', () => {
    const data = reportData({ scope: { quick: true, only: ['tech', 'people'], questions: 4 } });
    expect(readText(pretty(data)).scope).toEqual({ quick: true, only: ['tech', 'people'] });
  });

  it('reads a schema version 2 report whose answers carry more fields, and ignores them', () => {
    const answers = {
      'py-level': { value: 3, level: 3, role: 'behaviour', carried: false },
      'py-years': { value: 6, level: 3, role: 'evidence', carried: true, note: 'since 2019' },
    };
    const read = readText(pretty(reportData({ schemaVersion: 2, nextStage: { path: [] } }, answers)));
    expect(read.answers).toEqual({ 'py-level': { value: 3 }, 'py-years': { value: 6, note: 'since 2019' } });
    expect(REPORT_VERSIONS_READ.oldest).toBe(1);
    expect(REPORT_VERSIONS_READ.newest).toBeGreaterThanOrEqual(2);
  });

  it('reads a report without a subject', () => {
    expect(readText(pretty(reportData({ subject: null })))).not.toHaveProperty('subject');
  });

  it('is told apart from an answers file by its schemaVersion', () => {
    expect(looksLikeReport(reportData())).toBe(true);
    expect(looksLikeReport({ answers: {} })).toBe(false);
    expect(looksLikeReport([{ schemaVersion: 1 }])).toBe(false);
  });

  it('gives back the answers a real report was built from', () => {
    fc.assert(
      fc.property(
        fc.tuple(...questionsInScope(set).map(({ question }) => fc.option(valueArbitrary(question), { nil: undefined }))),
        fc.boolean(),
        (values, quick) => {
          const answers: Answers = {};
          questionsInScope(set).forEach(({ question }, index) => {
            const value = values[index];
            if (value !== undefined) answers[question.id] = index % 3 === 0 ? { value, note: `note ${index}` } : { value };
          });
          const report = buildReport(set, answers, { quick, subject: 'Grace', generatedAt: new Date(0), toolVersion: '0.0.0' });
          const read = readText(JSON.stringify(report));
          // Answers outside a quick run's scope are not in its report.
          const inScope = new Set(questionsInScope(set, { quick }).map(({ question }) => question.id));
          expect(read.answers).toEqual(Object.fromEntries(Object.entries(answers).filter(([id]) => inScope.has(id))));
          expect(read.scope).toEqual({ quick });
          expect(read.subject).toBe('Grace');
          expect(answersFromCleanJson(JSON.stringify(report), set)).toEqual(read);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a report that cannot be scored is refused in one located line', () => {
  it.each<[string, Record<string, unknown>, Partial<Problem>]>([
    [
      'a report of another rubric set, naming both',
      reportData({ rubricSet: { id: 'ml-systems-engineer', title: 'x', version: '1.0.0', digest: 'd' } }),
      {
        path: 'rubricSet.id',
        message: 'this report is from rubric set "ml-systems-engineer", not the loaded set "synthetic"',
        hint: 'score it with the rubrics it was made with (--rubrics <dir> for ml-systems-engineer@1.0.0)',
      },
    ],
    ['a report from a newer ml-career', reportData({ schemaVersion: 99 }), { path: 'schemaVersion', message: 'a report of schema version 99, written by a newer ml-career' }],
    ['a schemaVersion that is not a number', reportData({ schemaVersion: '1' }), { path: 'schemaVersion', message: expect.stringContaining('not a readable report: schemaVersion is "1"') }],
    ['no rubric set', reportData({ rubricSet: undefined }), { path: 'rubricSet', message: 'not a readable report: it does not name its rubric set' }],
    ['answers that are a list', reportData({}, [] as never), { path: 'answers', message: expect.stringContaining('answers is an empty list') }],
    ['an answer without value', reportData({}, { 'py-level': { level: 3 } }), { path: 'answers.py-level', message: expect.stringContaining('missing "value"') }],
    ['an answer that is a bare value', reportData({}, { 'py-level': 3 }), { path: 'answers.py-level', message: expect.stringContaining('expected { value, level }, found 3') }],
    ['a value out of range', reportData({}, { 'py-level': { value: 7, level: 4 } }), { path: 'answers.py-level.value', message: 'expected a level 0–4 (integer), got 7' }],
    ['an unknown question', reportData({}, { 'py-levl': { value: 2, level: 2 } }), { path: 'answers.py-levl', message: 'unknown question "py-levl"', hint: 'did you mean "py-level"?' }],
    ['a note that is not text', reportData({}, { 'py-level': { value: 2, note: 5, level: 2 } }), { path: 'answers.py-level.note' }],
    ['a scope that is not a mapping', reportData({ scope: 'quick' }), { path: 'scope', message: expect.stringContaining('scope is "quick"') }],
    ['an unknown category in scope.only', reportData({ scope: { quick: false, only: ['tech', 'peple'], questions: 3 } }), { path: 'scope.only[1]', message: 'unknown category "peple"' }],
    ['a subject that is not text', reportData({ subject: 42 }), { path: 'subject', message: expect.stringContaining('subject is 42') }],
  ])('%s', (_name, data, problem) => {
    const text = pretty(data);
    const problems = refusal(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'r.json', line: expect.any(Number), col: expect.any(Number), ...problem });
    // The fast path never accepts what the full path refuses.
    expect(answersFromCleanJson(text, set)).toBeUndefined();
  });

  it('names the first problem at its line and counts the others', () => {
    const text = pretty(reportData({}, { 'py-level': { value: 7, level: 4 }, 'comm-level': { value: 'x', level: 0 }, nope: { value: 1 } }));
    const [problem] = refusal(text);
    expect(problem).toMatchObject({ path: 'answers.py-level.value', message: 'expected a level 0–4 (integer), got 7 (and 2 more problems)' });
    expect(text.split('\n')[problem!.line! - 1]).toContain('"value": 7');
  });

  it('hints at the rubric version when a report of another version does not fit', () => {
    const data = reportData({ rubricSet: { id: 'synthetic', title: 'x', version: '0.9.0', digest: 'd' } }, { 'py-old': { value: 2, level: 2 } });
    expect(refusal(pretty(data))[0]).toMatchObject({ message: 'unknown question "py-old"', hint: 'the report was made with synthetic@0.9.0, the loaded set is synthetic@1.2.3' });
  });

  it('checks nothing else of a report of another rubric set', () => {
    const read = answersFromReport(reportData({ rubricSet: { id: 'other', version: '1' } }, { nope: 1 }), set);
    expect(read).toEqual({ problems: [expect.objectContaining({ path: ['rubricSet', 'id'] })] });
  });
});
