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

/** Negative when `a` comes first (is newer, or ties and sorts first by content). */
export function newestFirst(a: Sourced, b: Sourced, content: (entry: Sourced) => string = (entry) => JSON.stringify(entry.report)): number {
  return compareIds(b.report.generatedAt, a.report.generatedAt) || compareIds(content(a), content(b)) || compareIds(a.source ?? '', b.source ?? '');
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
