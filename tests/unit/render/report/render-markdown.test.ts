import { describe, expect, test } from 'vitest';
import { escapeLinkDestination, escapeMarkdown } from '../../../../src/render/kit/markdown-escape.ts';
import { renderMarkdown } from '../../../../src/render/report/render-markdown.ts';
import { incompleteReport, sampleReport } from '../../../helpers/sample-reports.ts';

/** The lines of the table that follows `heading`. */
function tableAfter(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const first = lines.findIndex((line, index) => index > start && line.startsWith('|'));
  const end = lines.findIndex((line, index) => index > first && !line.startsWith('|'));
  return lines.slice(first, end);
}

/** Cell separators: pipes not escaped with a backslash. */
const separators = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;

describe('renderMarkdown on the sample report', () => {
  const markdown = renderMarkdown(sampleReport());

  test('has the headings in order', () => {
    const headings = markdown.split('\n').filter((line) => line.startsWith('#'));
    expect(headings.slice(0, 6)).toEqual([
      '# ML career report for Ada Lovelace',
      '## Stage: Senior AI/ML Engineer',
      '## Categories',
      '## Competencies',
      '## Why not Technical Lead or Architect',
      '## Gaps for Technical Lead or Architect',
    ]);
    expect(headings.slice(-2)).toEqual(['## Strengths', '## Your notes']);
  });

  test('states the stage facts and the salary line with its source', () => {
    expect(markdown).toContain('- Also known as: Senior AI/ML Systems Engineer\n');
    expect(markdown).toContain('- Typical experience: 4–6 years\n');
    expect(markdown).toContain(
      '- US base salary 2024: $136,883 – $172,654 (Salary Ranges (US Market, 2024) › Salary by Experience Level › Senior-Level (4-6 years))\n',
    );
    expect(markdown).toContain('**Overall score:** 75 / 100');
  });

  test('the category table has a header, a delimiter row and one row per category, all two cells wide', () => {
    const table = tableAfter(markdown, '## Categories');
    expect(table).toEqual([
      '| Category | Score (0–100) |',
      '| --- | ---: |',
      '| Machine learning engineering | 85 |',
      '| Production ML systems | 73.2 |',
      '| Collaboration & leadership | 66.7 |',
    ]);
  });

  test('the competency table has one row per competency, four cells each', () => {
    const table = tableAfter(markdown, '## Competencies');
    expect(table).toHaveLength(2 + sampleReport().competencies.length);
    for (const row of table) expect(separators(row)).toBe(5);
    expect(table).toContain('| End-to-end system design | Production ML systems | 2.5 | 4 |');
  });

  test('readiness and blockers, with the shortfall one flagged', () => {
    expect(markdown).toContain('Readiness: 33% of its expectations met.');
    expect(markdown).toContain('- **End-to-end system design**: level 2.5 → expected 4, more than 1 level short\n');
    expect(markdown).toContain('- **Responsible AI**: level 2 → expected 3\n');
  });

  test('gaps come in report order with their steps, actions and resource links', () => {
    const gapHeadings = markdown.split('\n').filter((line) => line.startsWith('### '));
    expect(gapHeadings).toEqual([
      '### 1. End-to-end system design (Production ML systems): level 2.5 → 4',
      '### 2. Cloud and container infrastructure (Production ML systems): level 3 → 4',
      '### 3. Communicating with stakeholders (Collaboration & leadership): level 3 → 4',
      '### 4. Model deployment (Production ML systems): level 3.5 → 4',
      '### 5. Responsible AI (Collaboration & leadership): level 2 → 3',
    ]);
    const first = markdown.slice(markdown.indexOf(gapHeadings[0]!), markdown.indexOf(gapHeadings[1]!));
    expect(first.indexOf('**Level 2 → 3**')).toBeLessThan(first.indexOf('**Level 3 → 4**'));
    expect(first).toContain('- Run a failure-mode review of one production pipeline\n');
    expect(first).toContain(
      '- [Designing Machine Learning Systems](https://www.oreilly.com/library/view/designing-machine-learning/9781098107956/) (book)\n',
    );
    expect(first).toContain('- Designing Data-Intensive Applications (book)\n');
    expect(markdown).toContain('- [Certified Kubernetes Administrator (CKA)](https://www.cncf.io/training/certification/cka/) (certification)');
  });

  test('notes are escaped so they stay literal text', () => {
    expect(markdown).toContain('- deployment-patterns: Shipped the ranking model \\| p99 \\< 50 ms, \\*blue/green\\* rollout\n');
    expect(markdown).toContain('- stakeholder-presentations: Quarterly model reviews with product\\_management\n');
  });

  test('is complete, so it has no incomplete note', () => {
    expect(markdown).not.toContain('incomplete');
  });
});

describe('renderMarkdown on other reports', () => {
  test('an incomplete run gets a note and "not assessed" competencies', () => {
    const markdown = renderMarkdown(incompleteReport());
    expect(markdown.startsWith('# ML career report\n')).toBe(true);
    expect(markdown).toContain('> **incomplete: 2 questions unanswered; scores cover what was answered**');
    expect(markdown).toContain('| Responsible AI | Collaboration & leadership | not assessed | 2 |');
  });

  test('a hostile subject and titles cannot add markup or break the tables', () => {
    const report = sampleReport();
    report.subject = '<img src=x onerror=alert(1)> *Ada* | _Lovelace_ [x](javascript:alert(1)) &amp;';
    report.categories[0] = { ...report.categories[0]!, title: 'ML | AI <b>' };
    const markdown = renderMarkdown(report);
    expect(markdown).toContain(
      '# ML career report for \\<img src=x onerror=alert(1)\\> \\*Ada\\* \\| \\_Lovelace\\_ \\[x\\](javascript:alert(1)) \\&amp;\n',
    );
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(tableAfter(markdown, '## Categories')[2]).toBe('| ML \\| AI \\<b\\> | 85 |');
  });

  test('a resource url that is not https is shown as text, not linked', () => {
    const report = sampleReport();
    report.gaps[0]!.steps[0]!.resources[0]!.url = 'javascript:alert(1)';
    const markdown = renderMarkdown(report);
    expect(markdown).not.toContain('](javascript');
    expect(markdown).toContain('- Designing Machine Learning Systems (book)\n');
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['plain words', 'plain words'],
    ['a*b*c', 'a\\*b\\*c'],
    ['snake_case', 'snake\\_case'],
    ['`code`', '\\`code\\`'],
    ['<script>', '\\<script\\>'],
    ['a | b', 'a \\| b'],
    ['[link](url)', '\\[link\\](url)'],
    ['# not a heading', '\\# not a heading'],
    ['~~struck~~', '\\~\\~struck\\~\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['R&D', 'R&D'],
    // The "#" escape already breaks a numeric entity.
    ['&amp; &#60;', '\\&amp; &\\#60;'],
    ['- not a list', '\\- not a list'],
    ['+ not a list', '\\+ not a list'],
    ['1. not a list', '1\\. not a list'],
    ['2) not a list', '2\\) not a list'],
    ['line one\nline two\r\n  three', 'line one line two three'],
    ['    indented', 'indented'],
  ])('%j → %j', (input, output) => {
    expect(escapeMarkdown(input)).toBe(output);
  });

  test('link destinations cannot close the link early', () => {
    expect(escapeLinkDestination('https://en.wikipedia.org/wiki/Foo_(bar) x<y>')).toBe('https://en.wikipedia.org/wiki/Foo_%28bar%29%20x%3Cy%3E');
  });
});
