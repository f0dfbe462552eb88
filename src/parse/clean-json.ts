/**
 * The fast reading of a JSON file that ml-career (or a careful script) wrote: plain
 * JSON.parse, taken only when the full reader (parseDocument) would read the same
 * text to the same value. Anything it might read differently — duplicate keys (which
 * JSON.parse keeps silently), reserved keys, deep nesting, characters YAML refuses, a
 * key on another line than its colon — gives undefined, and the caller takes the full
 * reader, which finds and locates every problem.
 */
import { BACKSLASH, CARRIAGE_RETURN, CLOSE_CURLY, CLOSE_SQUARE, COLON, LINE_FEED, OPEN_CURLY, OPEN_SQUARE, QUOTE } from './char-codes.ts';
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
  // Char codes rather than one-character strings: reports are read by the thousand (team, history).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Like the full reader's own check, brackets count inside strings too.
    if (code === OPEN_SQUARE || code === OPEN_CURLY) {
      if (++depth > MAX_BRACKET_DEPTH) return undefined;
    } else if ((code === CLOSE_SQUARE || code === CLOSE_CURLY) && depth > 0) {
      depth--;
    }
    if (inString) {
      if (code === BACKSLASH) i++;
      else if (code === QUOTE) {
        inString = false;
        lineBreakSinceString = false;
      }
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === LINE_FEED || code === CARRIAGE_RETURN) {
      lineBreakSinceString = true;
    } else if (code === COLON) {
      if (lineBreakSinceString) return undefined;
      members++;
    }
  }
  return members;
}

/** Object members in the parsed value, or undefined when a key is reserved. */
function parsedMemberCount(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return 0;
  let total = 0;
  if (Array.isArray(value)) {
    for (const item of value) {
      const count = parsedMemberCount(item);
      if (count === undefined) return undefined;
      total += count;
    }
    return total;
  }
  for (const key in value) {
    if (RESERVED_KEYS.has(key)) return undefined;
    const count = parsedMemberCount((value as Record<string, unknown>)[key]);
    if (count === undefined) return undefined;
    total += count + 1;
  }
  return total;
}
