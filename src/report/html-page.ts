/** The frame of the comparison and team HTML files: one self-contained page, inline CSS only. */
import { escapeHtml as h } from './html-escape.ts';
import { HTML_STYLE } from './html-style.ts';
import { VIEWS_STYLE } from './html-style-views.ts';

/** A complete page around `body`, with the shared stylesheet. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${HTML_STYLE}${VIEWS_STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
