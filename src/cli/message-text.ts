/**
 * What every message on stderr goes through before it is written (errors, warnings,
 * commander's own messages, what an interactive run says): commands named as the
 * person ran the program, every control character of the data shown visibly, and
 * no line longer than a person can read, whatever value a message quotes.
 */
import { QUOTE_MAX } from '../errors.ts';
import { terminalText } from '../parse/terminal-text.ts';
import { namingInvocation } from './invocation.ts';

/** Longer than any path and message together; only a value quoted whole can reach it. */
const LINE_MAX = 2000;

export function messageText(text: string, invoked: string): string {
  return terminalText(namingInvocation(text, invoked))
    .split('\n')
    .map((line) => (line.length <= LINE_MAX ? line : `${line.slice(0, LINE_MAX - 1)}…`))
    .join('\n');
}

/** commander quotes values in single quotes ("unknown option '--…'"): each cut as our own messages cut theirs. */
export function cutQuotedValues(text: string): string {
  return text.replace(new RegExp(`'([^'\\n]{${QUOTE_MAX + 1},})'`, 'g'), (_match, value: string) => `'${value.slice(0, QUOTE_MAX - 1)}…'`);
}
