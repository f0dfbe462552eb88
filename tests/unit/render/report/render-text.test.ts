import { describe, expect, test } from 'vitest';
import { renderText } from '../../../../src/render/report/render-text.ts';
import { ANSI_ESCAPE, incompleteReport, sampleReport, stripAnsi } from '../../../helpers/sample-reports.ts';

const plain = (width?: number) => renderText(sampleReport(), width === undefined ? { color: false } : { color: false, width });

/** The lines of the section that starts with `heading`, up to the next blank line before a heading. */
function section(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  expect(start, `section "${heading}"`).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((line, index) => index > start && line === '');
  return lines.slice(start, end === -1 ? undefined : end);
}

describe('renderText on the sample report', () => {
  test('states the stage with its names, years and salary range with its source', () => {
    const text = plain(200);
    expect(text).toContain('Stage: Senior AI/ML Engineer\n');
    expect(text).toContain('  Also known as: Senior AI/ML Systems Engineer\n');
    expect(text).toContain('  Typical experience: 4–6 years\n');
    expect(text).toContain(
      '  US base salary 2024: $136,883 – $172,654 (Salary Ranges (US Market, 2024) › Salary by Experience Level › Senior-Level (4-6 years))\n',
    );
    expect(text).toContain('Overall score: 75 / 100\n');
    expect(text.startsWith('ML career report for Ada Lovelace\n')).toBe(true);
  });

  test('draws one bar per category, as wide for all, filled in proportion to the score', () => {
    const rows = section(plain(), 'Categories').slice(1);
    expect(rows).toHaveLength(3);
    const bars = rows.map((row) => /([█░]+)\s+([\d.]+)$/.exec(row));
    const scores = [85, 73.2, 66.7];
    bars.forEach((match, index) => {
      expect(match).not.toBeNull();
      const [, bar = '', score] = match ?? [];
      expect(Number(score)).toBe(scores[index]);
      expect(bar.length).toBe(bars[0]?.[1]?.length);
      expect([...bar].filter((cell) => cell === '█').length).toBe(Math.round(((scores[index] ?? 0) / 100) * bar.length));
    });
    expect(rows[0]).toContain('Machine learning engineering');
    expect(rows[2]).toContain('Collaboration & leadership');
  });

  test('says "not assessed" for a category without a score, with no bar', () => {
    const report = sampleReport();
    report.categories[1] = { ...report.categories[1]!, score: null };
    const row = section(renderText(report, { color: false }), 'Categories')[2] ?? '';
    expect(row).toMatch(/Production ML systems\s+not assessed$/);
    expect(row).not.toMatch(/[█░]/);
  });

  test('explains why not the next stage: readiness and every blocker in order, shortfall ones flagged', () => {
    const lines = section(plain(120), 'Why not Technical Lead or Architect');
    expect(lines[1]).toBe('  Readiness: 33% of its expectations met');
    expect(lines.slice(2)).toEqual([
      '  • End-to-end system design: level 2.5 → expected 4, more than 1 level short',
      '  • Cloud and container infrastructure: level 3 → expected 4',
      '  • Communicating with stakeholders: level 3 → expected 4',
      '  • Model deployment: level 3.5 → expected 4',
      '  • Responsible AI: level 2 → expected 3',
    ]);
  });

  test('names the allowed shortfall from the report', () => {
    const report = sampleReport();
    report.attainment.maxShortfall = 2;
    expect(renderText(report, { color: false, width: 120 })).toContain('level 2.5 → expected 4, more than 2 levels short');
  });

  test('lists the gaps in report order, each with its steps, actions and resources', () => {
    const text = plain(200);
    const gaps = section(text, 'Gaps for Technical Lead or Architect');
    const numbered = gaps.filter((line) => /^ {2}\d+\. /.test(line));
    expect(numbered).toEqual([
      '  1. End-to-end system design (Production ML systems): level 2.5 → 4',
      '  2. Cloud and container infrastructure (Production ML systems): level 3 → 4',
      '  3. Communicating with stakeholders (Collaboration & leadership): level 3 → 4',
      '  4. Model deployment (Production ML systems): level 3.5 → 4',
      '  5. Responsible AI (Collaboration & leadership): level 2 → 3',
    ]);
    const first = gaps.slice(1, gaps.indexOf(numbered[1] ?? ''));
    expect(first).toEqual([
      '  1. End-to-end system design (Production ML systems): level 2.5 → 4',
      '     Level 2 → 3',
      '       • Write a design doc for an ML service covering ingestion, training, serving and monitoring, and have it reviewed',
      '       • Run a failure-mode review of one production pipeline',
      '       Resources:',
      '         - Designing Machine Learning Systems (book) https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/',
      '         - Hidden Technical Debt in Machine Learning Systems (paper) https://papers.nips.cc/paper/2015/hash/86df7dcfd896fcaf2674f757a2463eba-Abstract.html',
      '     Level 3 → 4',
      '       • Set the reference architecture that several teams build their ML services on',
      '       Resources:',
      '         - Designing Data-Intensive Applications (book)',
    ]);
  });

  test('lists strengths and evidence notes', () => {
    const text = plain(120);
    expect(section(text, 'Strengths').slice(1)).toEqual([
      '  • Python software engineering: level 4 (expected 3)',
      '  • Model deployment: level 3.5 (expected 3)',
    ]);
    expect(section(text, 'Your notes').slice(1)).toEqual([
      "  • python-production-code: Maintains the team's feature-store client library",
      '  • deployment-patterns: Shipped the ranking model | p99 < 50 ms, *blue/green* rollout',
      '  • stakeholder-presentations: Quarterly model reviews with product_management',
    ]);
  });

  test('says nothing about being incomplete when every question was answered', () => {
    expect(plain()).not.toContain('incomplete');
  });

  test('matches the recorded rendering', () => {
    expect(plain()).toMatchSnapshot();
  });
});

describe('renderText on other reports', () => {
  test('notes an incomplete run near the top', () => {
    const lines = renderText(incompleteReport(), { color: false }).split('\n');
    expect(lines[0]).toBe('ML career report');
    expect(lines[1]).toBe('AI/ML Systems Engineer rubrics 1.0.0 · quick run · 8 questions · 2025-03-10');
    expect(lines[2]).toBe('incomplete: 2 questions unanswered; scores cover what was answered');
  });

  test('says "1 question" for a single unanswered one', () => {
    const report = incompleteReport();
    report.missing = ['responsible-ai-checks'];
    expect(renderText(report, { color: false })).toContain('incomplete: 1 question unanswered;');
  });

  test('at the top of the ladder there is no "why not", and gaps are for the target', () => {
    const report = sampleReport();
    report.nextStage = null;
    report.target = { id: 'senior', title: 'Senior AI/ML Engineer', readiness: 0.8, path: [] };
    const text = renderText(report, { color: false });
    expect(text).not.toContain('Why not');
    expect(text).toContain('Top of the ladder\n  Senior AI/ML Engineer is the highest stage of this rubric set.');
    expect(text).toContain('Gaps for Senior AI/ML Engineer\n');
  });

  test('an unmet first stage says so, and a stage without salary or aliases leaves those lines out', () => {
    const report = incompleteReport();
    report.stage = { ...report.stage, met: false, salaries: [], alsoKnownAs: [], years: { min: 7 } };
    const text = renderText(report, { color: false, width: 120 });
    expect(text).toContain('not yet fully met');
    expect(text).toContain('  Typical experience: 7+ years');
    expect(text).not.toContain('base salary');
    expect(text).not.toContain('Also known as');
  });

  test('no gaps and no strengths are said in words', () => {
    const report = sampleReport();
    report.gaps = [];
    report.strengths = [];
    const text = renderText(report, { color: false, width: 120 });
    expect(text).toContain('None: every assessed competency meets the expectations of Technical Lead or Architect.');
    expect(text).toContain('None at or above the expectations of Technical Lead or Architect yet.');
  });
});

describe('colour and width', () => {
  test('without colour there is no ANSI escape at all', () => {
    for (const report of [sampleReport(), incompleteReport()]) {
      for (const width of [40, 80, 100]) expect(renderText(report, { color: false, width })).not.toMatch(ANSI_ESCAPE);
    }
  });

  test('with colour there are escapes, and removing them gives the plain rendering (same wrapping)', () => {
    for (const report of [sampleReport(), incompleteReport()]) {
      for (const width of [40, 80]) {
        const coloured = renderText(report, { color: true, width });
        expect(coloured).toMatch(ANSI_ESCAPE);
        expect(stripAnsi(coloured)).toBe(renderText(report, { color: false, width }));
      }
    }
  });

  test.each([40, 60, 80, 100])('at width %i no line is wider, except one holding an unbreakable URL', (width) => {
    const lines = renderText(sampleReport(), { color: false, width }).split('\n');
    for (const line of lines.filter((candidate) => !candidate.includes('https://'))) {
      expect(line.length, line).toBeLessThanOrEqual(width);
    }
  });

  test('defaults to 80 columns and never goes below 40', () => {
    expect(renderText(sampleReport(), { color: false })).toBe(renderText(sampleReport(), { color: false, width: 80 }));
    expect(renderText(sampleReport(), { color: false, width: 10 })).toBe(renderText(sampleReport(), { color: false, width: 40 }));
  });
});
