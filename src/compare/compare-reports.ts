/**
 * What moved between two reports: the stage, the overall and category scores,
 * every competency whose level changed, and the gaps closed and opened. Reports
 * from different rubric sets are compared on what they share; the rest is listed.
 */
import { compareIds } from '../assessment/compare.ts';
import { roundTo } from '../assessment/round.ts';
import type { NamedReport } from '../contracts/report-refs.ts';
import type { Report } from '../contracts/report.ts';
import { COMPARE_SCHEMA_VERSION } from '../contracts/limits.ts';
import { OPENED_CAUSES, type Comparison, type OpenedCause } from '../contracts/comparison.ts';

type Ref = { id: string; title: string };

function side({ source, report }: NamedReport): Comparison['old'] {
  return {
    source,
    generatedAt: report.generatedAt,
    subject: report.subject,
    rubricSet: { ...report.rubricSet },
    stage: { id: report.stage.id, title: report.stage.title, index: report.stage.index },
    target: { id: report.target.id, title: report.target.title },
    overall: report.overall.score,
    complete: report.complete,
  };
}

function change(before: number | null, after: number | null, digits: number): number | null {
  return before === null || after === null ? null : roundTo(after - before, digits);
}

/** Items of `a` whose id is not in `b`, as id and title. */
function missingFrom(a: readonly Ref[], b: readonly Ref[]): Ref[] {
  const ids = new Set(b.map((item) => item.id));
  return a.filter((item) => !ids.has(item.id)).map(({ id, title }) => ({ id, title }));
}

function moved(before: Report, after: Report): { moved: Comparison['moved']; unchanged: number } {
  const old = new Map(before.competencies.map((competency) => [competency.id, competency]));
  const list: Comparison['moved'] = [];
  let unchanged = 0;
  for (const competency of after.competencies) {
    const previous = old.get(competency.id);
    if (previous === undefined) continue;
    if (previous.level === competency.level) {
      unchanged += 1;
      continue;
    }
    list.push({
      id: competency.id,
      title: competency.title,
      category: competency.category,
      old: previous.level,
      new: competency.level,
      change: change(previous.level, competency.level, 2),
    });
  }
  // Largest moves first (up or down); newly assessed or no longer assessed ones last.
  list.sort((a, b) => Math.abs(b.change ?? -1) - Math.abs(a.change ?? -1) || compareIds(a.id, b.id));
  return { moved: list, unchanged };
}

/** Why a gap the old report did not have is in the new one: a lower level, a higher expectation, or a first measurement. */
function openedCause(oldLevel: number | null, level: number): OpenedCause {
  if (oldLevel === null) return 'newly-assessed';
  return level < oldLevel ? 'level-dropped' : 'target-raised';
}

/**
 * Closed: an old gap whose new level reaches what the old report expected (a gap
 * that only vanished because the target moved down is not closed). Opened: a gap
 * of the new report that the old one did not have, with its cause, so that a gap
 * that is only there because the next stage expects more never reads as a drop.
 * Opened gaps are grouped by cause (OPENED_CAUSES order), the new report's order within each.
 */
function gapChanges(before: Report, after: Report): Pick<Comparison, 'gapsClosed' | 'gapsOpened'> {
  const old = new Map(before.competencies.map((competency) => [competency.id, competency]));
  const levelNow = new Map(after.competencies.map((competency) => [competency.id, competency.level]));
  const oldGaps = new Set(before.gaps.map((gap) => gap.competency));
  const opened: Comparison['gapsOpened'] = after.gaps.flatMap((gap) => {
    const previous = old.get(gap.competency);
    if (previous === undefined || oldGaps.has(gap.competency)) return [];
    return [
      {
        id: gap.competency,
        title: gap.title,
        level: gap.level,
        expected: gap.expected,
        oldLevel: previous.level,
        oldExpected: previous.expected,
        cause: openedCause(previous.level, gap.level),
      },
    ];
  });
  return {
    gapsClosed: before.gaps.flatMap((gap) => {
      const level = levelNow.get(gap.competency);
      if (level === undefined || level === null || level < gap.expected) return [];
      return [{ id: gap.competency, title: gap.title, level, expected: gap.expected }];
    }),
    gapsOpened: OPENED_CAUSES.flatMap((cause) => opened.filter((gap) => gap.cause === cause)),
  };
}

export function compareReports(before: NamedReport, after: NamedReport, toolVersion: string): Comparison {
  const a = before.report;
  const b = after.report;
  const oldCategories = new Map(a.categories.map((category) => [category.id, category]));
  const from = side(before).stage;
  const to = side(after).stage;
  return {
    schemaVersion: COMPARE_SCHEMA_VERSION,
    tool: { name: 'ml-career', version: toolVersion },
    old: side(before),
    new: side(after),
    sameRubricSet: a.rubricSet.id === b.rubricSet.id && a.rubricSet.version === b.rubricSet.version && a.rubricSet.digest === b.rubricSet.digest,
    stage: { from, to, change: to.index > from.index ? 'up' : to.index < from.index ? 'down' : 'same' },
    overall: { old: a.overall.score, new: b.overall.score, change: change(a.overall.score, b.overall.score, 1) },
    categories: b.categories.flatMap((category) => {
      const previous = oldCategories.get(category.id);
      if (previous === undefined) return [];
      return [{ id: category.id, title: category.title, old: previous.score, new: category.score, change: change(previous.score, category.score, 1) }];
    }),
    ...moved(a, b),
    ...gapChanges(a, b),
    onlyInOld: { categories: missingFrom(a.categories, b.categories), competencies: missingFrom(a.competencies, b.competencies) },
    onlyInNew: { categories: missingFrom(b.categories, a.categories), competencies: missingFrom(b.competencies, a.competencies) },
  };
}
