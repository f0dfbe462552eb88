import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../../../src/compare/compare-reports.ts';
import type { Comparison } from '../../../../src/contracts/comparison.ts';
import { chartedMoves } from '../../../../src/render/compare/render-compare-chart.ts';
import { renderComparison } from '../../../../src/render/compare/render-compare.ts';
import { ANSI_ESCAPE } from '../../../helpers/sample-reports.ts';
import { builtinSet, reportAt } from '../../../helpers/built-reports.ts';

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

  it('shows opened gaps in groups by cause, in plain words, in every format', () => {
    const gap = { id: 'x', title: 'Serving', expected: 3, oldExpected: 2 };
    const grouped: Comparison = {
      ...comparison,
      gapsOpened: [
        { ...gap, level: 2, oldLevel: 2, cause: 'target-raised' },
        { ...gap, id: 'y', title: 'Python', level: 1, oldLevel: 2, oldExpected: 2, expected: 2, cause: 'level-dropped' },
        { ...gap, id: 'z', title: 'Ethics', level: 1, oldLevel: null, cause: 'newly-assessed' },
      ],
    };
    const text = renderComparison(grouped, 'text', { color: false, width: 80 });
    expect(text).toContain(
      [
        'Gaps opened: 3',
        '  New at the next stage (it expects more; your level did not drop): 1',
        '    • Serving: level 2, now expected 3 (was 2)',
        '  Lower than before: 1',
        '    • Python: level 1 (was 2), expected 2',
        '  Not assessed before: 1',
        '    • Ethics: level 1, expected 3',
      ].join('\n'),
    );
    const md = renderComparison(grouped, 'md', { color: false });
    expect(md).toContain('#### New at the next stage (it expects more; your level did not drop): 1\n\n- Serving: level 2, now expected 3 (was 2)');
    expect(md).toContain('#### Lower than before: 1\n\n- Python: level 1 (was 2), expected 2');
    const html = renderComparison(grouped, 'html', { color: false });
    expect(html).toContain('<h4 class="opened target-raised">New at the next stage (it expects more; your level did not drop): 1</h4>');
    expect(html).toContain('<h4 class="opened level-dropped">Lower than before: 1</h4>\n<ul><li>Python: level 1 (was 2), expected 2</li></ul>');
    // A group with no gaps is left out.
    const one = renderComparison({ ...grouped, gapsOpened: grouped.gapsOpened.slice(0, 1) }, 'text', { color: false });
    expect(one).not.toContain('Lower than before');
  });

  it('says when the rubric sets differ', () => {
    const other = { ...comparison, sameRubricSet: false };
    expect(renderComparison(other, 'text', { color: false })).toContain('The reports come from different rubric sets');
  });

  it('html: escapes the titles of opened gaps too', () => {
    expect(comparison.gapsOpened.length).toBeGreaterThan(0);
    const hostile = { ...comparison, gapsOpened: comparison.gapsOpened.map((gap) => ({ ...gap, title: '<img src=x onerror=alert(1)>' })) };
    const html = renderComparison(hostile, 'html', { color: false });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
