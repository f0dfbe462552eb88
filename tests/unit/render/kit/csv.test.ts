import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { csvCell, csvDocument } from '../../../../src/render/kit/csv.ts';

describe('csvCell', () => {
  test.each([
    [null, ''],
    [0, '0'],
    [2.5, '2.5'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tindent', "'\tindent"],
    ['\rreturn', '"\'\rreturn"'],
    ['a=b', 'a=b'],
    ['Łukasz 字', 'Łukasz 字'],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('csvDocument', () => {
  test('a real CSV parser reads back every cell, with formula starts neutralised', () => {
    const cells = ['=1+1', 'comma, inside', 'quote " inside', 'line\r\nbreak', '-2', 'plain', 'ünïcode'];
    const text = csvDocument(['value'], cells.map((cell) => [cell]));
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { columns: true }) as { value: string }[];
    expect(rows.map((row) => row.value)).toEqual(["'=1+1", 'comma, inside', 'quote " inside', 'line\r\nbreak', "'-2", 'plain', 'ünïcode']);
  });
});
