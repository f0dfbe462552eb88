/**
 * The quick reader (js-yaml) may decline anything, but whatever it accepts must be
 * read exactly as the full reader (yaml, with positions) reads it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataError } from '../../src/errors.ts';
import { parseDocument } from '../../src/parse/document.ts';
import { quickParse } from '../../src/parse/quick-parse.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

function fullRead(input: Uint8Array): { data: unknown } | { refused: true } {
  try {
    return { data: parseDocument(input, 'x.yaml').data };
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    return { refused: true };
  }
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? yamlFiles(join(dir, entry.name)) : /\.ya?ml$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const files = [...yamlFiles('rubrics'), ...yamlFiles('tests/fixtures/rubrics')];

/**
 * Fixtures written in YAML beyond the plain subset, which the quick reader must
 * decline, with why. Every other fixture must take the quick path.
 */
const DECLINED: Record<string, string> = {};

describe('quickParse', () => {
  // Each file has one expected outcome, so a reader that declined everything would fail here.
  test.each(files)('%s: read alike by both readers, or declined as listed', (file) => {
    const input = new Uint8Array(readFileSync(file));
    const quick = quickParse(input, file);
    if (file in DECLINED) {
      expect(quick, `declined: ${DECLINED[file]}`).toBeUndefined();
    } else {
      expect(quick, 'the quick reader declined a plain fixture (list it in DECLINED, with why, if that is right)').toBeDefined();
      expect(fullRead(input)).toEqual({ data: quick!.data });
    }
  });

  test.each(yamlFiles('rubrics'))('built-in %s takes the quick path', (file) => {
    expect(quickParse(new Uint8Array(readFileSync(file)), file)).toBeDefined();
  });

  test.each([
    ['an anchor and an alias', 'a: &x [1]\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a custom tag', 'a: !thing 1\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a reserved key', '__proto__: 1\n'],
    ['a flow collection over two lines', 'a: [1,\n  2]\n'],
    ['an unbalanced bracket', 'a: see ]1[\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['only a comment', '# nothing\n'],
    ['a bare scalar', 'hello\n'],
    ['deep nesting', `${Array.from({ length: 40 }, (_, depth) => `${'  '.repeat(depth)}k:`).join('\n')} 1\n`],
    ['invalid UTF-8', '\xff'],
    ...['-.5', '+12', '0o17', '0x1F', '010', '1_000', '.inf', '-.Inf', '.nan', '1.', '.5'].map((form) => [`the number form ${form}`, `a:\n  - ${form}\n`]),
  ])('declines %s', (_name, text) => {
    const input = text === '\xff' ? new Uint8Array([0x61, 0x3a, 0x20, 0xff]) : bytes(text);
    expect(quickParse(input, 'x.yaml')).toBeUndefined();
  });

  test.each([
    ['block scalars', 'a: >-\n  folded\n  text\nb: |\n  literal\n  text\n'],
    ['quoted strings and escapes', 'a: "x\\ty \\u00e9"\nb: \'it\'\'s\'\n'],
    ['plain numbers', 'a:\n  - 0\n  - -3\n  - 2.5\n  - 1e3\n  - -0.25\n  - 1000000\n'],
    ['null, booleans and lookalikes', 'a: ~\nb: null\nc: true\nd: yes\ne: 3 models\nf: False\ng: 2001-12-14\nh: 1.0.0\n'],
    ['prose with &, * and brackets', 'title: Up & Running, 2 * 3 (see [1])\n'],
    ['flow collections on one line', 'a: { entry: 0, mid: 1.5 }\nb: [x, -2, { c: 1e3 }]\n'],
    ['a BOM and CRLF', '\ufeffa: 1\r\nb:\r\n  - x\r\n'],
  ])('reads %s as the full reader does', (_name, text) => {
    const quick = quickParse(bytes(text), 'x.yaml');
    expect(quick).toBeDefined();
    expect(fullRead(bytes(text))).toEqual({ data: quick?.data });
  });
});
