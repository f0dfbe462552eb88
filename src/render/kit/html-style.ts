/** The HTML report's only stylesheet, inlined so the file stands alone (no fonts, no imports). */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --accent: #0969da; --line: #d1d9e0; --bad: #cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.subtitle, .source, footer { color: var(--muted); }
.note { border-left: 4px solid #bf8700; background: #fff8c5; padding: .5rem .75rem; }
.shortfall { color: var(--bad); font-weight: 600; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
th, td { text-align: left; padding: .3rem .75rem .3rem 0; border-bottom: 1px solid var(--line); vertical-align: middle; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { width: 16rem; max-width: 40vw; height: .8rem; background: #eaeef2; border-radius: .2rem; overflow: hidden; }
.bar > span { display: block; height: 100%; background: var(--accent); }
.radar { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
.radar .ring { fill: none; stroke: var(--line); }
.radar .axis { stroke: var(--line); }
.radar .ring-label { font-size: 10px; fill: var(--muted); }
.radar .labels { font-size: 12px; fill: var(--ink); }
.radar .expected { fill: none; stroke: var(--muted); stroke-width: 2; stroke-dasharray: 6 4; }
.radar .level { fill: rgba(9, 105, 218, .25); stroke: var(--accent); stroke-width: 2; }
.legend { color: var(--muted); font-size: .9rem; }
.not-assessed { color: var(--muted); font-style: italic; }
ol.gaps > li { margin-bottom: 1rem; }
a { color: var(--accent); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section, ol.gaps > li, table, .radar { break-inside: avoid; }
  .bar, .bar > span, .radar .level { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: var(--muted); word-break: break-all; }
}
`;
