/** The report formats the tool can write, and the one a file name implies. */
import { extname } from 'node:path/posix';

/** Every format of a single report: the views, plus the exports for spreadsheets (csv) and CI test reports (junit). */
export const reportFormats = ['text', 'json', 'md', 'html', 'csv', 'junit'] as const;
export type ReportFormat = (typeof reportFormats)[number];

/** The formats of a comparison: the views only. */
export const viewFormats = ['text', 'json', 'md', 'html'] as const satisfies readonly ReportFormat[];

/** The formats of the team view: the views and a spreadsheet of its per-person cells. */
export const teamFormats = ['text', 'json', 'md', 'html', 'csv'] as const satisfies readonly ReportFormat[];

const byExtension: Record<string, ReportFormat> = {
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.csv': 'csv',
  '.xml': 'junit',
};

/** The format implied by a file name's extension (case-insensitive), or undefined when it implies none. */
export function formatFromPath(path: string): ReportFormat | undefined {
  // Windows paths use backslashes; the posix extname would see them as part of the name.
  return byExtension[extname(path.replaceAll('\\', '/')).toLowerCase()];
}
