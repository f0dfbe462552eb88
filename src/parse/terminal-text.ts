/**
 * Text for the terminal. Data from files and flags (a subject, a note, a rubric
 * title, a file name) can hold characters that steer a terminal instead of
 * printing: ESC starts sequences that clear the screen, retitle the window or
 * make links; BEL rings; NUL, CR, DEL and the C1 controls hide or overwrite text;
 * bidirectional overrides reorder what is shown. Every one of them is shown as a
 * visible escape instead (`\e`, `\x07`, `\x9b`, `\u202e`). Newlines and tabs stay
 * in messages, whose layout needs them; a value laid out on a line (a table cell, a
 * name in a view) shows them too.
 *
 * Every text renderer, warning, error message and prompt goes through this one
 * function (through terminalSafe for whole views), at the point where it is written.
 */

// C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides and isolates.
const STEERING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// The same, and tab and newline, for text that must stay on its line (a table cell).
const STEERING_OR_LAYOUT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\u001b': '\\e', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function visible(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * `text` with every character that could steer a terminal shown as a visible escape;
 * with `oneLine`, newlines and tabs too (a table cell, a name in a heading).
 */
export function terminalText(text: string, options: { oneLine?: boolean } = {}): string {
  return text.replace(options.oneLine === true ? STEERING_OR_LAYOUT : STEERING, visible);
}

/**
 * `value` with every string in it, keys included, on one line and safe for the terminal
 * (terminalText with oneLine): a whole view before a text renderer lays it out, so that
 * no value can break a table row or forge a line of the report.
 */
export function terminalSafe<T>(value: T): T {
  return deepSafe(value) as T;
}

function deepSafe(value: unknown): unknown {
  if (typeof value === 'string') return terminalText(value, { oneLine: true });
  if (Array.isArray(value)) return value.map(deepSafe);
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [terminalText(key, { oneLine: true }), deepSafe(inner)]));
  }
  return value;
}
