import { calibrate } from '../../compare/calibrate.ts';
import { UsageError } from '../../errors.ts';
import { readReportFile } from '../../io/read-report.ts';
import { viewFormats } from '../../render/format.ts';
import { renderCalibration } from '../../render/calibrate/render-calibration.ts';
import type { CommandContext } from '../context.ts';
import { checkOutputPath, sameFile, writeResult } from '../output.ts';
import { resolveFormat } from '../report-output.ts';
import type { CalibrateOptions } from '../specs.ts';

export async function calibrateCommand(context: CommandContext, files: string[], options: CalibrateOptions): Promise<void> {
  const format = resolveFormat(options.format, options.output, viewFormats);
  if (files.filter((file) => file === '-').length > 1) throw new UsageError('only one report can come from stdin ("-")');
  const overwritten = files.find((file) => sameFile(context.cwd, file, options.output));
  if (overwritten !== undefined) throw new UsageError(`-o ${options.output} would overwrite the report ${overwritten} it reads`, 'write to another file');
  if (options.output !== undefined) await checkOutputPath(options.output);
  const reports = [];
  for (const file of files) reports.push(await readReportFile(file, context.stdin));
  const calibration = calibrate(reports, context.version);
  const toStdout = !options.output || options.output === '-';
  const color = toStdout && context.color;
  const width = toStdout ? context.stdout.columns : undefined;
  const text = renderCalibration(calibration, format, width === undefined ? { color } : { color, width: Math.min(width, 120) });
  // Ratings describe a person: files are the owner's alone to read.
  await writeResult(context, text, options.output, 0o600);
}
