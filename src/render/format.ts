/** The report formats the tool can write, and the one a file name implies. */
import { extname } from 'node:path/posix';

export const reportFormats = ['text', 'json', 'md', 'html'] as const;
export type ReportFormat = (typeof reportFormats)[number];

const byExtension: Record<string, ReportFormat> = {
  '.json': 'json',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
};

/** The format implied by a file name's extension (case-insensitive), or undefined when it implies none. */
export function formatFromPath(path: string): ReportFormat | undefined {
  // Windows paths use backslashes; the posix extname would see them as part of the name.
  return byExtension[extname(path.replaceAll('\\', '/')).toLowerCase()];
}
