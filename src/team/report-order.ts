/**
 * The one order of team reports that does not depend on the order they were given
 * in: newest first, and between two reports of the same moment, by their content
 * (then by file), so that every choice the team view makes between reports (the
 * newest report of a person, the rubric set's title and column order) comes out
 * the same for any order of the arguments.
 */
import { compareIds } from '../assessment/compare.ts';
import type { TeamReport } from './team-report.ts';

interface Sourced {
  report: TeamReport;
  source?: string | null;
}

/** What tells two reports of one moment apart before their whole content: who, and against which rubric set. */
function identity(report: TeamReport): string {
  const { id, version, digest } = report.rubricSet;
  return `${report.subject ?? ''}\u0000${id}\u0000${version}\u0000${digest}`;
}

/**
 * Negative when `a` comes first (is newer, or ties and sorts first by subject and
 * rubric set, then by content). The whole content is compared only when those tie,
 * so a team of many reports of one moment is not serialised report by report.
 */
export function newestFirst(a: Sourced, b: Sourced, content: (entry: Sourced) => string = (entry) => JSON.stringify(entry.report)): number {
  return (
    compareIds(b.report.generatedAt, a.report.generatedAt) ||
    compareIds(identity(a.report), identity(b.report)) ||
    compareIds(content(a), content(b)) ||
    compareIds(a.source ?? '', b.source ?? '')
  );
}

/** `entries` newest first; each report's content is serialised once, however many ties the sort meets. */
export function sortedNewestFirst<T extends Sourced>(entries: readonly T[]): T[] {
  const contents = new Map<Sourced, string>();
  const content = (entry: Sourced): string => {
    let text = contents.get(entry);
    if (text === undefined) contents.set(entry, (text = JSON.stringify(entry.report)));
    return text;
  };
  return [...entries].sort((a, b) => newestFirst(a, b, content));
}
