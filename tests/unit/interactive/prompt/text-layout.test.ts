import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columns, hangingIndent, shorten, wrapWords } from '../../../../src/interactive/prompt/text-layout.ts';

const words = fc.array(fc.stringMatching(/^[a-zA-Z’(),.;-]{1,14}$/), { minLength: 1, maxLength: 40 });

describe('wrapWords', () => {
  it('breaks only between words, within the width', () => {
    expect(wrapWords('Has led the ethical review of a high-impact model, set its launch criteria', 30)).toEqual([
      'Has led the ethical review of',
      'a high-impact model, set its',
      'launch criteria',
    ]);
  });

  it('keeps every word whole and in order, no line wider than the width (property)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 14, max: 100 }), (list, width) => {
        const lines = wrapWords(list.join(' '), width);
        expect(lines.every((line) => columns(line) <= width)).toBe(true);
        expect(lines.join(' ')).toBe(list.join(' '));
      }),
    );
  });

  it('cuts only a word wider than the whole line', () => {
    expect(wrapWords('see https://example.com/a/very/long/path here', 12)).toEqual(['see', 'https://exam', 'ple.com/a/ve', 'ry/long/path', 'here']);
  });

  it('collapses runs of spaces and gives one empty line for empty text', () => {
    expect(wrapWords('  a   b ', 10)).toEqual(['a b']);
    expect(wrapWords('', 10)).toEqual(['']);
  });
});

describe('shorten', () => {
  it('keeps text that fits and cuts the rest at a space with an ellipsis, dropping a comma before it', () => {
    expect(shorten('Runs one service.', 20)).toBe('Runs one service.');
    expect(shorten('Has led the ethical review of a high-impact model, set its launch criteria', 52)).toBe('Has led the ethical review of a high-impact model…');
    expect(shorten('abcdefghij', 5)).toBe('abcd…');
  });

  it('gives a prefix of whole words that fits the width (property)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 16, max: 100 }), (list, width) => {
        const text = list.join(' ');
        const short = shorten(text, width);
        expect(columns(short)).toBeLessThanOrEqual(width);
        if (short === text) return;
        const kept = short.slice(0, -1);
        expect(short.endsWith('…')).toBe(true);
        // Whole words only: what is kept is the text up to a space (less a trailing comma, semicolon or colon).
        const boundary = list.slice(0, kept.split(' ').length).join(' ');
        expect([boundary, boundary.replace(/[,;:]$/, '')]).toContain(kept);
      }),
    );
  });
});

describe('hangingIndent', () => {
  it('indents the lines after the first under the text', () => {
    expect(hangingIndent('❯ [x] ', 'Model registry with versioning and lineage of every model', 30)).toEqual([
      '❯ [x] Model registry with',
      '      versioning and lineage',
      '      of every model',
    ]);
  });
});
