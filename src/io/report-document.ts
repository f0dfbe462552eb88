/** Reading a JSON report back (`ml-career report`): checked against the contract, errors located. */
import { DataError } from '../errors.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { problemsFromZod } from '../parse/zod-problems.ts';
import { REPORT_SCHEMA_VERSION, reportSchema, upgradeReportV1, upgradeReportV2, type Report } from '../contracts/report.ts';
import { reportV1Schema } from '../contracts/report-v1.ts';
import { reportV2Schema } from '../contracts/report-v2.ts';

/**
 * The report in `doc`, or a DataError: one that says to upgrade when a newer
 * ml-career wrote it (its fields may have changed meaning), else one located
 * problem per schema failure.
 */
export function reportFromDocument(doc: ParsedDocument): Report {
  const version = schemaVersionOf(doc.data);
  if (version !== undefined && version > REPORT_SCHEMA_VERSION) {
    throw new DataError({
      file: doc.file,
      ...doc.locate(['schemaVersion']),
      path: 'schemaVersion',
      message: `written by a newer ml-career (schema version ${version}); upgrade ml-career to read it`,
      hint: `this ml-career reads schema version ${REPORT_SCHEMA_VERSION}`,
    });
  }
  if (typeof doc.data !== 'object' || doc.data === null || !('schemaVersion' in doc.data)) throw notAReport(doc);
  if (version === 1) {
    // Reports of earlier versions are read as they were written, then upgraded.
    const old = reportV1Schema.safeParse(doc.data);
    if (!old.success) throw new DataError(problemsFromZod(old.error, doc, reportV1Schema));
    return upgradeReportV1(old.data);
  }
  if (version === 2) {
    const old = reportV2Schema.safeParse(doc.data);
    if (!old.success) throw new DataError(problemsFromZod(old.error, doc, reportV2Schema));
    return upgradeReportV2(old.data);
  }
  const result = reportSchema.safeParse(doc.data);
  if (!result.success) throw new DataError(problemsFromZod(result.error, doc, reportSchema));
  return result.data;
}

/** Without a schemaVersion, listing every missing field would bury the real mistake: the wrong file. */
function notAReport(doc: ParsedDocument): DataError {
  const looksLikeAnswers = typeof doc.data === 'object' && doc.data !== null && 'answers' in doc.data && !('tool' in doc.data);
  return new DataError({
    file: doc.file,
    ...doc.locate([]),
    message: looksLikeAnswers ? 'this is an answers file, not a report' : 'not an ml-career report (it has no schemaVersion)',
    hint: looksLikeAnswers ? 'score it with `ml-career assess --answers <file>`' : 'give a JSON report written by `ml-career assess --format json`',
  });
}

function schemaVersionOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data)) return undefined;
  const version = data.schemaVersion;
  return typeof version === 'number' ? version : undefined;
}
