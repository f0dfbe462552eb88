import { describe, expect, test } from 'vitest';
import { parseDocument } from '../../../src/parse/document.ts';
import { problemsOf } from '../../helpers/rubric-fixtures.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('parseDocument accepts', () => {
  test('a BOM and CRLF line endings, and still locates nodes', () => {
    const doc = parseDocument(bytes('\uFEFFid: one\r\nlist:\r\n  - a\r\n  - b\r\n'), 'x.yaml');
    expect(doc.data).toEqual({ id: 'one', list: ['a', 'b'] });
    expect(doc.locate(['list', 1])).toEqual({ line: 4, col: 5 });
  });

  test('JSON, with locations', () => {
    const doc = parseDocument('{\n  "id": "one",\n  "weight": 2\n}\n', 'x.json');
    expect(doc.data).toEqual({ id: 'one', weight: 2 });
    expect(doc.locate(['weight'])).toEqual({ line: 3, col: 3 });
  });

  test('a few ordinary aliases', () => {
    expect(parseDocument('a: &x [1, 2]\nb: *x\n', 'x.yaml').data).toEqual({ a: [1, 2], b: [1, 2] });
  });
});

describe('locate', () => {
  const doc = parseDocument('root:\n  items:\n    - id: a\n      weight: 1\n    - id: b\n', 'x.yaml');

  test('a map entry is located at its key, a list item at the item', () => {
    expect(doc.locate(['root', 'items', 0, 'weight'])).toEqual({ line: 4, col: 7 });
    expect(doc.locate(['root', 'items', 1])).toEqual({ line: 5, col: 7 });
  });

  test('a missing key points at the nearest existing parent', () => {
    expect(doc.locate(['root', 'items', 1, 'weight'])).toEqual({ line: 5, col: 7 });
    expect(doc.locate(['root', 'nothing', 'deeper'])).toEqual({ line: 1, col: 1 });
    expect(doc.locate([])).toEqual({ line: 1, col: 1 });
  });
});

describe('commentBefore', () => {
  const text = '# top\nlevels:\n  # first\n  - a\n  - b\n  #   second, with a reason  \n  - c\nflow: [x, y]\nmap:\n  # on a key\n  key: 1\n';

  test('is the comment on the line just before a block item or key, without "#"', () => {
    const doc = parseDocument(text, 'x.yaml');
    expect(doc.commentBefore?.(['levels', 0])).toBe('first');
    expect(doc.commentBefore?.(['levels', 1])).toBeUndefined();
    expect(doc.commentBefore?.(['levels', 2])).toBe('second, with a reason');
    expect(doc.commentBefore?.(['map', 'key'])).toBe('on a key');
    expect(doc.commentBefore?.(['levels'])).toBe('top');
  });

  test('belongs to a line, not to an item written after others on it', () => {
    const doc = parseDocument(text.replace('flow:', '# flow\nflow:'), 'x.yaml');
    expect(doc.commentBefore?.(['flow', 1])).toBeUndefined();
  });

  test('reads CRLF files alike', () => {
    expect(parseDocument(text.replaceAll('\n', '\r\n'), 'x.yaml').commentBefore?.(['levels', 2])).toBe('second, with a reason');
  });
});

describe('parseDocument refuses, located, with a hint', () => {
  test.each([
    ['a duplicate key', 'id: a\ntitle: x\nid: b\n', 'x.yaml:3:1: duplicate key "id" — a key may appear only once'],
    ['tab indentation', 'a:\n\tb: 1\n', 'x.yaml:2:1: tab used for indentation — indent with spaces only'],
    ['a custom tag', 'a: 1\nb: !foo 1\n', 'x.yaml:2:4: tag !foo not allowed — remove the tag'],
    ['a js/function tag', 'f: !!js/function "function () {}"\n', 'x.yaml:1:4: tag !!js/function not allowed'],
    ['a __proto__ key', 'a:\n  __proto__: { admin: true }\n', 'x.yaml:2:3: key "__proto__" not allowed — rename or remove it'],
    ['a constructor key', 'constructor: 1\n', 'x.yaml:1:1: key "constructor" not allowed'],
    ['a prototype key', 'list:\n  - prototype: 1\n', 'x.yaml:2:5: key "prototype" not allowed'],
    ['two documents', 'a: 1\n---\nb: 2\n', 'x.yaml:2:1: more than one YAML document in the file'],
    ['a syntax error', 'a: [1, 2\nb: 3\n', 'x.yaml:2:1: YAML syntax error'],
    ['an empty file', '', 'x.yaml:1:1: file is empty'],
    ['a whitespace-only file', '  \n\n \t\n', 'x.yaml:1:1: file is empty'],
    ['a comments-only file', '# nothing here\n', 'x.yaml:1:1: file has no content (only comments)'],
  ])('%s', (_name, text, expected) => {
    const problems = problemsOf(() => parseDocument(bytes(text), 'x.yaml'));
    expect(problems[0]).toContain(expected);
  });

  test('reports every YAML problem at once', () => {
    const problems = problemsOf(() => parseDocument('a: 1\na: 2\nb: !foo 3\n__proto__: 4\n', 'x.yaml'));
    expect(problems).toHaveLength(3);
    expect(problems.map((problem) => problem.split(': ')[0])).toEqual(['x.yaml:2:1', 'x.yaml:3:4', 'x.yaml:4:1']);
  });

  // Refused by counting copies, before anything is expanded (how long it takes is the bench's business).
  test('an alias bomb is refused', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e']]) {
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const problems = problemsOf(() => parseDocument(bomb.join('\n'), 'x.yaml'));
    expect(problems).toEqual([expect.stringContaining('x.yaml:2:8: aliases expand to too much data (more than 100 copies)')]);
  });

  test('nesting deeper than 64 levels', () => {
    const lines = Array.from({ length: 70 }, (_, depth) => `${'  '.repeat(depth)}k${depth}:`);
    const problems = problemsOf(() => parseDocument(`${lines.join('\n')} end\n`, 'x.yaml'));
    expect(problems).toEqual([expect.stringContaining('x.yaml:65:129: nesting deeper than 64 levels')]);
  });

  test('a flood of nested brackets, without crashing the parser', () => {
    const problems = problemsOf(() => parseDocument(`a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`, 'x.yaml'));
    expect(problems).toEqual([expect.stringContaining('x.yaml:1:260: nesting deeper than 64 levels')]);
  });

  test('a file over the size cap, saying the cap', () => {
    const big = new Uint8Array(Math.round(3.2 * 1024 * 1024)).fill(0x61);
    expect(problemsOf(() => parseDocument(big, 'x.yaml'))).toEqual([expect.stringContaining('x.yaml: file is 3.2 MiB, over the 1 MiB limit')]);
    expect(problemsOf(() => parseDocument('a: 12345\n', 'x.yaml', { maxBytes: 4 }))).toEqual([expect.stringContaining('file is 9 B, over the 4 B limit')]);
  });

  test('bytes that are not UTF-8, at the offending line', () => {
    const input = new Uint8Array([...bytes('a: 1\nb: caf'), 0xe9, ...bytes('\n')]);
    expect(problemsOf(() => parseDocument(input, 'x.yaml'))).toEqual([expect.stringContaining('x.yaml:2:7: file is not valid UTF-8 — save the file as UTF-8')]);
  });

  test('a binary file', () => {
    const input = new Uint8Array([...bytes('a: 1\nbc'), 0, 1, 2]);
    expect(problemsOf(() => parseDocument(input, 'x.yaml'))).toEqual([expect.stringContaining('x.yaml:2:3: file looks binary (it contains a NUL byte)')]);
  });
});
