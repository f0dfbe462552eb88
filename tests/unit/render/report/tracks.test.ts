import { describe, expect, test } from 'vitest';
import { renderHtml } from '../../../../src/render/report/render-html.ts';
import { renderMarkdown } from '../../../../src/render/report/render-markdown.ts';
import { renderText } from '../../../../src/render/report/render-text.ts';
import type { Report } from '../../../../src/contracts/report.ts';
import { builtinSet, reportAt } from '../../../helpers/built-reports.ts';

const set = await builtinSet();
const text = (report: Report) => renderText(report, { color: false, width: 400 });

// Strong in the data scientist's core, level 1 elsewhere.
const scientist = reportAt(set, { level: { 'math-statistics': 4, 'training-evaluation': 4, 'feature-engineering': 3 }, otherwise: 1 });

describe('which track fits, in every format', () => {
  test('text shows the two best tracks, their drivers and the gap', () => {
    const out = text(scientist);
    const section = out.slice(out.indexOf('Which track fits'));
    expect(section).toContain('1. Data Scientist: fit ');
    expect(section).toContain('Driven by Mathematics and statistics (level 4), Training and evaluation (level 4), Feature engineering and feature stores (level 3)');
    expect(section).toContain('Gap to it: Feature engineering and feature stores (level 3, core to this track)');
    expect(section).toMatch(/\n {2}2\. /);
    expect(section).not.toMatch(/\n {2}3\. /);
  });

  test('Markdown and HTML carry the same lines', () => {
    expect(renderMarkdown(scientist)).toContain('## Which track fits\n\n1. **Data Scientist**: fit ');
    expect(renderHtml(scientist)).toContain('<h2 id="tracks">Which track fits</h2><ol class="tracks"><li><strong>Data Scientist</strong>: fit ');
  });

  test('a flat profile says no track stands out', () => {
    for (const out of [text(reportAt(set, { level: 2 })), renderMarkdown(reportAt(set, { level: 2 })), renderHtml(reportAt(set, { level: 2 }))]) {
      expect(out).toContain('No track stands out: even the best fit, AI/ML Systems Engineer, is within a fifth of a level of your own mean level.');
    }
  });

  test('too few answers says so instead of ranking', () => {
    const out = text(reportAt(set, { level: 3, only: ['ml'] }));
    expect(out).toContain('Not enough answers to tell which track fits');
    expect(out).not.toContain('Driven by');
  });

  test('names the track a run was measured against', () => {
    const report: Report = { ...scientist, track: { id: 'data-scientist', title: 'Data Scientist' } };
    for (const out of [text(report), renderMarkdown(report), renderHtml(report)]) expect(out).toContain('measured as Data Scientist');
  });

  test('track titles from a rubric file are escaped in Markdown and HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> *x* [a](b)';
    const report: Report = { ...scientist, tracks: scientist.tracks.map((track) => ({ ...track, title: hostile })) };
    expect(renderHtml(report)).not.toContain('<img');
    expect(renderMarkdown(report)).not.toContain('[a](b)');
  });

  test('a report from before tracks shows no section', () => {
    expect(text({ ...scientist, tracks: [] })).not.toContain('Which track fits');
  });
});
