import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../../../src/contracts/team.ts';
import { renderTeam } from '../../../../src/render/team/render-team.ts';
import { aggregateTeam } from '../../../../src/team/aggregate-team.ts';
import { builtinSet, variedReport } from '../../../helpers/built-reports.ts';

let team: Team;

beforeAll(async () => {
  const set = await builtinSet();
  const names = ['=HYPERLINK("http://x")', 'Zoë, "the lead"', 'person 2'];
  const members = names.map((name, n) => ({ name, source: `p${n}.json`, report: variedReport(set, n, undefined) }));
  team = aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false });
});

describe('renderTeam csv', () => {
  it('one row per person and competency, parsed back by a real CSV parser', () => {
    const rows = parse(renderTeam(team, 'csv', { color: false }), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['person', 'stage', 'competency', 'title', 'category', 'level', 'below_next']);
    expect(rows).toHaveLength(team.people.length * team.competencies.length);
    for (const [p, person] of team.people.entries()) {
      for (const [c, competency] of team.competencies.entries()) {
        const row = rows[p * team.competencies.length + c]!;
        expect(row.competency).toBe(competency.id);
        expect(row.level).toBe(person.levels[c] === null ? '' : String(person.levels[c]));
        expect(row.below_next).toBe(person.belowNext.includes(competency.id) ? 'yes' : 'no');
      }
    }
  });

  it('a name a spreadsheet would run as a formula gets a leading apostrophe; others stay as they were', () => {
    const rows = parse(renderTeam(team, 'csv', { color: false }), { columns: true }) as Record<string, string>[];
    const people = new Set(rows.map((row) => row.person));
    expect(people).toEqual(new Set(['\'=HYPERLINK("http://x")', 'Zoë, "the lead"', 'person 2']));
  });
});
