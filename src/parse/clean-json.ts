/**
 * The fast reading of a JSON file that ml-career (or a careful script) wrote: plain
 * JSON.parse, taken only when the full reader (parseDocument) would read the same
 * text to the same value. Anything it might read differently — duplicate keys (which
 * JSON.parse keeps silently), reserved keys, deep nesting, characters YAML refuses, a
 * key on another line than its colon — gives undefined, and the caller takes the full
 * reader, which finds and locates every problem.
 */
import { NOT_PLAIN_TEXT, RESERVED_KEYS } from './reserved.ts';

/** Far below the full reader's limits on nesting (which count brackets inside strings too). */
const MAX_BRACKET_DEPTH = 32;

/** The parsed object, or undefined when the text is not clean JSON of an object. */
export function parseCleanJson(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith('{') || NOT_PLAIN_TEXT.test(text)) return undefined;
  const members = memberCount(text);
  if (members === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(data) || parsedMemberCount(data) !== members) return undefined;
  return data;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The number of object members in the text (its colons outside strings), or
 * undefined when brackets nest deep or a key and its colon are on different lines.
 */
function memberCount(text: string): number | undefined {
  let members = 0;
  let depth = 0;
  let inString = false;
  let lineBreakSinceString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    // Like the full reader's own check, brackets count inside strings too.
    if (char === '[' || char === '{') {
      if (++depth > MAX_BRACKET_DEPTH) return undefined;
    } else if ((char === ']' || char === '}') && depth > 0) {
      depth--;
    }
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') {
        inString = false;
        lineBreakSinceString = false;
      }
    } else if (char === '"') {
      inString = true;
    } else if (char === '\n' || char === '\r') {
      lineBreakSinceString = true;
    } else if (char === ':') {
      if (lineBreakSinceString) return undefined;
      members++;
    }
  }
  return members;
}

/** Object members in the parsed value, or undefined when a key is reserved. */
function parsedMemberCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return sumOf(value.map(parsedMemberCount));
  if (!isObject(value)) return 0;
  const keys = Object.keys(value);
  if (keys.some((key) => RESERVED_KEYS.has(key))) return undefined;
  const nested = sumOf(keys.map((key) => parsedMemberCount(value[key])));
  return nested === undefined ? undefined : keys.length + nested;
}

function sumOf(counts: (number | undefined)[]): number | undefined {
  let total = 0;
  for (const count of counts) {
    if (count === undefined) return undefined;
    total += count;
  }
  return total;
}
