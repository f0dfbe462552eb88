import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../src/compare/compare-reports.ts';
import type { Comparison } from '../../src/contracts/comparison.ts';
import { chartedMoves } from '../../src/render/compare/render-compare-chart.ts';
import { renderComparison } from '../../src/render/compare/render-compare.ts';
import { ANSI_ESCAPE } from '../report/sample-reports.ts';
import { builtinSet, reportAt } from '../team/built-reports.ts';

let comparison: Comparison;

beforeAll(async () => {
  const set = await builtinSet();
  const before = reportAt(set, { level: 2, subject: 'Ada <script>', generatedAt: '2026-01-01T00:00:00.000Z' });
  const after = reportAt(set, { level: { programming: 4, 'cloud-containers': 1, 'data-pipelines': 3 }, otherwise: 2, subject: 'Ada <script>', generatedAt: '2026-06-01T00:00:00.000Z' });
  comparison = compareReports({ source: 'history #1', report: before }, { source: 'history #2', report: after }, '9.9.9');
});

describe('renderComparison', () => {
  it('text: the stage, the scores and every move with old and new level', () => {
    const text = renderComparison(comparison, 'text', { color: false, width: 80 });
    expect(text).not.toMatch(ANSI_ESCAPE);
    expect(text).toContain('What moved: 2026-01-01 → 2026-06-01 (Ada <script>)');
    expect(text).toContain(`Competencies that moved: ${comparison.moved.length} (${comparison.unchanged} unchanged)`);
    for (const move of comparison.moved) expect(text).toMatch(new RegExp(`• ${move.title}: \\d`));
    expect(text).toMatch(/Gaps closed: \d+\n/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(renderComparison(comparison, 'text', { color: true })).toMatch(ANSI_ESCAPE);
  });

  it('json: the comparison itself', () => {
    expect(JSON.parse(renderComparison(comparison, 'json', { color: false }))).toEqual(comparison);
  });

  it('md: a table row per move, names escaped', () => {
    const md = renderComparison(comparison, 'md', { color: false });
    expect(md).toContain('\\<script\\>');
    const rows = md.split('\n').filter((line) => /^\| [^-|]/.test(line) && !line.startsWith('| Category') && !line.startsWith('| Competency'));
    expect(rows.length).toBe(comparison.categories.length + comparison.moved.length);
  });

  it('html: self-contained, escaped, one chart row per move, and the values in a table', () => {
    const html = renderComparison(comparison, 'html', { color: false });
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import/i);
    expect(html).toContain('Ada &lt;script&gt;');
    expect(html).toContain(`data-rows="${chartedMoves(comparison).length}"`);
    expect(chartedMoves(comparison).length).toBe(comparison.moved.length);
    expect(html.match(/<g class="move (up|down)">/g)).toHaveLength(comparison.moved.length);
    expect(html).toMatch(/<svg class="moves"[^>]*role="img"[^>]*aria-labelledby="moves-title moves-desc"/);
    expect((html.match(/<table class="moved">[\s\S]*?<\/table>/)?.[0].match(/<tr>/g) ?? []).length).toBe(comparison.moved.length + 1);
  });

  it('says when the rubric sets differ', () => {
    const other = { ...comparison, sameRubricSet: false };
    expect(renderComparison(other, 'text', { color: false })).toContain('The reports come from different rubric sets');
  });
});
