import { describe, expect, test } from 'vitest';
import { reportFormats } from '../../../src/render/format.ts';
import { renderReport } from '../../../src/render/render.ts';
import { ANSI_ESCAPE, sampleReport } from '../../helpers/sample-reports.ts';

describe('renderReport', () => {
  // Checked against what each format must look like, not against the renderers it calls.
  test('gives each format its own kind of document, with the options that format takes', () => {
    const report = sampleReport();
    const text = renderReport(report, 'text', { color: false, width: 60 });
    expect(text.startsWith('ML career report for Ada Lovelace\n')).toBe(true);
    expect(text).not.toMatch(/^# |<html/m);
    expect(text).not.toBe(renderReport(report, 'text', { color: false, width: 200 }));
    expect(renderReport(report, 'md', { color: false }).startsWith('# ML career report for Ada Lovelace\n')).toBe(true);
    const html = renderReport(report, 'html', { color: false });
    expect(html.startsWith('<!doctype html>\n')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
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
