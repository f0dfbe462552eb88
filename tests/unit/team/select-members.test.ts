import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/contracts/report.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { selectMembers } from '../../../src/team/select-members.ts';
import { builtinSet, reportAt } from '../../helpers/built-reports.ts';

let set: RubricSet;
let base: Report;

beforeAll(async () => {
  set = await builtinSet();
  base = reportAt(set, { level: 2 });
});

const of = (report: Partial<Report>, source: string) => ({ source, report: { ...base, ...report } });

describe('selectMembers', () => {
  it('keeps the rubric set most reports use and names the foreign ones', () => {
    const other = { ...base.rubricSet, id: 'data-engineer' };
    const { members, skipped } = selectMembers([of({ rubricSet: other }, 'x.json'), of({}, 'a.json'), of({}, 'b.json')]);
    expect(members.map((entry) => entry.source)).toEqual(['a.json', 'b.json']);
    expect(skipped).toEqual([expect.objectContaining({ file: 'x.json', message: expect.stringContaining('"data-engineer"') })]);
  });

  it('keeps the newest report of a named person, in the order given', () => {
    const { members, skipped } = selectMembers([
      of({ subject: 'ada', generatedAt: '2026-05-01T00:00:00.000Z' }, 'ada-new.json'),
      of({ subject: 'bob' }, 'bob.json'),
      of({ subject: 'ada', generatedAt: '2026-01-01T00:00:00.000Z' }, 'ada-old.json'),
      of({ subject: null }, 'anon1.json'),
      of({ subject: null }, 'anon2.json'),
    ]);
    expect(members.map((entry) => entry.source)).toEqual(['ada-new.json', 'bob.json', 'anon1.json', 'anon2.json']);
    expect(skipped).toEqual([expect.objectContaining({ file: 'ada-old.json', message: expect.stringContaining('ada-new.json') })]);
  });

  it('breaks a tie the same way whatever the order of the reports', () => {
    const at = '2026-05-01T00:00:00.000Z';
    const one = of({ subject: 'ada', generatedAt: at, overall: { ...base.overall, score: 40 } }, 'one.json');
    const two = of({ subject: 'ada', generatedAt: at, overall: { ...base.overall, score: 60 } }, 'two.json');
    const kept = (entries: ReturnType<typeof of>[]) => selectMembers(entries).members.map((entry) => entry.source);
    expect(kept([one, two])).toEqual(kept([two, one]));
    expect(selectMembers([one, two]).skipped[0]?.message).toContain('same moment');
  });

  it('gives a 1:1 tie between rubric sets to the same set whatever the order', () => {
    const other = of({ rubricSet: { ...base.rubricSet, id: 'data-engineer' } }, 'x.json');
    const mine = of({}, 'a.json');
    expect(selectMembers([other, mine]).members.map((entry) => entry.source)).toEqual(selectMembers([mine, other]).members.map((entry) => entry.source));
  });
});
