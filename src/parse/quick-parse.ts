/**
 * The quick reading of a rubric file, for large rubric directories: js-yaml reads
 * several times faster than the yaml package, but gives no positions. It is used
 * only on the plain subset of YAML that both read alike, and declines (undefined)
 * everything else: tabs, anchors, aliases, tags, directives, document markers,
 * flow collections over several lines, numbers in other than plain decimal form
 * (the two differ on `-.5`), deep nesting, reserved keys, any error. load.ts keeps a set
 * read this way only when it passes every check; otherwise it reads the files again
 * with parseDocument, which finds and locates each problem.
 * tests/differential/quick-parse.test.ts compares both readers on every rubric fixture.
 */
import * as jsYaml from 'js-yaml';
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { DEFAULT_MAX_BYTES, decodeText } from './decode-text.ts';
import type { ParsedDocument } from './document.ts';
import { CLOSE_CURLY, CLOSE_SQUARE, LINE_FEED as NEWLINE, OPEN_CURLY, OPEN_SQUARE } from './char-codes.ts';
import { NOT_PLAIN_TEXT, RESERVED_KEYS } from './reserved.ts';

const DIRECTIVE_OR_MARKER = /^(?:%|---|\.\.\.)/m;
/** Where an anchor (&), alias (*) or tag (!) could start; in prose this declines a little more than needed. */
const NODE_PROPERTY = /(?:^|[\s[{,])[&*!]\S/m;
/** Well below the full reader's limit of 64 levels. */
const MAX_DEPTH = 32;

// Exported by js-yaml 4, missing from @types/js-yaml.
const { types } = jsYaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', Type> };

/** What either reader might take for a number (YAML 1.1 and 1.2 forms); only the plain decimal forms are read alike. */
const NUMBER_LIKE = /^(?:[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?|0[oxb][0-9a-fA-F_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const PLAIN_NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
const otherNumberForm = new Type('tag:ml-career,2026:other-number-form', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && NUMBER_LIKE.test(data) && !PLAIN_NUMBER.test(data),
  construct: () => {
    throw new Error('a number written in another form: left to the full reader');
  },
});
/** YAML 1.2 core, with other number forms (`-.5`, `0o17`, `1_000`, `.inf`…) declined rather than guessed. */
const schema = FAILSAFE_SCHEMA.extend({ implicit: [otherNumberForm, types.null, types.bool, types.int, types.float] });

export function quickParse(bytes: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): ParsedDocument | undefined {
  let text: string;
  try {
    text = decodeText(bytes, file, maxBytes);
  } catch {
    return undefined;
  }
  if (NOT_PLAIN_TEXT.test(text) || DIRECTIVE_OR_MARKER.test(text) || NODE_PROPERTY.test(text) || !bracketsStayOnTheirLine(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema, filename: file });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || !isPlainTree(data, 1)) return undefined;
  // Positions are only ever asked for problems, and a set with problems is read again with them.
  return { file, data, locate: () => undefined };
}

/** Every line closes the brackets it opens (so no flow collection spans lines), and they never nest deep. */
function bracketsStayOnTheirLine(text: string): boolean {
  // One pass over character codes: this runs on every byte of large rubric sets.
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === NEWLINE) {
      if (depth > 0) return false;
    } else if (code === OPEN_SQUARE || code === OPEN_CURLY) {
      if (++depth > MAX_DEPTH) return false;
    } else if (code === CLOSE_SQUARE || code === CLOSE_CURLY) {
      if (--depth < 0) return false;
    }
  }
  return depth === 0;
}

function isPlainTree(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) return value.every((item) => isPlainTree(item, depth + 1));
  return Object.entries(value).every(([key, item]) => !RESERVED_KEYS.has(key) && isPlainTree(item, depth + 1));
}
