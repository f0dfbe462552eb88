/** The export formats and the CI summary, through the built binary. */
import { parse } from 'csv-parse/sync';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';
import { describeWith, XMLLINT } from '../helpers/tools.ts';
import { validateJunit } from '../helpers/xmllint.ts';

const ANSWERS = 'tests/corpus/inputs/answers.yaml';
let work: string;

beforeEach(() => {
  work = tempDir();
});

describe('assess and report exports', () => {
  it('csv: one row per competency, the same from assess and from report', () => {
    const json = runCli(['assess', '--answers', ANSWERS, '--no-history', '--format', 'json']);
    expect(json.status).toBe(0);
    const report = JSON.parse(json.stdout) as { competencies: { id: string }[] };
    const assessed = runCli(['assess', '--answers', ANSWERS, '--no-history', '--format', 'csv']);
    expect(assessed.status).toBe(0);
    const rows = parse(assessed.stdout, { columns: true }) as { id: string }[];
    expect(rows.map((row) => row.id)).toEqual(report.competencies.map((competency) => competency.id));
    const reportFile = join(work, 'report.json');
    writeFileSync(reportFile, json.stdout);
    const rendered = runCli(['report', reportFile, '-o', join(work, 'skills.csv')]);
    expect(rendered.status).toBe(0);
    expect(readFileSync(join(work, 'skills.csv'), 'utf8')).toBe(assessed.stdout);
  });

  it('compare offers no csv: the -o extension is refused with the formats it does take', () => {
    const result = runCli(['compare', 'a.json', 'b.json', '-o', join(work, 'moved.csv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('csv is not a format of this command');
    expect(result.stderr).toContain('--format text|json|md|html');
  });

  it('--summary-file appends the Markdown summary, run after run', () => {
    const summary = join(work, 'summary.md');
    writeFileSync(summary, '# Earlier step\n\n');
    for (let run = 0; run < 2; run++) {
      const result = runCli(['assess', '--answers', ANSWERS, '--no-history', '--format', 'json', '--summary-file', summary]);
      expect(result.status).toBe(0);
      expect(() => JSON.parse(result.stdout)).not.toThrow();
    }
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n\n# ML career report')).toBe(true);
    expect(text.match(/^# ML career report/gm)).toHaveLength(2);
    expect(text).toContain('**Stage: ');
  });

  it('--summary writes to $GITHUB_STEP_SUMMARY when set, and warns when it is not', () => {
    const summary = join(work, 'step-summary.md');
    const set = runCli(['report', 'tests/fixtures/reports/sample.json', '--format', 'json', '--summary'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(set.status).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('# ML career report for Ada Lovelace');
    const unset = runCli(['report', 'tests/fixtures/reports/sample.json', '--format', 'json', '--summary']);
    expect(unset.status).toBe(0);
    expect(unset.stderr).toContain('$GITHUB_STEP_SUMMARY is not set');
  });
});

describeWith([XMLLINT], 'the JUnit export checked against the JUnit XML schema')('junit through the binary', () => {
  it('validates, and fails the gate test case below the target while the run still exits 0', () => {
    const result = runCli(['assess', '--answers', ANSWERS, '--no-history', '--target', 'director', '--format', 'junit']);
    expect(result.status).toBe(0);
    expect(validateJunit(result.stdout)).toEqual({ ok: true, messages: expect.any(String) });
    expect(result.stdout).toMatch(/<testcase classname="ml-career.stage" name="stage: [^"]+">\n\s*<failure /);
  });
});
