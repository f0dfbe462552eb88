import { beforeAll, describe, expect, it } from 'vitest';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { renderTeam } from '../../../src/render/team/render-team.ts';
import { aggregateTeam } from '../../../src/team/aggregate-team.ts';
import { withholdSmallGroups } from '../../../src/team/min-group.ts';
import { builtinSet, variedReport } from '../../helpers/built-reports.ts';

let set: RubricSet;
beforeAll(async () => {
  set = await builtinSet();
});

function teamOf(size: number) {
  const members = Array.from({ length: size }, (_, n) => ({ name: `person ${n}`, source: `p${n}.json`, report: variedReport(set, n, undefined) }));
  return aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false });
}

describe('withholdSmallGroups', () => {
  it('a team smaller than the minimum: no person, no stage count, no statistic, no shared gap, and says so', () => {
    const team = withholdSmallGroups(teamOf(2), 3);
    expect(team.people).toEqual([]);
    expect(team.stages).toEqual([]);
    expect(team.sharedGaps).toEqual([]);
    expect(team.tracks).toEqual([]);
    expect(team.unclearFit).toBe(0);
    expect(team.competencies.every((competency) => competency.median === null && competency.min === null && competency.max === null && competency.belowNext === 0)).toBe(true);
    expect(team.withheld).toEqual({ minGroup: 3, people: 2, stages: true, competencies: team.competencies.map((competency) => competency.id), sharedGaps: teamOf(2).sharedGaps.length });
    for (const format of ['text', 'md', 'html'] as const) {
      const text = renderTeam(team, format, { color: false, width: 100 });
      expect(text).toContain('fewer than 3 people');
      expect(text).not.toContain('person 0');
    }
  });

  it('--min-group 1 holds nothing back', () => {
    const whole = teamOf(2);
    const team = withholdSmallGroups(whole, 1);
    expect({ ...team, withheld: undefined }).toEqual({ ...whole, withheld: undefined });
    expect(team.withheld).toEqual({ minGroup: 1, people: 0, stages: false, competencies: [], sharedGaps: 0 });
    expect(renderTeam(team, 'text', { color: false })).not.toContain('Held back');
  });

  it('a team large enough keeps its people; a statistic or shared gap over fewer people is still held back', () => {
    const whole = teamOf(6);
    const team = withholdSmallGroups(whole, 4);
    expect(team.people).toHaveLength(6);
    expect(team.stages).toEqual(whole.stages);
    for (const [index, competency] of team.competencies.entries()) {
      const held = whole.competencies[index]!.assessed < 4;
      expect(team.withheld!.competencies.includes(competency.id)).toBe(held);
      if (!held) expect(competency).toEqual(whole.competencies[index]);
    }
    expect(team.sharedGaps.every((gap) => gap.people >= 4)).toBe(true);
    expect(team.withheld!.sharedGaps).toBe(whole.sharedGaps.filter((gap) => gap.people < 4).length);
  });
});
