/**
 * The part of a report the team view uses. A thousand full reports would keep
 * every answer and a copy of every learning step alive; keeping this part, with
 * identical steps shared, keeps the garbage collector's work small.
 */
import type { Report } from '../contracts/report.ts';

export type TeamReport = Pick<Report, 'subject' | 'generatedAt' | 'rubricSet' | 'complete' | 'stage' | 'nextStage' | 'overall' | 'categories' | 'competencies' | 'gaps' | 'tracks'>;

type Step = Report['gaps'][number]['steps'][number];

/** Steps already seen, by rubric content, competency and level: the same digest means the same text. */
export type StepPool = Map<string, Step>;

export function teamReport(report: Report, pool: StepPool): TeamReport {
  const { subject, generatedAt, rubricSet, complete, stage, nextStage, overall, categories, competencies, tracks } = report;
  const gaps = report.gaps.map((gap) => ({
    ...gap,
    steps: gap.steps.map((step) => {
      const key = `${rubricSet.digest}\u0000${gap.competency}\u0000${step.from}\u0000${step.to}`;
      const seen = pool.get(key);
      if (seen !== undefined) return seen;
      pool.set(key, step);
      return step;
    }),
  }));
  return { subject, generatedAt, rubricSet, complete, stage, nextStage, overall, categories, competencies, gaps, tracks };
}
