/** The Markdown kit: lists, tables, links and the resource item, on top of the escaping in markdown-escape.ts. Items and cells are Markdown already escaped. */
import { safeUrl, type ResourceLike } from './links.ts';
import { escapeLinkDestination, escapeMarkdown as md } from './markdown-escape.ts';

/** A bulleted list, each item on its own line after `indent`. */
export function markdownList(items: readonly string[], indent = ''): string {
  return items.map((item) => `${indent}- ${item}`).join('\n');
}

/** A GitHub table: the header, a rule that sets each column's alignment, and the rows. */
export function markdownTable(head: readonly string[], align: readonly ('left' | 'right')[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((side) => (side === 'right' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** A link whose address cannot end it early. */
function markdownLink(url: string, text: string): string {
  return `[${text}](${escapeLinkDestination(url)})`;
}

/** "Title (kind)", the title linked when the resource has an https address. */
export function markdownResource(resource: ResourceLike): string {
  const url = safeUrl(resource.url);
  const title = md(resource.title);
  return `${url === undefined ? title : markdownLink(url, title)} (${md(resource.kind)})`;
}
