/** Real reports for the history, compare, team and browser tests: the built-in rubrics scored at chosen levels. */
import type { Answers } from '../../src/contracts/answers.ts';
import { buildReport } from '../../src/assessment/build-report.ts';
import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import type { Report } from '../../src/contracts/report.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { valueAtLevel } from './answers-at.ts';

export async function builtinSet(): Promise<RubricSet> {
  return loadRubricSet(await readRubricDir(builtinRubricDir()));
}

export interface ReportSpec {
  /** The level of every question, or of the questions of one competency (by id; others default to `otherwise`). */
  level: number | Record<string, number>;
  otherwise?: number;
  subject?: string;
  generatedAt?: string;
  only?: string[];
}

/** Every question answered at its competency's level (or as close below as the question allows). */
export function reportAt(set: RubricSet, spec: ReportSpec): Report {
  const answers: Answers = {};
  for (const category of set.categories) {
    if (spec.only && !spec.only.includes(category.id)) continue;
    for (const competency of category.competencies) {
      const level = typeof spec.level === 'number' ? spec.level : (spec.level[competency.id] ?? spec.otherwise ?? 2);
      for (const question of competency.questions) answers[question.id] = { value: valueAtLevel(question, level) };
    }
  }
  return buildReport(set, answers, {
    quick: false,
    ...(spec.only ? { only: spec.only } : {}),
    ...(spec.subject === undefined ? {} : { subject: spec.subject }),
    generatedAt: new Date(spec.generatedAt ?? '2026-01-15T10:00:00.000Z'),
    toolVersion: '0.1.0',
  });
}

/** A deterministic spread of levels: person `n` of a team gets varied, reproducible levels. */
export function variedReport(set: RubricSet, n: number, subject: string | undefined): Report {
  const level: Record<string, number> = {};
  set.categories.forEach((category, c) =>
    category.competencies.forEach((competency, k) => {
      level[competency.id] = (n + c + k * 3) % 5;
    }),
  );
  return reportAt(set, { level, ...(subject === undefined ? {} : { subject }), generatedAt: `2026-02-${String(1 + (n % 28)).padStart(2, '0')}T09:00:00.000Z` });
}
