/** Picks a report format from --format or the -o extension, renders, and writes it. */
import { quote, UsageError } from '../errors.ts';
import { formatFromPath, reportFormats, type ReportFormat } from '../render/format.ts';
import { renderJson } from '../render/json.ts';
import type { Report } from '../contracts/report.ts';
import type { CommandContext } from './context.ts';
import { appendResult, checkOutputPath, writeResult } from './output.ts';
import { warn } from './commands/warn.ts';

const extensions: Record<ReportFormat, string> = { text: '.txt', json: '.json', md: '.md', html: '.html', csv: '.csv', junit: '.xml' };

/** --format, else the format the -o extension implies among those the command writes (`allowed`), else text. */
export function resolveFormat<F extends ReportFormat = ReportFormat>(format: F | undefined, output: string | undefined, allowed: readonly F[] = reportFormats as readonly ReportFormat[] as readonly F[]): F {
  if (format) return format;
  if (!output || output === '-') return 'text' as F;
  const fromPath = formatFromPath(output);
  if (fromPath === undefined || !(allowed as readonly ReportFormat[]).includes(fromPath)) {
    const names = allowed.map((name) => extensions[name]);
    throw new UsageError(
      `cannot tell the report format from the name ${quote(output)}${fromPath === undefined ? '' : ` (${fromPath} is not a format of this command)`}`,
      `use a ${names.slice(0, -1).join(', ')} or ${names.at(-1)} extension, or pass --format ${allowed.join('|')}`,
    );
  }
  return fromPath as F;
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

/** Where the Markdown summary goes: --summary-file, else $GITHUB_STEP_SUMMARY with --summary; checked before any work. */
export async function summaryTarget(context: CommandContext, options: { summaryFile?: string | undefined; summary?: boolean | undefined }): Promise<string | undefined> {
  if (options.summaryFile !== undefined) {
    if (options.summaryFile === '-') throw new UsageError('--summary-file needs a file name (the report itself goes to stdout)');
    await checkOutputPath(options.summaryFile, '--summary-file');
    return options.summaryFile;
  }
  if (options.summary !== true) return undefined;
  const path = context.env.GITHUB_STEP_SUMMARY;
  if (path === undefined || path === '') {
    warn(context, '--summary: $GITHUB_STEP_SUMMARY is not set (it is, inside a GitHub Actions step), so no summary was written; --summary-file <file> names a file');
    return undefined;
  }
  await checkOutputPath(path, '$GITHUB_STEP_SUMMARY');
  return path;
}

/** Appends the report's Markdown summary to `path`, after a blank line. */
export async function appendSummary(report: Report, path: string): Promise<void> {
  const { renderMarkdownSummary } = await import('../render/render.ts');
  await appendResult(`${renderMarkdownSummary(report)}\n`, path);
}
