import { describe, expect, it } from 'vitest';
import { cutQuotedValues, messageText } from '../../../src/cli/message-text.ts';
import { formatProblem, quote, QUOTE_MAX, quoteList } from '../../../src/errors.ts';

describe('messages on stderr', () => {
  it('show the control characters of what they quote, keep their lines, and name the program as it was run', () => {
    expect(messageText('x\u001b]0;t\u0007.yaml: no such file\n  run `ml-career template`', 'npx ml-career')).toBe(
      'x\\e]0;t\\x07.yaml: no such file\n  run `npx ml-career template`',
    );
  });

  it('cut a line no message needs at 2,000 characters', () => {
    const [line] = messageText(`ml-career: ${'v'.repeat(10_000)}`, 'ml-career').split('\n');
    expect(line).toHaveLength(2000);
    expect(line!.endsWith('…')).toBe(true);
  });

  it("cut commander's quoted values as quote() cuts ours", () => {
    const long = `--${'a'.repeat(5000)}`;
    const cut = cutQuotedValues(`ml-career: unknown option '${long}'`);
    expect(cut).toBe(`ml-career: unknown option '${long.slice(0, QUOTE_MAX - 1)}…'`);
    expect(cutQuotedValues("ml-career: unknown option '--colour'\n(Did you mean --color?)")).toBe("ml-career: unknown option '--colour'\n(Did you mean --color?)");
  });

  it('quote a value whole when short, cut with … when long, on one line', () => {
    expect(quote('py-levle')).toBe('"py-levle"');
    expect(quote('a\nb')).toBe('"a\\nb"');
    expect(quote('x'.repeat(1000))).toBe(`"${'x'.repeat(QUOTE_MAX - 1)}…"`);
  });

  it('cut a long field path in a problem', () => {
    const line = formatProblem({ file: 'a.yaml', line: 3, col: 3, path: `answers.${'x'.repeat(1000)}`, message: 'unknown question' });
    expect(line.length).toBeLessThan(200);
    expect(line).toMatch(/^a\.yaml:3:3: answers\.x+…: unknown question$/);
  });

  it('name the first five of a list, then how many more', () => {
    expect(quoteList(['a', 'b'])).toBe('"a", "b"');
    expect(quoteList(Array.from({ length: 1000 }, (_, index) => `id${index}`))).toBe('"id0", "id1", "id2", "id3", "id4" and 995 more');
  });
});
