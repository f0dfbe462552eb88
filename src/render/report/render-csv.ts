/** The report as CSV for spreadsheets and HR tools: one row per competency in scope. */
import { alignmentToken } from '../../contracts/alignment.ts';
import type { Report } from '../../contracts/report.ts';
import { csvDocument } from '../kit/csv.ts';

export const REPORT_CSV_HEAD = ['id', 'title', 'category', 'level', 'expected', 'gap', 'alignments'] as const;

export function renderCsv(report: Report): string {
  const rows = report.competencies.map((competency) => [
    competency.id,
    competency.title,
    competency.category,
    competency.level,
    competency.expected,
    competency.gap,
    (competency.alignments ?? []).map(alignmentToken).join('; '),
  ]);
  return csvDocument(REPORT_CSV_HEAD, rows);
}
