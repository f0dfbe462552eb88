/** The terminal kit: colour and width set-up, bar rows, and the resource line. Wrapping is in text-layout.ts, tables in table.ts. */
import { Chalk, type ChalkInstance } from 'chalk';
import { safeUrl, type ResourceLike } from './links.ts';
import { blockBar, truncate } from './text-layout.ts';

/** What every text renderer takes: colour on or off, and the width to wrap to. */
export interface TextOptions {
  color: boolean;
  width?: number;
}

const DEFAULT_TEXT_WIDTH = 80;
const MIN_TEXT_WIDTH = 40;

/** A private chalk instance (the global one guesses colour support from the environment) and the width, never below 40. */
export function textSetup(options: TextOptions): { c: ChalkInstance; width: number } {
  return { c: new Chalk({ level: options.color ? 1 : 0 }), width: Math.max(MIN_TEXT_WIDTH, Math.floor(options.width ?? DEFAULT_TEXT_WIDTH)) };
}

/** "Title (kind) https://…": the link underlined, and only when it is https. */
export function resourceText(resource: ResourceLike, c: ChalkInstance): string {
  const url = safeUrl(resource.url);
  return `${resource.title} (${resource.kind})${url === undefined ? '' : ` ${c.underline(url)}`}`;
}

/** One row of a bar chart: `share` 0–1 of the bar full, or null for a row without a bar (its value shown dim). */
interface BarRow {
  label: string;
  share: number | null;
  value: string;
}

/** Labels (cut to 40% of the width), bars of 10–40 cells, and the values right-aligned to `valueWidth`. */
export function barRows(rows: readonly BarRow[], options: { width: number; c: ChalkInstance; fill: ChalkInstance; valueWidth: number }): string[] {
  const { width, c, fill, valueWidth } = options;
  const labelWidth = Math.min(Math.max(...rows.map((row) => row.label.length)), Math.floor(width * 0.4));
  const barWidth = Math.max(10, Math.min(40, width - labelWidth - 12));
  return rows.map((row) => {
    const label = truncate(row.label, labelWidth).padEnd(labelWidth);
    if (row.share === null) return `  ${label}  ${c.dim(row.value)}`;
    const bar = blockBar(row.share, barWidth);
    return `  ${label}  ${fill(bar.full)}${c.dim(bar.empty)}  ${row.value.padStart(valueWidth)}`;
  });
}
