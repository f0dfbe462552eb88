/** Making arbitrary text inert in CommonMark (and GitHub-flavoured tables). */
import { terminalText } from '../../parse/terminal-text.ts';

// Characters that can start emphasis, code, links, raw HTML, strikethrough or a heading's
// closing sequence, or end a table cell. Parentheses and "!" only matter next to "[" or "]",
// which are escaped, so they stay readable.
const SPECIAL = /[\\`*_[\]<>#|~]/g;
// "&" only matters when it would start an entity such as "&amp;".
const ENTITY_START = /&(?=#?[a-z0-9]+;)/gi;

/**
 * `text` as literal inline Markdown: control characters shown (terminal-text.ts), special characters backslash-escaped, line
 * breaks folded into spaces, outer spaces trimmed (indentation could make a code block), and a leading list or heading marker neutralised so
 * that it stays text inside a list item or a table cell.
 */
export function escapeMarkdown(text: string): string {
  const escaped = terminalText(text.trim().replace(/\s*[\r\n]+\s*/g, ' ')).replace(SPECIAL, (char) => `\\${char}`).replace(ENTITY_START, '\\&');
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link destination that cannot end the link early: parentheses, angle brackets and spaces percent-encoded. */
export function escapeLinkDestination(url: string): string {
  return url.replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
