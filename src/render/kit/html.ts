/** The HTML kit: sections, lists, links and the resource item. Every argument named `html` is markup already escaped. */
import { escapeHtml as h } from './html-escape.ts';
import { safeUrl, type ResourceLike } from './links.ts';

/**
 * A section labelled by its heading: parts on lines of their own, or `inline`
 * all on one line. `headingClass` gives the heading a class attribute.
 */
export function htmlSection(id: string, headingHtml: string, parts: readonly string[], options: { inline?: boolean; headingClass?: string } = {}): string {
  const heading = `<h2 id="${id}"${options.headingClass === undefined ? '' : ` class="${options.headingClass}"`}>${headingHtml}</h2>`;
  return [`<section aria-labelledby="${id}">`, heading, ...parts, '</section>'].join(options.inline ? '' : '\n');
}

/** A bulleted list of items given as markup. */
export function htmlList(itemsHtml: readonly string[], className?: string): string {
  const attribute = className === undefined ? '' : ` class="${className}"`;
  return `<ul${attribute}>${itemsHtml.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** A link that leaves nothing behind it: no referrer, no opener. */
function htmlLink(url: string, textHtml: string): string {
  return `<a href="${h(url)}" rel="noopener noreferrer">${textHtml}</a>`;
}

/** "Title (kind)", the title linked when the resource has an https address. */
export function htmlResource(resource: ResourceLike): string {
  const url = safeUrl(resource.url);
  const title = h(resource.title);
  return `${url === undefined ? title : htmlLink(url, title)} (${h(resource.kind)})`;
}

/**
 * The frame of an inline SVG chart: named by its class, labelled by a title and a
 * description (markup) for screen readers, with its size and a data attribute
 * that says how many rows, bars or axes it draws.
 */
export function svgChart(
  name: string,
  size: { width: number; height: number },
  data: { name: string; value: number },
  labels: { titleHtml: string; descHtml: string },
  parts: readonly string[],
): string {
  const { width, height } = size;
  return [
    `<svg class="${name}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${name}-title ${name}-desc" data-${data.name}="${data.value}">`,
    `<title id="${name}-title">${labels.titleHtml}</title>`,
    `<desc id="${name}-desc">${labels.descHtml}</desc>`,
    ...parts,
    '</svg>',
  ].join('\n');
}
