/**
 * The summary a report leads with, worded once for every format: where you stand,
 * the stage rule in one sentence with your numbers, how sure a quick or partial run
 * is, and the shortest path to the next stage. Plain strings: renderers escape them.
 */
import { formatPercent, formatYears, plural } from './phrases.ts';
import type { Report } from '../../contracts/report.ts';

/** The path steps a summary lists before saying how many more there are. */
export const SUMMARY_PATH_STEPS = 8;

function nearMissClause(credit: number): string {
  if (credit <= 0) return '';
  if (credit === 0.5) return ' (one level short counts half)';
  if (credit >= 1) return ' (one level short counts as met)';
  return ` (one level short counts ${formatPercent(credit)})`;
}

/**
 * "Senior AI/ML Engineer needs 80% of its expectations met (one level short counts
 * half) and none more than two levels short; you meet 62%." Null at the top stage.
 */
export function ruleSentence(report: Report): string | null {
  const next = report.nextStage;
  if (next === null) return null;
  const { coverage, maxShortfall, nearMissCredit } = report.attainment;
  const shortfall = maxShortfall === 0 ? 'none below it' : `none more than ${plural(maxShortfall, 'level')} short`;
  return `${next.title} needs ${formatPercent(coverage)} of its expectations met${nearMissClause(nearMissCredit)} and ${shortfall}; you meet ${formatPercent(next.readiness)}.`;
}

/** What a quick or partial run can and cannot say yet; null when the stage is settled by a complete run. */
export function boundsSentence(report: Report): string | null {
  const { bounds } = report.stage;
  const partial =
    report.scope.only === null ? '' : `Measured on ${report.scope.only.join(', ')} only: a stage from part of the rubrics is a partial view. `;
  const settled = boundsOnly(report);
  if (settled === null) return partial === '' ? null : partial.trimEnd();
  return `${partial}${settled}`;
}

function boundsOnly(report: Report): string | null {
  const { bounds } = report.stage;
  if (bounds.open === 0) return null;
  const questions = plural(bounds.open, 'more question');
  if (bounds.certain) return `The ${questions} of a full run could not change this stage.`;
  const title = (bound: typeof bounds.low) => (bound.met ? bound.title : `below ${bound.title}`);
  const shown = new Set([report.stage.id, ...report.stage.alsoMet.map((other) => other.id)]);
  const others = (bounds.possible ?? [bounds.low, bounds.high]).filter((bound) => !(bound.met === report.stage.met && shown.has(bound.id)));
  const possibly = others.length > 0 ? `possibly ${others.map(title).join(' or ')}` : 'another path at this height may be met too';
  return `Not settled: ${possibly} — a full run could place you anywhere from ${title(bounds.low)} to ${title(bounds.high)}; ${questions} would settle it (run it without --quick, or with --adaptive to be asked only those that can).`;
}

export interface SummaryPath {
  heading: string;
  steps: { text: string; action: string | null }[];
  /** Steps left out of the summary (they are in the gaps below). */
  more: number;
}

/** The shortest path to the next stage, one entry per competency; null at the top or when none can be given. */
export function summaryPath(report: Report): SummaryPath | null {
  const next = report.nextStage;
  if (next === null || next.path.length === 0) return null;
  const levels = next.path.reduce((sum, step) => sum + step.to - step.from, 0);
  const steps = next.path.slice(0, SUMMARY_PATH_STEPS).map((step) => ({ text: `${step.title} ${step.from} → ${step.to}`, action: step.action }));
  return {
    heading: `Shortest path to ${next.title} (${plural(levels, 'level')} in ${plural(next.path.length, 'competency', 'competencies')})`,
    steps,
    more: next.path.length - steps.length,
  };
}

/** Said instead of a stage when the run's scope carries no weight (e.g. --only background). */
export function unweightedScopeNote(report: Report): string | null {
  if (report.scope.weighted) return null;
  return 'No stage: every competency in this scope is context only (weight 0), so it cannot place you on the ladder. Run without --only, or add a weighted category.';
}

/** The stage's title, and the other stage met as high on the ladder when both paths are met. */
export function stageTitles(report: Report): string {
  return [report.stage.title, ...report.stage.alsoMet.map((other) => other.title)].join(' and ');
}

/** The years and the first salary range, for the summary's second line. */
export function stageFacts(report: Report, salaryText: (salary: Report['stage']['salaries'][number]) => string): string {
  const first = report.stage.salaries[0];
  return [formatYears(report.stage.years), ...(first === undefined ? [] : [salaryText(first)])].join(' · ');
}

/** "Another path: Director of AI/ML Engineering (54% of its expectations met)." Null when only one stage follows. */
export function otherPathsSentence(report: Report): string | null {
  const others = report.nextStage?.alternatives ?? [];
  if (others.length === 0) return null;
  const list = others.map((other) => `${other.title} (${formatPercent(other.readiness)} of its expectations met)`).join(', ');
  return `${others.length === 1 ? 'Another path' : 'Other paths'} from here: ${list}.`;
}

/** Said at the top instead of the rule: the top of the ladder, or of one of its paths. */
export function topSentence(report: Report): string {
  if (report.stage.alsoMet.length > 0) return `${stageTitles(report)}: the top of every path of this ladder.`;
  return `${stageTitles(report)}: no stage follows it on this ladder.`;
}
