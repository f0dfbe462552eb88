import { describe, expect, test } from 'vitest';
import { formatFromPath, reportFormats } from '../../../src/render/format.ts';

describe('formatFromPath', () => {
  test.each([
    ['report.json', 'json'],
    ['out/REPORT.JSON', 'json'],
    ['notes.md', 'md'],
    ['notes.markdown', 'md'],
    ['career.html', 'html'],
    ['career.htm', 'html'],
    ['C:\\Users\\ada\\career.HTM', 'html'],
    ['report.txt', 'text'],
    ['skills.CSV', 'csv'],
    ['junit.xml', 'junit'],
    ['archive.v2.md', 'md'],
    ['report', undefined],
    ['report.pdf', undefined],
    ['json', undefined],
    ['dir.json/report', undefined],
    ['-', undefined],
  ])('%s → %s', (path, format) => {
    expect(formatFromPath(path)).toBe(format);
  });

  test('each format has a file extension that maps to it', () => {
    const mapped = ['a.txt', 'a.json', 'a.md', 'a.html', 'a.csv', 'a.xml'].map(formatFromPath);
    expect(mapped).toEqual([...reportFormats]);
  });
});
