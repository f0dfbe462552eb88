/** Wording shared by the text, Markdown and HTML comparisons. Plain strings: each renderer escapes them. */
import { OPENED_CAUSES, type Comparison, type OpenedCause } from '../../contracts/comparison.ts';
import { formatLevel, formatScore, plural } from '../report/phrases.ts';

/** A change with its sign: +1.5, −0.5, ±0. */
export function signed(value: number | null, format: (value: number) => string = formatLevel): string {
  if (value === null) return '';
  if (value === 0) return '±0';
  return value > 0 ? `+${format(value)}` : `−${format(-value)}`;
}

export function levelOrNone(level: number | null): string {
  return level === null ? 'not assessed' : formatLevel(level);
}

export function comparisonTitle(comparison: Comparison): string {
  const subject = comparison.new.subject ?? comparison.old.subject;
  const base = `What moved: ${comparison.old.generatedAt.slice(0, 10)} → ${comparison.new.generatedAt.slice(0, 10)}`;
  return subject === null ? base : `${base} (${subject})`;
}

/** "old: history #1, AI/ML Systems Engineer rubrics 1.0.0" */
export function sideLine(label: 'old' | 'new', comparison: Comparison): string {
  const side = comparison[label];
  return `${label}: ${side.source}, ${side.rubricSet.title} rubrics ${side.rubricSet.version}${side.complete ? '' : ' (incomplete)'}`;
}

/** Said when the two reports come from different rubric sets (or versions of one); null when they do not. */
export function rubricSetNote(comparison: Comparison): string | null {
  if (comparison.sameRubricSet) return null;
  const shared = comparison.moved.length + comparison.unchanged;
  return `The reports come from different rubric sets (or versions): compared on the ${plural(shared, 'competency', 'competencies')} they share.`;
}

export function stageLine(comparison: Comparison): string {
  const { from, to, change } = comparison.stage;
  if (change === 'same') return `Stage: ${to.title} (unchanged)`;
  const steps = Math.abs(to.index - from.index);
  return `Stage: ${from.title} → ${to.title} (${change} ${plural(steps, 'stage')})`;
}

export function overallLine(comparison: Comparison): string {
  const { old, new: now, change } = comparison.overall;
  const delta = change === null ? '' : ` (${signed(change, formatScore)})`;
  return `Overall score: ${formatScore(old)} → ${formatScore(now)}${delta}`;
}

export function movedHeading(comparison: Comparison): string {
  if (comparison.moved.length === 0) return `Competencies: none moved (${comparison.unchanged} unchanged)`;
  return `Competencies that moved: ${comparison.moved.length} (${comparison.unchanged} unchanged)`;
}

/** "level 2 → 3 (+1)", or "not assessed → 2". */
export function moveText(move: Comparison['moved'][number]): string {
  const delta = move.change === null ? '' : ` (${signed(move.change)})`;
  return `${levelOrNone(move.old)} → ${levelOrNone(move.new)}${delta}`;
}

export function closedText(gap: Comparison['gapsClosed'][number]): string {
  return `${gap.title}: now ${formatLevel(gap.level)}, the old report expected ${formatLevel(gap.expected)}`;
}

type Opened = Comparison['gapsOpened'][number];

/** One opened gap, with the number its cause is about: the expectation that rose, or the level that fell. */
export function openedText(gap: Opened): string {
  switch (gap.cause) {
    case 'target-raised':
      return `${gap.title}: level ${formatLevel(gap.level)}, now expected ${formatLevel(gap.expected)} (was ${formatLevel(gap.oldExpected)})`;
    case 'level-dropped':
      return `${gap.title}: level ${formatLevel(gap.level)} (was ${levelOrNone(gap.oldLevel)}), expected ${formatLevel(gap.expected)}`;
    case 'newly-assessed':
      return `${gap.title}: level ${formatLevel(gap.level)}, expected ${formatLevel(gap.expected)}`;
  }
}

const OPENED_HEADINGS: Record<OpenedCause, string> = {
  'target-raised': 'New at the next stage (it expects more; your level did not drop)',
  'level-dropped': 'Lower than before',
  'newly-assessed': 'Not assessed before',
};

/** The opened gaps in groups by cause, in OPENED_CAUSES order; empty groups left out. */
export function openedGroups(comparison: Comparison): { cause: OpenedCause; heading: string; gaps: Opened[] }[] {
  return OPENED_CAUSES.flatMap((cause) => {
    const gaps = comparison.gapsOpened.filter((gap) => gap.cause === cause);
    return gaps.length === 0 ? [] : [{ cause, heading: `${OPENED_HEADINGS[cause]}: ${gaps.length}`, gaps }];
  });
}

/** "Only in the old report: 2 competencies (A, B); category X" or null when nothing is one-sided. */
export function onlyInLine(comparison: Comparison, label: 'old' | 'new'): string | null {
  const only = label === 'old' ? comparison.onlyInOld : comparison.onlyInNew;
  const parts: string[] = [];
  if (only.categories.length > 0) parts.push(`${plural(only.categories.length, 'category', 'categories')} (${only.categories.map((item) => item.title).join(', ')})`);
  if (only.competencies.length > 0) parts.push(`${plural(only.competencies.length, 'competency', 'competencies')} (${only.competencies.map((item) => item.title).join(', ')})`);
  return parts.length === 0 ? null : `Only in the ${label} report: ${parts.join('; ')}`;
}

export function gapsNote(comparison: Comparison): string {
  const { old, new: now } = comparison;
  if (old.target.id === now.target.id) return `Gaps are measured against ${now.target.title} in both reports.`;
  return `Gaps are measured against ${old.target.title} in the old report and ${now.target.title} in the new one.`;
}

/** A category's title from either report (moved competencies belong to shared categories as a rule, not always). */
export function categoryTitleIn(comparison: Comparison, id: string): string {
  const all = [...comparison.categories, ...comparison.onlyInNew.categories, ...comparison.onlyInOld.categories];
  return all.find((category) => category.id === id)?.title ?? id;
}
