import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blockBar, hangingWrap, truncate, wrap } from '../../../../src/render/kit/text-layout.ts';

const words = fc.array(fc.stringMatching(/^[a-z€█…]{1,15}$/), { maxLength: 30 });

describe('wrap', () => {
  test('keeps every word in order and no line is wider than the width unless it is one long word', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 60 }), (list, width) => {
        const lines = wrap(list.join(' '), width);
        expect(lines.join(' ').split(' ').filter((word) => word !== '')).toEqual(list);
        for (const line of lines) if (line.includes(' ')) expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });

  test('does not count colour codes towards the width', () => {
    const red = (text: string) => `\u001b[31m${text}\u001b[39m`;
    expect(wrap(`${red('aaaa')} ${red('bbbb')}`, 9)).toEqual([`${red('aaaa')} ${red('bbbb')}`]);
  });

  test('empty text is one empty line', () => {
    expect(wrap('', 10)).toEqual(['']);
  });

  test('hanging indent lines up continuation lines under the text', () => {
    expect(hangingWrap('  • ', 'one two three four five', 14)).toEqual(['  • one two', '    three four', '    five']);
  });
});

describe('blockBar', () => {
  test.each([
    [0, 10, 0],
    [0.85, 40, 34],
    [0.5, 7, 4],
    [1, 10, 10],
    [1.5, 10, 10],
    [-1, 10, 0],
  ])('share %d of %d cells → %d full', (share, width, full) => {
    const bar = blockBar(share, width);
    expect(bar.full).toBe('█'.repeat(full));
    expect(bar.empty).toBe('░'.repeat(width - full));
  });
});

test('truncate ends a cut text with an ellipsis and keeps the width', () => {
  expect(truncate('Communicating with stakeholders', 10)).toBe('Communica…');
  expect(truncate('short', 10)).toBe('short');
});
