/** The `ml-career history` listing: one line per assessment, oldest first, with the scope it was run with. */
import { renderJson } from '../json.ts';
import { formatTable } from '../kit/table.ts';
import { scopeLabel } from '../scope-label.ts';
import { formatScore } from '../report/phrases.ts';
import type { HistoryEntry } from '../../contracts/report-refs.ts';

export function historyTable(entries: readonly HistoryEntry[]): string {
  const rows = entries.map(({ number, report }) => [
    number,
    report.generatedAt.slice(0, 16).replace('T', ' '),
    report.stage.title,
    formatScore(report.overall.score),
    scopeLabel(report.scope),
    `${report.rubricSet.id}@${report.rubricSet.version}`,
    report.complete ? 'yes' : `no (${report.missing.length} unanswered)`,
    report.subject ?? '',
  ]);
  return formatTable(['#', 'date (UTC)', 'stage', 'overall', 'scope', 'rubric set', 'complete', 'name'], rows, { alignRight: [0, 3] });
}

/** The listing as JSON for scripts: what the table shows, plus the file of each entry. */
export function historyJson(entries: readonly HistoryEntry[]): string {
  const list = entries.map(({ number, file, report }) => ({
    number,
    file,
    generatedAt: report.generatedAt,
    subject: report.subject,
    stage: { id: report.stage.id, title: report.stage.title, index: report.stage.index },
    overall: report.overall.score,
    scope: { quick: report.scope.quick, only: report.scope.only, label: scopeLabel(report.scope) },
    rubricSet: { id: report.rubricSet.id, version: report.rubricSet.version },
    complete: report.complete,
  }));
  return renderJson(list);
}
