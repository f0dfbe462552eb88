import { UsageError } from '../../errors.ts';
import { readInputFile } from '../../io/read-input.ts';
import type { ReportFormat } from '../../report/format.ts';
import { reportFromDocument } from '../../report/read-report.ts';
import { parseDocument } from '../../rubric/document.ts';
import type { CliContext } from '../context.ts';
import { checkOutputPath, sameFile } from '../output.ts';
import type { GlobalOptions } from '../program.ts';
import { resolveFormat, writeReport } from '../report-output.ts';

const MAX_REPORT_BYTES = 8 * 1024 * 1024;

export async function reportCommand(
  context: CliContext,
  globals: GlobalOptions,
  file: string,
  options: { format?: ReportFormat; output?: string },
): Promise<void> {
  resolveFormat(options.format, options.output);
  if (sameFile(context.cwd, file, options.output)) throw new UsageError(`-o ${options.output} would overwrite the report it reads`, 'write to another file');
  if (options.output !== undefined) await checkOutputPath(options.output);
  const bytes = await readInputFile(file, { maxBytes: MAX_REPORT_BYTES, label: 'report' });
  const report = reportFromDocument(parseDocument(bytes, file === '-' ? '<stdin>' : file, { maxBytes: MAX_REPORT_BYTES }));
  await writeReport(context, globals, report, options);
}
