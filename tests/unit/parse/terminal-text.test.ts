import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalText } from '../../../src/parse/terminal-text.ts';

/** Every character that may reach a terminal raw: printable text, newline and tab. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('terminalText', () => {
  it.each<[string, string, string]>([
    ['plain text', 'Ada Lovelace', 'Ada Lovelace'],
    ['accents and symbols', 'Zoë › ML 🚀 …', 'Zoë › ML 🚀 …'],
    ['newline and tab (layout)', 'a\nb\tc', 'a\nb\tc'],
    ['ESC of a colour code', 'a\u001b[31mred', 'a\\e[31mred'],
    ['clear the screen', '\u001b[2J\u001b[H', '\\e[2J\\e[H'],
    ['OSC window title ended by BEL', '\u001b]0;pwned\u0007', '\\e]0;pwned\\x07'],
    ['OSC 8 hyperlink ended by ST', '\u001b]8;;https://x.test\u001b\\link', '\\e]8;;https://x.test\\e\\link'],
    ['NUL', 'a\u0000b', 'a\\x00b'],
    ['carriage return', 'shown\rhidden', 'shown\\rhidden'],
    ['backspace', 'ab\u0008c', 'ab\\x08c'],
    ['DEL', 'a\u007f', 'a\\x7f'],
    ['C1 CSI', 'a\u009b2J', 'a\\x9b2J'],
    ['C1 OSC and NEL', '\u009d0;t\u0085', '\\x9d0;t\\x85'],
    ['bidi override', 'abc\u202edcba', 'abc\\u202edcba'],
    ['bidi isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
  ])('%s', (_label, input, shown) => {
    expect(terminalText(input)).toBe(shown);
  });

  it('puts newline and tab on the line too with oneLine', () => {
    expect(terminalText('a\nb\tc\u001b', { oneLine: true })).toBe('a\\nb\\tc\\e');
  });

  it('leaves nothing that steers a terminal, and changes text without controls not at all', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = terminalText(text);
        expect(shown).not.toMatch(RAW_CONTROL);
        if (!RAW_CONTROL.test(text)) expect(shown).toBe(text);
        expect(terminalText(text, { oneLine: true })).not.toMatch(/[\n\t]/);
      }),
    );
  });
});

describe('terminalSafe', () => {
  it('applies to every string of a view, keys included, on one line, and leaves other values alone', () => {
    const view = { subject: 'x\u001b]0;t\u0007\nStage: Principal', levels: [1, null, true], nested: [{ 'k\u009b': 'v\u202e' }] };
    expect(terminalSafe(view)).toEqual({ subject: 'x\\e]0;t\\x07\\nStage: Principal', levels: [1, null, true], nested: [{ 'k\\x9b': 'v\\u202e' }] });
  });
});
