import { describe, expect, test } from 'vitest';
import { reportFormats } from '../../../src/render/format.ts';
import { renderHtml } from '../../../src/render/report/render-html.ts';
import { renderMarkdown } from '../../../src/render/report/render-markdown.ts';
import { renderText } from '../../../src/render/report/render-text.ts';
import { renderReport } from '../../../src/render/render.ts';
import { ANSI_ESCAPE, sampleReport } from '../../helpers/sample-reports.ts';

describe('renderReport', () => {
  test('dispatches each format to its renderer', () => {
    const report = sampleReport();
    expect(renderReport(report, 'text', { color: false, width: 60 })).toBe(renderText(report, { color: false, width: 60 }));
    expect(renderReport(report, 'md', { color: false })).toBe(renderMarkdown(report));
    expect(renderReport(report, 'html', { color: false })).toBe(renderHtml(report));
  });

  test('json is the report itself, pretty-printed with a trailing newline', () => {
    const report = sampleReport();
    const json = renderReport(report, 'json', { color: true });
    expect(json).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(JSON.parse(json)).toEqual(report);
  });

  test('colour only ever reaches the text format', () => {
    for (const format of reportFormats) {
      const output = renderReport(sampleReport(), format, { color: true });
      if (format === 'text') expect(output).toMatch(ANSI_ESCAPE);
      else expect(output).not.toMatch(ANSI_ESCAPE);
    }
  });

  test('every format ends with exactly one newline', () => {
    for (const format of reportFormats) {
      const output = renderReport(sampleReport(), format, { color: false });
      expect(output.endsWith('\n')).toBe(true);
      expect(output.endsWith('\n\n')).toBe(false);
    }
  });
});
