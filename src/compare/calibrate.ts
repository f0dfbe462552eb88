/**
 * Calibration: one person's work as several raters judged it (self, manager,
 * peers), competency by competency, with a flag where they differ enough to talk
 * about. Refuses reports about different people or rubric sets. Pure.
 */
import { DataError } from '../errors.ts';
import { CALIBRATION_SCHEMA_VERSION } from '../contracts/limits.ts';
import type { Calibration } from '../contracts/calibration.ts';
import type { Report } from '../contracts/report.ts';

export interface RatedReport {
  source: string;
  report: Report;
}

/** A difference of this many levels between self and another rater: talk about it first. */
export const DISCUSS_FIRST_AT = 2;
/** …and of this many: check it. */
export const CHECK_AT = 1;

const ROLE_ORDER = { self: 0, manager: 1, peer: 2 } as const;

export function calibrate(reports: readonly RatedReport[], toolVersion: string): Calibration {
  refuseMixed(reports);
  const raters = [...reports].sort((a, b) => ROLE_ORDER[roleOf(a.report)] - ROLE_ORDER[roleOf(b.report)]);
  const first = raters[0]!.report;
  const selfIndex = raters.findIndex(({ report }) => roleOf(report) === 'self');
  return {
    schemaVersion: CALIBRATION_SCHEMA_VERSION,
    tool: { name: 'ml-career', version: toolVersion },
    subject: first.subject!,
    rubricSet: { id: first.rubricSet.id, title: first.rubricSet.title, version: first.rubricSet.version },
    raters: raters.map(({ source, report }) => ({
      role: roleOf(report),
      name: report.rater?.name ?? (roleOf(report) === 'self' ? report.subject : null),
      source,
      generatedAt: report.generatedAt,
      complete: report.complete,
      stage: { id: report.stage.id, title: report.stage.title, met: report.stage.met },
    })),
    competencies: competencyRows(raters.map(({ report }) => report), selfIndex),
    notes: notesSideBySide(raters.map(({ report }) => report)),
  };
}

function roleOf(report: Report): 'self' | 'manager' | 'peer' {
  return report.rater?.role ?? 'self';
}

function refuseMixed(reports: readonly RatedReport[]): void {
  if (reports.length < 2) throw new DataError({ message: `calibrate needs at least two reports about one person (got ${reports.length})`, hint: 'give the self-assessment and the ratings of others' });
  const subjects = distinct(reports, ({ report }) => report.subject ?? '');
  if (subjects.has('')) {
    const unnamed = reports.filter(({ report }) => report.subject === null).map(({ source }) => source);
    throw new DataError({ message: `no subject in ${unnamed.join(', ')}: calibrate cannot tell whose work it judges`, hint: 'run assess with --name (self) or --about (others)' });
  }
  if (subjects.size > 1) throw new DataError({ message: `the reports are about different people: ${describe(subjects)}`, hint: 'calibrate the reports of one person at a time' });
  const sets = distinct(reports, ({ report }) => `${report.rubricSet.id} ${report.rubricSet.version}`);
  if (sets.size > 1) throw new DataError({ message: `the reports use different rubric sets: ${describe(sets)}`, hint: 'rate again with the same rubrics (assess --answers report.json re-scores a report)' });
}

function distinct(reports: readonly RatedReport[], key: (entry: RatedReport) => string): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const entry of reports) groups.set(key(entry), [...(groups.get(key(entry)) ?? []), entry.source]);
  return groups;
}

function describe(groups: Map<string, string[]>): string {
  return [...groups].map(([key, sources]) => `"${key}" (${sources.join(', ')})`).join(', ');
}

function competencyRows(reports: readonly Report[], selfIndex: number): Calibration['competencies'] {
  const seen = new Map<string, { id: string; title: string; category: string }>();
  for (const report of reports) for (const { id, title, category } of report.competencies) if (!seen.has(id)) seen.set(id, { id, title, category });
  return [...seen.values()].map((competency) => {
    const levels = reports.map((report) => report.competencies.find((entry) => entry.id === competency.id)?.level ?? null);
    const given = levels.filter((level): level is number => level !== null);
    const spread = given.length < 2 ? null : round(Math.max(...given) - Math.min(...given));
    const self = selfIndex < 0 ? null : levels[selfIndex]!;
    const others = levels.filter((level, index): level is number => level !== null && index !== selfIndex);
    const difference = selfIndex < 0 ? spread : self === null || others.length === 0 ? null : round(Math.max(...others.map((level) => Math.abs(level - self))));
    const flag = difference === null ? null : difference >= DISCUSS_FIRST_AT ? 'discuss-first' : difference >= CHECK_AT ? 'check' : null;
    return { ...competency, levels, spread, difference, flag };
  });
}

function notesSideBySide(reports: readonly Report[]): Calibration['notes'] {
  const questions: string[] = [];
  for (const report of reports) {
    for (const [question, answer] of Object.entries(report.answers)) if (answer.note !== undefined && !questions.includes(question)) questions.push(question);
  }
  return questions.map((question) => ({ question, notes: reports.map((report) => report.answers[question]?.note ?? null) }));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
