import { describe, expect, test } from 'vitest';
import {
  evidenceNotes,
  formatLevel,
  formatPercent,
  formatScore,
  formatYears,
  incompleteNote,
  reportSubtitle,
  safeUrl,
  salaryLine,
  shortfallNote,
} from '../../../../src/render/report/phrases.ts';
import { incompleteReport, sampleReport } from '../../../helpers/sample-reports.ts';

describe('number wording', () => {
  test.each([
    [3, '3'],
    [2.5, '2.5'],
    [2.6667, '2.67'],
    [2.999, '3'],
    [0, '0'],
  ])('level %d → %s', (level, text) => {
    expect(formatLevel(level)).toBe(text);
  });

  test.each([
    [85, '85'],
    [73.25, '73.3'],
    [0, '0'],
    [null, 'not assessed'],
  ])('score %s → %s', (score, text) => {
    expect(formatScore(score)).toBe(text);
  });

  test.each([
    [0.333, '33%'],
    [0.29, '29%'],
    [0.5, '50%'],
    [0.999, '99%'],
    [1, '100%'],
    [0, '0%'],
  ])('readiness %d → %s (never rounded up to 100%%)', (share, text) => {
    expect(formatPercent(share)).toBe(text);
  });

  test.each([
    [{ min: 4, max: 6 }, '4–6 years'],
    [{ min: 7 }, '7+ years'],
    [{ min: 0, max: 1 }, '0–1 years'],
  ])('years %j → %s', (years, text) => {
    expect(formatYears(years)).toBe(text);
  });

  test.each([
    [1, 'more than 1 level short'],
    [2, 'more than 2 levels short'],
    [0.5, 'more than 0.5 levels short'],
  ])('allowed shortfall %d → %s', (maxShortfall, text) => {
    expect(shortfallNote(maxShortfall)).toBe(text);
  });
});

describe('salary', () => {
  test('US dollars as in the role document', () => {
    const salary = sampleReport().stage.salaries[0]!;
    expect(salaryLine(salary)).toBe(
      'US base salary 2024: $136,883 – $172,654 (Salary Ranges (US Market, 2024) › Salary by Experience Level › Senior-Level (4-6 years))',
    );
  });

  test('another currency names itself, and a malformed code does not throw', () => {
    expect(salaryLine({ currency: 'EUR', year: 2024, min: 70000, max: 90000, source: 'x' })).toBe(
      'EUR base salary 2024: €70,000 – €90,000 (x)',
    );
    expect(salaryLine({ currency: 'credits', year: 2024, min: 1000, max: 2000, source: 'y' })).toBe(
      'credits base salary 2024: 1,000 credits – 2,000 credits (y)',
    );
  });
});

describe('report-level wording', () => {
  test('incomplete note only for incomplete runs', () => {
    expect(incompleteNote(sampleReport())).toBeNull();
    expect(incompleteNote(incompleteReport())).toBe('incomplete: 2 questions unanswered; scores cover what was answered');
  });

  test('subtitle names the scope', () => {
    const report = sampleReport();
    report.scope = { quick: true, only: ['ml-systems', 'collaboration'], questions: 1, weighted: true };
    expect(reportSubtitle(report)).toBe('AI/ML Systems Engineer rubrics 1.0.0 · quick run · only ml-systems, collaboration · 1 question · 2025-03-14');
  });

  test('evidence notes keep answer order and skip blank notes', () => {
    const report = sampleReport();
    report.answers['ml-algorithms-depth'] = { value: 3, level: 3, note: '   ' };
    expect(evidenceNotes(report).map((entry) => entry.question)).toEqual([
      'python-production-code',
      'deployment-patterns',
      'stakeholder-presentations',
    ]);
  });

  test.each([
    ['https://kubernetes.io/docs/', 'https://kubernetes.io/docs/'],
    ['http://example.com', undefined],
    ['javascript:alert(1)', undefined],
    ['https://exa mple.com', undefined],
    [undefined, undefined],
  ])('safeUrl(%s) → %s', (url, safe) => {
    expect(safeUrl(url)).toBe(safe);
  });
});
