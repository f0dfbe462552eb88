/** The team as CSV: one row per person and competency (the pseudonyms when anonymized). */
import type { Team } from '../../contracts/team.ts';
import { csvDocument, type CsvCell } from '../kit/csv.ts';

export const TEAM_CSV_HEAD = ['person', 'stage', 'competency', 'title', 'category', 'level', 'below_next'] as const;

export function renderTeamCsv(team: Team): string {
  const rows: CsvCell[][] = team.people.flatMap((person) =>
    team.competencies.map((competency, index) => [
      person.name,
      person.stage.id,
      competency.id,
      competency.title,
      competency.category,
      person.levels[index] ?? null,
      person.belowNext.includes(competency.id) ? 'yes' : 'no',
    ]),
  );
  return csvDocument(TEAM_CSV_HEAD, rows);
}
