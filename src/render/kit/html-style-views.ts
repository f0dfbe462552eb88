/** Styles of the comparison and team HTML files, added after the report's stylesheet. */
export const VIEWS_STYLE = `
.up, .num.up { color: #1a7f37; }
.down, .num.down { color: var(--bad); }
.moves, .stages { max-width: 100%; height: auto; display: block; margin: 1rem 0; }
.moves .label, .stages .label { font-size: 12px; fill: var(--ink); }
.moves .tick, .stages .tick { stroke: var(--line); }
.moves .tick-label, .stages .tick-label { font-size: 10px; fill: var(--muted); }
.moves .move line { stroke-width: 3; }
.moves .up line { stroke: #1a7f37; }
.moves .down line { stroke: var(--bad); }
.moves circle.old { fill: #fff; stroke: var(--muted); stroke-width: 2; }
.moves circle.new { fill: var(--accent); }
.stages rect { fill: var(--accent); }
.stages .count { font-size: 12px; fill: var(--ink); }
.heatmap-wrap { overflow-x: auto; }
table.heatmap { font-size: .8rem; border-collapse: separate; border-spacing: 1px; }
table.heatmap th, table.heatmap td { border: 0; padding: .15rem .3rem; }
table.heatmap thead th { text-align: center; font-weight: 600; color: var(--muted); }
table.heatmap td { text-align: center; min-width: 1.7rem; font-variant-numeric: tabular-nums; }
table.heatmap tbody th, table.heatmap td.who { white-space: nowrap; text-align: left; }
table.heatmap td.below { outline: 2px solid var(--bad); outline-offset: -2px; }
.l0 { background: #f6f8fa; }
.l1 { background: #ddf4ff; }
.l2 { background: #b6e3ff; }
.l3 { background: #54aeff; }
.l4 { background: #0969da; color: #fff; }
.na { background: #fff; color: var(--muted); }
.key { display: inline-block; width: 1.7rem; text-align: center; margin-right: .25rem; }
@media print {
  .heatmap-wrap { overflow: visible; }
  table.heatmap td, .key, .stages rect, .moves circle.new { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  table.heatmap thead { display: table-header-group; }
  table.heatmap tr { break-inside: avoid; }
}
`;
