/** The frame of every HTML file (report, comparison, team): one self-contained page, inline CSS only. */
import { escapeHtml as h } from './html-escape.ts';
import { HTML_STYLE } from './html-style.ts';

/** A complete page around `body`, with the shared stylesheet and any extra rules a view needs. */
export function htmlPage(title: string, body: string, extraStyle = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${HTML_STYLE}${extraStyle}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}
