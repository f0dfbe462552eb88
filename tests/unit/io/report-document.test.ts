import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DataError } from '../../../src/errors.ts';
import { reportFromDocument } from '../../../src/io/report-document.ts';
import { renderReport } from '../../../src/render/render.ts';
import { REPORT_SCHEMA_VERSION } from '../../../src/contracts/report.ts';
import { parseDocument } from '../../../src/parse/document.ts';
import { fixturePath, incompleteReport, sampleReport } from '../../helpers/sample-reports.ts';

const sampleText = () => readFileSync(fixturePath('sample.json'), 'utf8');

function dataError(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return error as DataError;
  }
  throw new Error('expected a DataError');
}

/** 1-based line and column of the first occurrence of `needle` in `text`. */
function positionOf(text: string, needle: string): { line: number; col: number } {
  const before = text.slice(0, text.indexOf(needle));
  const lines = before.split('\n');
  return { line: lines.length, col: (lines.at(-1)?.length ?? 0) + 1 };
}

describe('reportFromDocument', () => {
  test('accepts the version 1 fixtures, upgraded to the current contract with nothing of theirs lost', () => {
    const old = JSON.parse(sampleText());
    const read = reportFromDocument(parseDocument(sampleText(), 'sample.json'));
    expect(old.schemaVersion).toBe(1);
    const { salary, ...stage } = old.stage;
    expect(read).toMatchObject({ ...old, schemaVersion: REPORT_SCHEMA_VERSION, track: null, tracks: [], stage: { ...stage, salaries: [salary], height: old.stage.index }, nextStage: { ...old.nextStage, path: [] }, evidence: [] });
    expect(read.competencies.map((entry) => entry.mean)).toEqual(old.competencies.map((entry: { level: number | null }) => entry.level));
    const incomplete = readFileSync(fixturePath('sample-incomplete.json'), 'utf8');
    expect(reportFromDocument(parseDocument(incomplete, 'sample-incomplete.json'))).toEqual(incompleteReport());
  });

  test('accepts a version 2 report, upgraded with no track and no track fits', () => {
    const text = readFileSync(fixturePath('sample-v2.json'), 'utf8');
    const old = JSON.parse(text);
    const read = reportFromDocument(parseDocument(text, 'sample-v2.json'));
    expect(read).toEqual({ ...old, schemaVersion: REPORT_SCHEMA_VERSION, track: null, tracks: [] });
  });

  test('reads back what the JSON renderer writes', () => {
    const json = renderReport(sampleReport(), 'json', { color: false });
    expect(json.endsWith('}\n')).toBe(true);
    expect(reportFromDocument(parseDocument(json, 'out.json'))).toEqual(sampleReport());
  });

  test('a report from a newer ml-career asks for an upgrade, pointing at its version', () => {
    const future = sampleText().replace('"schemaVersion": 1', `"schemaVersion": ${REPORT_SCHEMA_VERSION + 1}`);
    const error = dataError(() => reportFromDocument(parseDocument(future, 'future.json')));
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({
      file: 'future.json',
      path: 'schemaVersion',
      message: `written by a newer ml-career (schema version ${REPORT_SCHEMA_VERSION + 1}); upgrade ml-career to read it`,
      // The loader locates a field at its key.
      ...positionOf(future, '"schemaVersion"'),
    });
    expect(error.message).toContain('future.json:2:3: schemaVersion: written by a newer ml-career');
  });

  test('a wrong-typed field is located by line, column and path', () => {
    const broken = sampleText().replace('"score": 75', '"score": "high"');
    const error = dataError(() => reportFromDocument(parseDocument(broken, 'broken.json')));
    expect(error.problems).toHaveLength(1);
    const [problem] = error.problems;
    expect(problem).toMatchObject({ file: 'broken.json', path: 'overall.score', ...positionOf(broken, '"score": "high"') });
    expect(problem?.message).toMatch(/expected a number/);
    expect(problem?.message).toContain('"high"');
  });

  test('every problem is reported at once, an older or missing version among them', () => {
    const data = { ...sampleReport(), schemaVersion: 0, subject: 42 } as Record<string, unknown>;
    delete data.gaps;
    const error = dataError(() => reportFromDocument(parseDocument(JSON.stringify(data, null, 2), 'old.json')));
    expect(error.problems.map((problem) => problem.path).sort()).toEqual(['gaps', 'schemaVersion', 'subject']);
    for (const problem of error.problems) expect(problem.line).toBeGreaterThan(0);
  });

  test('something that is not a report at all is a DataError, not a crash', () => {
    for (const text of ['[]', '"report"', '{ "schemaVersion": "2" }']) {
      expect(() => reportFromDocument(parseDocument(text, 'x.json'))).toThrow(DataError);
    }
  });
});
