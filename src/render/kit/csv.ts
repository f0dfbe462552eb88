/** The CSV kit: RFC 4180 documents (CRLF lines, a header row) whose text cells a spreadsheet cannot run as formulas. */

export type CsvCell = string | number | null;

// A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR, may strip them first).
const FORMULA_START = /^[=+\-@\t\r]/;
// A cell with one of these must be quoted; a quote inside is doubled.
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: null is empty, a number as written, text with a leading `'` when a
 * spreadsheet would take it for a formula (CSV injection), quoted when it must be.
 */
export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replaceAll('"', '""')}"` : inert;
}

/** The header row and the rows, each line ended by CRLF (RFC 4180). */
export function csvDocument(head: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [head, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}
