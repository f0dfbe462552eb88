import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import type { Report } from '../../../../src/contracts/report.ts';
import { renderCsv } from '../../../../src/render/report/render-csv.ts';
import { renderJunit } from '../../../../src/render/report/render-junit.ts';
import { renderMarkdownSummary } from '../../../../src/render/report/render-markdown.ts';
import { incompleteReport, sampleReport } from '../../../helpers/sample-reports.ts';
import { describeWith, XMLLINT } from '../../../helpers/tools.ts';
import { validateJunit } from '../../../helpers/xmllint.ts';

function withFirstCompetency(report: Report, change: Partial<Report['competencies'][number]>): Report {
  const [first, ...rest] = report.competencies;
  return { ...report, competencies: [{ ...first!, ...change }, ...rest] };
}

describe('renderCsv', () => {
  test('one row per competency, read back by a real CSV parser', () => {
    const report = sampleReport();
    const rows = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['id', 'title', 'category', 'level', 'expected', 'gap', 'alignments']);
    expect(rows).toHaveLength(report.competencies.length);
    for (const [index, competency] of report.competencies.entries()) {
      expect(rows[index]).toEqual({
        id: competency.id,
        title: competency.title,
        category: competency.category,
        level: competency.level === null ? '' : String(competency.level),
        expected: String(competency.expected),
        gap: String(competency.gap),
        alignments: '',
      });
    }
  });

  test('a title that would run as a formula is neutralised; alignments are short tokens', () => {
    const report = withFirstCompetency(sampleReport(), {
      title: '=cmd|"/c calc"!A1',
      alignments: [
        { framework: 'sfia', code: 'MLNG', level: 4 },
        { framework: 'custom', code: 'ML-1, core' },
      ],
    });
    const rows = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
    expect(rows[0]!.title).toBe('\'=cmd|"/c calc"!A1');
    expect(rows[0]!.alignments).toBe('sfia:MLNG@4; custom:ML-1, core');
  });
});

describe('renderJunit', () => {
  test('one test case per weighted competency and one for the stage, failures where below expectation', () => {
    const report = sampleReport();
    const xml = renderJunit(report);
    const weighted = report.competencies.filter((competency) => competency.weight > 0);
    expect(xml.match(/<testcase /g)).toHaveLength(weighted.length + 1);
    const below = weighted.filter((competency) => competency.level !== null && competency.level < competency.expected);
    expect(xml.match(/<failure /g)?.length ?? 0).toBe(below.length + (report.target.path.length > 0 ? 1 : 0));
    expect(xml).toContain(`failures="${xml.match(/<failure /g)?.length ?? 0}"`);
    const gap = report.gaps[0]!;
    expect(xml).toContain(`gap ${gap.gap}`);
  });

  test('a failed competency names the gap and its first action', () => {
    const report = sampleReport();
    const gap = report.gaps.find((entry) => entry.steps[0]?.actions[0] !== undefined)!;
    const xml = renderJunit(report);
    const testcase = xml.split('<testcase ').find((part) => part.includes(`name="${gap.title}"`))!;
    expect(testcase).toContain('<failure ');
    expect(testcase).toContain(`expected ${gap.expected}`);
  });

  test('the stage case passes when the target is met, and is skipped when nothing weighted was assessed', () => {
    const met = renderJunit({ ...sampleReport(), target: { ...sampleReport().target, path: [] } });
    expect(met).toMatch(/<testcase classname="ml-career.stage" name="stage: [^"]*"\/>/);
    const report = sampleReport();
    const none = renderJunit({ ...report, competencies: report.competencies.map((competency) => ({ ...competency, level: null })) });
    expect(none).toMatch(/<testcase classname="ml-career.stage"[^>]*>\n\s*<skipped /);
  });
});

describeWith([XMLLINT], 'the JUnit export checked against the JUnit XML schema')('renderJunit against the schema', () => {
  test.each([
    ['a complete report', sampleReport()],
    ['an incomplete report', incompleteReport()],
    ['a hostile subject and title', withFirstCompetency({ ...sampleReport(), subject: '<ada> & "co" \u0001\u0007 \uD800' }, { title: ']]> <!-- x' })],
  ])('%s validates', (_name, report) => {
    const verdict = validateJunit(renderJunit(report));
    expect(verdict.messages).not.toMatch(/error/i);
    expect(verdict.ok).toBe(true);
  });

  test('the schema does refuse a document that breaks it', () => {
    expect(validateJunit('<testsuites><testsuite name="x"><testcase/></testsuite></testsuites>').ok).toBe(false);
  });
});

describe('renderMarkdownSummary', () => {
  test('is the title and the summary of the Markdown report, without its later sections', () => {
    const report = sampleReport();
    const summary = renderMarkdownSummary(report);
    expect(summary.startsWith('# ML career report for Ada Lovelace\n')).toBe(true);
    expect(summary).toContain('**Stage: ');
    expect(summary).not.toContain('## Gaps');
  });
});
