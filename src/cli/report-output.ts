/** Picks a report format from --format or the -o extension, renders, and writes it. */
import { quote, UsageError } from '../errors.ts';
import { formatFromPath, type ReportFormat } from '../render/format.ts';
import { renderJson } from '../render/json.ts';
import type { Report } from '../contracts/report.ts';
import type { CommandContext } from './context.ts';
import { writeResult } from './output.ts';

export function resolveFormat(format: ReportFormat | undefined, output: string | undefined): ReportFormat {
  if (format) return format;
  if (!output || output === '-') return 'text';
  const fromPath = formatFromPath(output);
  if (!fromPath) {
    throw new UsageError(
      `cannot tell the report format from the name ${quote(output)}`,
      'use a .json, .md, .html or .txt extension, or pass --format text|json|md|html',
    );
  }
  return fromPath;
}

export async function writeReport(context: CommandContext, report: Report, options: { format?: ReportFormat | undefined; output?: string | undefined }): Promise<void> {
  const format = resolveFormat(options.format, options.output);
  const toStdout = !options.output || options.output === '-';
  const color = toStdout && context.color;
  const width = toStdout ? context.stdout.columns : undefined;
  // The renderers (chalk, HTML, SVG) are loaded only once there is a report to render, and not
  // for JSON, which needs none of them (the dispatcher renders JSON with this same renderJson).
  const text =
    format === 'json'
      ? renderJson(report)
      : (await import('../render/render.ts')).renderReport(report, format, width === undefined ? { color } : { color, width: Math.min(width, 100) });
  // Reports hold a person's self-assessment: files are theirs alone to read.
  await writeResult(context, text, options.output, 0o600);
}
