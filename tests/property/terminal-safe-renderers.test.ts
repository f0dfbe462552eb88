/**
 * No text renderer passes on a control character of its data: whatever the
 * strings of a report, comparison, team view, history entry or rubric listing hold,
 * the text output carries no raw control byte but newlines, tabs and, with colour on,
 * chalk's own SGR codes (ESC [ … m).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare/compare-reports.ts';
import type { Report } from '../../src/contracts/report.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { renderComparison } from '../../src/render/compare/render-compare.ts';
import { historyTable } from '../../src/render/history/history-table.ts';
import { formatTable } from '../../src/render/kit/table.ts';
import { renderReport } from '../../src/render/render.ts';
import { renderTeam } from '../../src/render/team/render-team.ts';
import { aggregateTeam } from '../../src/team/aggregate-team.ts';
import { builtinSet, variedReport } from '../helpers/built-reports.ts';

const SGR = /\u001b\[[0-9;]*m/g;
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** What is left to complain about once chalk's colour codes are taken out. */
function rawControls(text: string): string | undefined {
  return RAW_CONTROL.exec(text.replace(SGR, ''))?.[0];
}

// Controls, escape sequences that terminals act on, and text around them.
const poison = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('\u001b]0;pwned\u0007', '\u001b[2J\u001b[H', '\u001b]8;;https://x.test\u001b\\', '\u009b31m', '\u0000\u0007\u007f', '\r\u202e'),
);

/** The free text of a view (subject, titles, labels, notes) with `extra` appended; ids and enums stay as they are. */
const FREE_TEXT = new Set(['subject', 'title', 'label', 'note', 'name', 'summary', 'text', 'source', 'prompt', 'description', 'alsoKnownAs']);
function poisoned<T>(value: T, extra: string, key = ''): T {
  if (typeof value === 'string') return (FREE_TEXT.has(key) ? `${value}${extra}` : value) as T;
  if (Array.isArray(value)) return value.map((item) => poisoned(item, extra, key)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([inner, item]) => [inner, poisoned(item, extra, inner)])) as T;
  }
  return value;
}

let set: RubricSet;
let reports: Report[];

beforeAll(async () => {
  set = await builtinSet();
  reports = [0, 1, 2].map((n) => ({ ...variedReport(set, n, `person ${n}`), generatedAt: `2026-0${n + 1}-01T00:00:00.000Z` }));
});

describe('text renderers show control characters of their data visibly', () => {
  it.each([true, false])('report, comparison and team (colour %s)', (color) => {
    fc.assert(
      fc.property(poison, (extra) => {
        const [a, b, c] = reports.map((report) => poisoned(report, extra)) as [Report, Report, Report];
        expect(rawControls(renderReport(a, 'text', { color, width: 100 }))).toBeUndefined();
        const comparison = compareReports({ source: `old${extra}.json`, report: a }, { source: 'new.json', report: b }, '9.9.9');
        expect(rawControls(renderComparison(comparison, 'text', { color, width: 100 }))).toBeUndefined();
        const members = [a, b, c].map((report, index) => ({ name: `${report.subject ?? ''}${index}`, source: `r${index}${extra}.json`, report }));
        expect(rawControls(renderTeam(aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false }), 'text', { color, width: 160 }))).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });

  it('Markdown and HTML too (a page printed with cat reaches a terminal)', () => {
    fc.assert(
      fc.property(poison, fc.constantFrom('md', 'html') as fc.Arbitrary<'md' | 'html'>, (extra, format) => {
        const [a, b] = reports.map((report) => poisoned(report, extra)) as [Report, Report];
        expect(rawControls(renderReport(a, format, { color: false }))).toBeUndefined();
        const comparison = compareReports({ source: `old${extra}.json`, report: a }, { source: 'new.json', report: b }, '9.9.9');
        expect(rawControls(renderComparison(comparison, format, { color: false }))).toBeUndefined();
        const members = [a, b].map((report, index) => ({ name: `${report.subject ?? ''}${index}`, source: `r${index}${extra}.json`, report }));
        expect(rawControls(renderTeam(aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false }), format, { color: false }))).toBeUndefined();
      }),
      { numRuns: 20 },
    );
  });

  it('the history table and the rubric listing', () => {
    fc.assert(
      fc.property(poison, (extra) => {
        const entries = reports.map((report, index) => ({ number: index + 1, file: `${index}.json`, report: poisoned(report, extra) }));
        expect(rawControls(historyTable(entries))).toBeUndefined();
        expect(rawControls(formatTable(['id', 'title'], [[`x${extra}`, extra]]))).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('colour stays on: the renderers still colour their own text', () => {
    expect(renderReport(poisoned(reports[0]!, '\u001b[8m'), 'text', { color: true })).toMatch(SGR);
  });
});
