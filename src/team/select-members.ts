/**
 * Which reports make up the team: those of the rubric set most of them use (a
 * report of another set is foreign to the others), one per named person (the newest).
 */
import { quote, type Problem } from '../errors.ts';
import { compareIds } from '../assessment/compare.ts';
import { newestFirst } from './report-order.ts';
import type { TeamReport } from './team-report.ts';

export interface SourcedReport {
  source: string;
  report: TeamReport;
}

interface Selection {
  members: SourcedReport[];
  skipped: Problem[];
}

function majoritySet(reports: readonly SourcedReport[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { report } of reports) counts.set(report.rubricSet.id, (counts.get(report.rubricSet.id) ?? 0) + 1);
  let best: string | undefined;
  // A tie goes to the set whose id sorts first, whatever the order the reports were given in.
  for (const [id, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && compareIds(id, best) < 0)) best = id;
  return best;
}

export function selectMembers(reports: readonly SourcedReport[]): Selection {
  const set = majoritySet(reports);
  const skipped: Problem[] = [];
  const newest = new Map<string, SourcedReport>();
  const members: SourcedReport[] = [];
  for (const entry of reports) {
    const { report, source } = entry;
    if (report.rubricSet.id !== set) {
      skipped.push({ file: source, message: `a report of rubric set ${quote(report.rubricSet.id)}, while the team's reports are of ${quote(set ?? '')}`, hint: 'aggregate each rubric set separately' });
      continue;
    }
    if (report.subject === null) {
      members.push(entry);
      continue;
    }
    const seen = newest.get(report.subject);
    if (seen === undefined) {
      newest.set(report.subject, entry);
      continue;
    }
    const [keep, drop] = newestFirst(entry, seen) < 0 ? [entry, seen] : [seen, entry];
    newest.set(report.subject, keep);
    const same = keep.report.generatedAt === drop.report.generatedAt;
    skipped.push({
      file: drop.source,
      message: `${same ? 'another report of the same moment' : 'an older report'} of ${quote(report.subject)} (${same ? 'the one kept' : 'the newer one'} is ${keep.source})`,
      hint: same ? 'one report per person: of two made at the same moment, the same one is kept in every run' : 'one report per person: the newest counts',
    });
  }
  // Back in the order given, so that the result does not depend on which report of a person was newer.
  const position = new Map(reports.map((entry, index) => [entry, index]));
  const all = [...newest.values(), ...members].sort((a, b) => position.get(a)! - position.get(b)!);
  return { members: all, skipped };
}
