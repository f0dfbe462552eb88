import { readReportFile } from '../../io/read-report.ts';
import type { CommandContext } from '../context.ts';
import { checkOutputs } from '../output.ts';
import { appendSummary, resolveFormat, summaryTarget, writeReport } from '../report-output.ts';
import type { ReportOptions } from '../specs.ts';

export async function reportCommand(context: CommandContext, file: string, options: ReportOptions): Promise<void> {
  resolveFormat(options.format, options.output);
  await checkOutputs(context, [{ flag: '-o', path: options.output }, { flag: '--summary-file', path: options.summaryFile }], [{ path: file, what: 'the report' }]);
  const summaryPath = await summaryTarget(context, options);
  const { report } = await readReportFile(file, context.stdin);
  await writeReport(context, report, options);
  if (summaryPath !== undefined) await appendSummary(report, summaryPath);
}
