/**
 * The one order of team reports that does not depend on the order they were given
 * in: newest first, and between two reports of the same moment, by their content
 * (then by file), so that every choice the team view makes between reports (the
 * newest report of a person, the rubric set's title and column order) comes out
 * the same for any order of the arguments.
 */
import { compareIds } from '../assessment/compare.ts';
import type { TeamReport } from './team-report.ts';

export function newestFirst(a: { report: TeamReport; source?: string | null }, b: { report: TeamReport; source?: string | null }): number {
  return (
    compareIds(b.report.generatedAt, a.report.generatedAt) ||
    compareIds(JSON.stringify(a.report), JSON.stringify(b.report)) ||
    compareIds(a.source ?? '', b.source ?? '')
  );
}
