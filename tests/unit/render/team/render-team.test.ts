import { beforeAll, describe, expect, it } from 'vitest';
import { renderTeam } from '../../../../src/render/team/render-team.ts';
import { aggregateTeam } from '../../../../src/team/aggregate-team.ts';
import type { Team } from '../../../../src/contracts/team.ts';
import { ANSI_ESCAPE, stripAnsi } from '../../../helpers/sample-reports.ts';
import { builtinSet, variedReport } from '../../../helpers/built-reports.ts';

let team: Team;

beforeAll(async () => {
  const set = await builtinSet();
  const members = Array.from({ length: 6 }, (_, n) => ({ name: n === 0 ? 'Zoë <b>' : `person ${n}`, source: `p${n}.json`, report: variedReport(set, n, undefined) }));
  team = aggregateTeam(members, { toolVersion: '9.9.9', anonymized: false });
});

describe('renderTeam', () => {
  it('text: stages, the competency table and one heatmap row per person with a digit per competency', () => {
    const text = renderTeam(team, 'text', { color: false, width: 120 });
    expect(text).not.toMatch(ANSI_ESCAPE);
    expect(text).toContain('Team view: 6 people');
    for (const stage of team.stages) expect(text).toContain(stage.title);
    const heat = text.slice(text.indexOf('Heatmap'));
    for (const person of team.people) {
      const row = heat.split('\n').find((line) => line.startsWith(person.name.slice(0, 16)))!;
      const cells = row.slice(18, 18 + team.competencies.length);
      expect(cells).toBe(person.levels.map((level) => (level === null ? '·' : String(Math.floor(level)))).join(''));
    }
    const coloured = renderTeam(team, 'text', { color: true, width: 120 });
    expect(coloured).toMatch(ANSI_ESCAPE);
    expect(stripAnsi(coloured).split('\n').length).toBe(text.split('\n').length);
  });

  it('json: the team itself', () => {
    expect(JSON.parse(renderTeam(team, 'json', { color: false }))).toEqual(team);
  });

  it('md: a heatmap row per person with a cell per competency, names escaped', () => {
    const md = renderTeam(team, 'md', { color: false });
    expect(md).toContain('Zoë \\<b\\>');
    const heat = md.slice(md.indexOf('## Heatmap')).split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Person') && !line.startsWith('| ---'));
    expect(heat).toHaveLength(team.people.length);
    for (const row of heat) expect(row.split(' | ').length).toBe(team.competencies.length + 2);
  });

  it('html: self-contained; heatmap of people × competencies; a bar per stage; below-next cells marked in text', () => {
    const html = renderTeam(team, 'html', { color: false });
    expect(html).not.toMatch(/<script|<link|\ssrc=|url\(|@import/i);
    expect(html).toContain('Zoë &lt;b&gt;');
    expect(html).toContain(`data-rows="${team.people.length}" data-columns="${team.competencies.length}"`);
    const body = html.slice(html.indexOf('<table class="heatmap"'));
    const cells = body.slice(body.indexOf('<tbody>')).match(/<td class="(l[0-4]|na)[^"]*">/g) ?? [];
    expect(cells).toHaveLength(team.people.length * team.competencies.length);
    const below = team.people.reduce((sum, person) => sum + person.belowNext.length, 0);
    expect(body.match(/ below">[\d.]+\*<\/td>/g) ?? []).toHaveLength(below);
    expect(html).toContain(`data-bars="${team.stages.length}"`);
    expect(html.match(/<g class="bar">/g)).toHaveLength(team.stages.length);
  });
});

describe('tracks in the team view', () => {
  it('shows the mix and who fits each track best in every format, names escaped', () => {
    const mix = team.tracks.filter((track) => track.people > 0).map((track) => `${track.title} ${track.people}`);
    const first = team.tracks.find((track) => track.bestFits.length > 0)!;
    const text = renderTeam(team, 'text', { color: false, width: 400 });
    expect(text).toContain(`Tracks\n  Best fits: ${mix.join(' · ')}`);
    expect(text).toContain(`• ${first.title}: fits best: ${first.bestFits[0]!.name} (fit `);
    expect(renderTeam(team, 'md', { color: false })).toContain('## Tracks');
    const html = renderTeam(team, 'html', { color: false });
    expect(html).toContain('<h2 id="tracks">Tracks</h2>');
    expect(html).not.toContain('Zoë <b>');
  });

  it('says nothing of tracks when no report has them', () => {
    const none: Team = { ...team, tracks: [], unclearFit: team.size };
    for (const format of ['text', 'md', 'html'] as const) expect(renderTeam(none, format, { color: false })).not.toMatch(/Tracks/);
  });
});
