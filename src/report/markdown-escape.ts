/** Making arbitrary text inert in CommonMark (and GitHub-flavoured tables). */

// ASCII punctuation that can start emphasis, code, links, HTML, entities, headings or break a table cell.
const SPECIAL = /[\\`*_{}[\]()<>#!|&~]/g;

/**
 * `text` as literal inline Markdown: special characters backslash-escaped, line
 * breaks folded into spaces, and a leading list or heading marker neutralised so
 * that it stays text inside a list item or a table cell.
 */
export function escapeMarkdown(text: string): string {
  const escaped = text.replace(/\s*[\r\n]+\s*/g, ' ').replace(SPECIAL, (char) => `\\${char}`);
  return escaped.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A link destination that cannot end the link early: parentheses, angle brackets and spaces percent-encoded. */
export function escapeLinkDestination(url: string): string {
  return url.replace(/[()<>\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
