import { UsageError } from '../../errors.ts';
import { readReportFile } from '../../io/read-report.ts';
import type { CommandContext } from '../context.ts';
import { checkOutputPath, sameFile } from '../output.ts';
import { appendSummary, resolveFormat, summaryTarget, writeReport } from '../report-output.ts';
import type { ReportOptions } from '../specs.ts';

export async function reportCommand(context: CommandContext, file: string, options: ReportOptions): Promise<void> {
  resolveFormat(options.format, options.output);
  if (sameFile(context.cwd, file, options.output)) throw new UsageError(`-o ${options.output} would overwrite the report it reads`, 'write to another file');
  if (options.output !== undefined) await checkOutputPath(options.output);
  const summaryPath = await summaryTarget(context, options);
  const { report } = await readReportFile(file, context.stdin);
  await writeReport(context, report, options);
  if (summaryPath !== undefined) await appendSummary(report, summaryPath);
}
