/** The JSON report: the contract in `schema.ts`, pretty-printed with a trailing newline. */
import type { Report } from '../../contracts/report.ts';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
