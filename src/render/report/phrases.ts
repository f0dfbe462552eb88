/**
 * Wording shared by the text, Markdown and HTML renderers, so that the three say
 * the same thing in the same words. Plain strings: each renderer escapes them.
 */
import type { Report } from '../../contracts/report.ts';

export { safeUrl } from '../kit/links.ts';

type Salary = Report['stage']['salaries'][number];

/** A level with at most two decimals and no trailing zeros: 3, 2.5, 2.67. */
export function formatLevel(level: number): string {
  return String(Number(level.toFixed(2)));
}

/** A 0–100 score with at most one decimal, or "not assessed". */
export function formatScore(score: number | null): string {
  return score === null ? 'not assessed' : String(Number(score.toFixed(1)));
}

/**
 * A 0–1 share as a whole percentage. Rounded down so that a stage that is not met
 * never shows as 100% ready.
 */
export function formatPercent(share: number): string {
  return `${Math.floor(Math.round(share * 1000) / 10)}%`;
}

export function formatYears(years: Report['stage']['years']): string {
  if (years.max === undefined) return `${years.min}+ years`;
  return `${years.min}–${years.max} years`;
}

function formatMoney(amount: number, currency: string): string {
  // Intl throws on a code that is not ISO 4217-shaped; the schema only says "a string".
  if (!/^[A-Z]{3}$/.test(currency)) return `${amount.toLocaleString('en-US')} ${currency}`;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** "US base salary 2024: $136,883 – $172,654" (the source is given separately). */
export function salaryRange(salary: Salary): string {
  const market = salary.currency === 'USD' ? 'US' : salary.currency;
  return `${market} base salary ${salary.year}: ${formatMoney(salary.min, salary.currency)} – ${formatMoney(salary.max, salary.currency)}`;
}

/** The salary range with its source, as one line. */
export function salaryLine(salary: Salary): string {
  return `${salaryRange(salary)} (${salary.source})`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Why a blocker blocks on its own: it is further below than the ladder allows. */
export function shortfallNote(maxShortfall: number): string {
  return `more than ${plural(maxShortfall, 'level')} short`;
}

/** The note shown when the run left questions unanswered; null when it is complete. */
export function incompleteNote(report: Report): string | null {
  if (report.complete) return null;
  return `incomplete: ${plural(report.missing.length, 'question')} unanswered; scores cover what was answered`;
}

export function reportTitle(report: Report): string {
  return report.subject === null ? 'ML career report' : `ML career report for ${report.subject}`;
}

/** Rubric set, scope and date in one line. */
export function reportSubtitle(report: Report): string {
  const parts = [`${report.rubricSet.title} rubrics ${report.rubricSet.version}`];
  if (report.scope.quick) parts.push('quick run');
  if (report.scope.only !== null) parts.push(`only ${report.scope.only.join(', ')}`);
  if (report.track !== null) parts.push(`measured as ${report.track.title}`);
  parts.push(plural(report.scope.questions, 'question'));
  parts.push(report.generatedAt.slice(0, 10));
  return parts.join(' · ');
}

/** Said of the stage when not even the first one is fully met. */
export const STAGE_NOT_MET = 'not yet fully met: some competencies are below even this first stage';

export function categoryTitle(report: Report, categoryId: string): string {
  return report.categories.find((category) => category.id === categoryId)?.title ?? categoryId;
}

/** The answers that carry an evidence note, in the report's order. */
export function evidenceNotes(report: Report): { question: string; note: string }[] {
  return Object.entries(report.answers).flatMap(([question, answer]) =>
    answer.note === undefined || answer.note.trim() === '' ? [] : [{ question, note: answer.note }],
  );
}

/** An evidence answer as text: a list of option ids joined, "none" for an empty list, n/a as such. */
export function evidenceValue(value: Report['evidence'][number]['value']): string {
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}
