import { readReportFile } from '../../io/read-report.ts';
import type { CommandContext } from '../context.ts';
import { checkOutputs } from '../output.ts';
import { resolveFormat, writeReport } from '../report-output.ts';
import type { ReportOptions } from '../specs.ts';

export async function reportCommand(context: CommandContext, file: string, options: ReportOptions): Promise<void> {
  resolveFormat(options.format, options.output);
  await checkOutputs(context, [{ flag: '-o', path: options.output }], [{ path: file, what: 'the report' }]);
  const { report } = await readReportFile(file, context.stdin);
  await writeReport(context, report, options);
}
