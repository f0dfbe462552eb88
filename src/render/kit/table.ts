/** Plain-text table with padded columns, for terminal listings. */
import { terminalText } from '../../parse/terminal-text.ts';

/** The table of `header` and `rows`; every cell made safe for the terminal (see terminal-text.ts). */
export function formatTable(
  header: string[],
  rows: (string | number)[][],
  options: { alignRight?: number[]; separatorBeforeLast?: boolean } = {},
): string {
  const cells = [header, ...rows.map((row) => row.map(String))].map((row) => row.map((cell) => terminalText(cell, { oneLine: true })));
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const right = new Set(options.alignRight ?? []);
  const line = (row: string[]) =>
    row
      .map((cell, column) => (right.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const body = cells.slice(1).map(line);
  if (options.separatorBeforeLast && body.length > 1) body.splice(body.length - 1, 0, rule);
  return `${[line(header), rule, ...body].join('\n')}\n`;
}
