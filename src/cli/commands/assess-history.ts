/** Keeps a finished report in the history. Failing to is a warning: the report itself is already out. */
import { describeFsError } from '../../io/fs-error.ts';
import { historyDir, ratingsDir, recordReport } from '../../io/record-report.ts';
import type { Report } from '../../contracts/report.ts';
import type { CliContext } from '../context.ts';
import { warn } from './warn.ts';

export async function keepInHistory(context: CliContext, report: Report): Promise<void> {
  // A rating of someone else's work is not the rater's own history (nor the subject's, on the rater's machine).
  const ofOther = report.rater !== undefined && report.rater.role !== 'self';
  const dir = ofOther ? ratingsDir(context.env, context.home) : historyDir(context.env, context.home);
  try {
    await recordReport(dir, report);
  } catch (error) {
    warn(context, { file: dir, message: `the report was not kept in the ${ofOther ? 'ratings' : 'history'}: ${describeFsError(error, 'writing')}`, hint: 'check the directory, or pass --no-history' });
  }
}
