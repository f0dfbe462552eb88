/**
 * The quick reading of a rubric file, for large rubric directories: js-yaml reads
 * several times faster than the yaml package, but gives no positions. It is used
 * only on the plain subset of YAML that both read alike, and declines (undefined)
 * everything else: tabs, anchors, aliases, tags, directives, document markers,
 * flow collections over several lines, deep nesting, reserved keys, any error.
 * load.ts keeps a set read this way only when it passes every check; otherwise it
 * reads the files again with parseDocument, which finds and locates each problem.
 * tests/rubric/quick-parse.test.ts compares both readers on every rubric fixture.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { DEFAULT_MAX_BYTES, decodeText } from './decode-text.ts';
import type { ParsedDocument } from './document.ts';

/** Tabs, what YAML calls non-printable, and characters some YAML readers take as line breaks or BOMs. */
const NOT_PLAIN = /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\ud800-\udfff]/;
const DIRECTIVE_OR_MARKER = /^(?:%|---|\.\.\.)/m;
/** Where an anchor (&), alias (*) or tag (!) could start; in prose this declines a little more than needed. */
const NODE_PROPERTY = /(?:^|[\s[{,])[&*!]\S/m;
/** Well below the full reader's limits (64 levels of nodes, 256 raw brackets). */
const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function quickParse(bytes: Uint8Array, file: string): ParsedDocument | undefined {
  let text: string;
  try {
    text = decodeText(bytes, file, DEFAULT_MAX_BYTES);
  } catch {
    return undefined;
  }
  if (NOT_PLAIN.test(text) || DIRECTIVE_OR_MARKER.test(text) || NODE_PROPERTY.test(text) || !bracketsStayOnTheirLine(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, filename: file });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !isPlainTree(data, 1)) return undefined;
  // Positions are only ever asked for problems, and a set with problems is read again with them.
  return { file, data, locate: () => undefined };
}

/** Every line closes the brackets it opens (so no flow collection spans lines), and they never nest deep. */
function bracketsStayOnTheirLine(text: string): boolean {
  for (const line of text.split('\n')) {
    let depth = 0;
    for (const char of line) {
      if (char === '[' || char === '{') depth++;
      else if (char === ']' || char === '}') depth--;
      if (depth < 0 || depth > MAX_DEPTH) return false;
    }
    if (depth > 0) return false;
  }
  return true;
}

function isPlainTree(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainTree(item, depth + 1));
  return Object.entries(value).every(([key, item]) => !FORBIDDEN_KEYS.has(key) && isPlainTree(item, depth + 1));
}
