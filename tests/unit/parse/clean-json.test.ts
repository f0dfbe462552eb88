import { describe, expect, test } from 'vitest';
import { parseCleanJson } from '../../../src/parse/clean-json.ts';

describe('parseCleanJson', () => {
  test('reads clean JSON objects as JSON.parse does', () => {
    const text = '{\n  "a": 1,\n  "b": { "c": [1, {"d": "x:y"}] },\n  "e": "quote \\" and colon :"\n}\n';
    expect(parseCleanJson(text)).toEqual(JSON.parse(text));
  });

  test.each([
    ['a duplicate key (JSON.parse would keep the last)', '{"a": 1, "a": 2}'],
    ['a duplicate key deep inside', '{"a": {"b": [{"c": 1, "c": 1}]}}'],
    ['a reserved key', '{"__proto__": {"x": 1}}'],
    ['constructor as a key', '{"a": {"constructor": 1}}'],
    ['a tab', '{"a":\t1}'],
    ['a key and its colon on different lines', '{"a"\n: 1}'],
    ['nesting deeper than the limit', `{"a": ${'['.repeat(40)}${']'.repeat(40)}}`],
    ['not an object', '[1, 2]'],
    ['not JSON', '{a: 1}'],
  ])('declines %s, leaving it to the full reader', (_name, text) => {
    expect(parseCleanJson(text)).toBeUndefined();
  });
});
