/**
 * Parses one YAML (or JSON) file into plain data plus a way to find where any
 * path came from, so that every later problem (schema, lints) can say file:line:col.
 * Hostile input (huge, binary, alias bombs, deep nesting, prototype keys) is
 * refused with a located DataError rather than a hang or a crash.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { DataError, quote } from '../errors.ts';
import type { Problem } from '../errors.ts';
import { DEFAULT_MAX_BYTES, decodeText } from './decode-text.ts';
import { RESERVED_KEYS } from './reserved.ts';

export interface ParsedDocument {
  file: string;
  data: unknown;
  /** 1-based position of the node at `path`; for a missing key, of the nearest existing parent. */
  locate(path: ReadonlyArray<string | number>): { line: number; col: number } | undefined;
  /**
   * The comment (without "#") on the line just before the node at `path`, when the node
   * starts its line (a block list item or key). Readers that keep no text (quick-parse.ts)
   * leave it out; a lint that needs it then reports, and the set is read again with it.
   */
  commentBefore?(path: ReadonlyArray<string | number>): string | undefined;
}

const MAX_DEPTH = 64;
const MAX_ALIAS_COUNT = 100;
/** yaml's own parser exhausts memory on tens of thousands of nested brackets; refuse long before. */
const MAX_RAW_BRACKET_DEPTH = 256;

export function parseDocument(input: string | Uint8Array, file: string, options: { maxBytes?: number } = {}): ParsedDocument {
  const text = decodeText(input, file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const lineCounter = new LineCounter();
  const at = (offset: number) => lineCounter.linePos(offset);
  if (text.trim() === '') {
    throw new DataError({ file, line: 1, col: 1, message: 'file is empty', hint: 'write the content, or remove the file' });
  }
  checkRawNesting(text, file);
  const docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const first = Array.isArray(docs) ? docs[0] : undefined;
  if (!Array.isArray(docs) || !first || first.contents === null) {
    throw new DataError({ file, line: 1, col: 1, message: 'file has no content (only comments)', hint: 'write the content, or remove the file' });
  }
  const problems: Problem[] = [];
  for (const doc of docs) {
    for (const error of [...doc.errors, ...doc.warnings]) problems.push(problemFromYaml(error, text, file, at));
  }
  const second = docs[1];
  if (second) {
    problems.push({
      file,
      ...at(second.range[0]),
      message: 'more than one YAML document in the file',
      hint: 'a file holds one document: remove the "---" separator or split the file',
    });
  }
  if (first.contents) walkNodes(first.contents, 1, (problem) => problems.push({ file, ...problem }), at);
  if (problems.length > 0) throw new DataError(problems);

  let data: unknown;
  try {
    data = first.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const alias = firstAlias(first.contents);
    throw new DataError({
      file,
      ...(alias?.range ? at(alias.range[0]) : {}),
      message: `aliases expand to too much data (more than ${MAX_ALIAS_COUNT} copies)`,
      hint: 'write the repeated content out, or use far fewer aliases',
    });
  }
  const lines = text.split('\n');
  const locate = (path: ReadonlyArray<string | number>) => locateIn(first, path, at);
  return { file, data, locate, commentBefore: (path) => commentBefore(lines, locate(path)) };
}

/** Only a list item or key that starts its line: the comment before a flow item belongs to its line, not to it. */
function commentBefore(lines: readonly string[], position: { line: number; col: number } | undefined): string | undefined {
  if (!position || position.line < 2) return undefined;
  const lead = (lines[position.line - 1] ?? '').slice(0, position.col - 1);
  if (!/^\s*(?:-\s+)*$/.test(lead)) return undefined;
  const previous = (lines[position.line - 2] ?? '').trim();
  return previous.startsWith('#') ? previous.slice(1).trim() : undefined;
}

function checkRawNesting(text: string, file: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[' || char === '{') depth++;
    else if ((char === ']' || char === '}') && depth > 0) depth--;
    if (depth > MAX_RAW_BRACKET_DEPTH) {
      const before = text.slice(0, i);
      const line = before.split('\n').length;
      throw new DataError({
        file,
        line,
        col: i - before.lastIndexOf('\n'),
        message: `nesting deeper than ${MAX_DEPTH} levels`,
        hint: 'flatten the structure',
      });
    }
  }
}

type Locator = (offset: number) => { line: number; col: number };

function problemFromYaml(error: YAMLError, text: string, file: string, at: Locator): Problem {
  const where = { file, ...at(error.pos[0]) };
  const source = text.slice(error.pos[0], error.pos[1]).trim();
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      // yaml's error range covers only the key's first character.
      const key = /^[^:\r\n]*/.exec(text.slice(error.pos[0]))?.[0].trim().replace(/^(["'])(.*)\1$/, '$2') ?? source;
      return { ...where, message: `duplicate key ${quote(String(key))}`, hint: 'a key may appear only once in a mapping: remove or rename one' };
    }
    case 'TAB_AS_INDENT':
      return { ...where, message: 'tab used for indentation', hint: 'indent with spaces only' };
    case 'TAG_RESOLVE_FAILED':
      return { ...where, message: `tag ${source.split(/\s/)[0] ?? ''} not allowed`, hint: 'remove the tag: only plain YAML (text, numbers, booleans, lists, mappings) is read' };
    case 'RESOURCE_EXHAUSTION':
      return { ...where, message: `nesting too deep for the parser (${error.message})`, hint: 'flatten the structure' };
    default:
      return { ...where, message: `YAML syntax error: ${error.message}`, hint: 'check the indentation, quotes and brackets near this position' };
  }
}

/** Depth and key checks on the node tree (aliases are leaves here, so a bomb cannot make this slow). */
function walkNodes(node: unknown, depth: number, report: (problem: Omit<Problem, 'file'>) => void, at: Locator): void {
  if (!isMap(node) && !isSeq(node)) return;
  if (depth > MAX_DEPTH) {
    report({ ...(node.range ? at(node.range[0]) : {}), message: `nesting deeper than ${MAX_DEPTH} levels`, hint: 'flatten the structure' });
    return;
  }
  for (const item of node.items) {
    if (isPair(item)) {
      if (isMap(item.key) || isSeq(item.key)) {
        report({
          ...(item.key.range ? at(item.key.range[0]) : {}),
          message: 'a key must be plain text, not a list or mapping',
          hint: 'write the key as text (the "? " complex key form is not read)',
        });
      }
      if (isScalar(item.key) && RESERVED_KEYS.has(String(item.key.value))) {
        report({
          ...(item.key.range ? at(item.key.range[0]) : {}),
          message: `key ${quote(String(item.key.value))} not allowed`,
          hint: 'rename or remove it: this name is reserved in JavaScript objects',
        });
      }
      walkNodes(item.key, depth + 1, report, at);
      walkNodes(item.value, depth + 1, report, at);
    } else {
      walkNodes(item, depth + 1, report, at);
    }
  }
}

function firstAlias(node: unknown): Node | undefined {
  if (isAlias(node)) return node;
  if (isMap(node)) {
    for (const pair of node.items) {
      const found = firstAlias(pair.key) ?? firstAlias(pair.value);
      if (found) return found;
    }
  }
  if (isSeq(node)) {
    for (const item of node.items) {
      const found = firstAlias(item);
      if (found) return found;
    }
  }
  return undefined;
}

/** Map entries are located at their key (the line a reader looks for), list items at the item. */
function locateIn(doc: Document, path: ReadonlyArray<string | number>, at: Locator): { line: number; col: number } | undefined {
  let node: unknown = doc.contents;
  let offset = isRanged(node) ? node.range[0] : undefined;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((entry) => isScalar(entry.key) && String(entry.key.value) === String(segment));
      if (!pair) break;
      if (isRanged(pair.key)) offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      if (isRanged(item)) offset = item.range[0];
      node = item;
    } else {
      break;
    }
  }
  return offset === undefined ? undefined : at(offset);
}

function isRanged(node: unknown): node is { range: [number, number, number] } {
  return typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range);
}
