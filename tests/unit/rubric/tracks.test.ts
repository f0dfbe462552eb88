import { describe, expect, test } from 'vitest';
import { builtinRubricDir, readRubricDir } from '../../../src/io/read-rubric-dir.ts';
import { loadRubricSet } from '../../../src/rubric/load.ts';
import { fixture, inline, problemsOf } from '../../helpers/rubric-fixtures.ts';

const stages = fixture('valid/stages.yaml');
const skills = fixture('valid/skills.yaml');

const tracks = (body: string) => inline('mine/tracks.yaml', body);
const TRACK = `tracks:
  - id: deep
    title: Deep
    source: Career Development › Specialization Options
    summary: Goes deep.
    weights:
      alpha: 3
      beta: 1
`;

describe('tracks.yaml', () => {
  test('loads tracks in file order with their weights', () => {
    const set = loadRubricSet([stages, skills, tracks(TRACK)]);
    expect(set.tracks).toEqual([{ id: 'deep', title: 'Deep', source: 'Career Development › Specialization Options', summary: 'Goes deep.', weights: { alpha: 3, beta: 1 }, questions: {}, expectations: {} }]);
  });

  test('a set without tracks.yaml has none', () => {
    expect(loadRubricSet([stages, skills]).tracks).toEqual([]);
  });

  test('refuses a weight on an unknown competency at its file:line:col', () => {
    const problems = problemsOf(() => loadRubricSet([stages, skills, tracks(TRACK.replace('beta: 1', 'gamma: 1'))]));
    expect(problems).toEqual([expect.stringMatching(/^mine\/tracks\.yaml:8:7: tracks\[0\]\.weights\.gamma: track "deep" weighs unknown competency "gamma"/)]);
  });

  test('refuses a track without a core competency', () => {
    const problems = problemsOf(() => loadRubricSet([stages, skills, tracks(TRACK.replace('alpha: 3', 'alpha: 2'))]));
    expect(problems).toEqual([expect.stringContaining('track "deep" has no core competency')]);
  });

  test('refuses a negative weight', () => {
    const problems = problemsOf(() => loadRubricSet([stages, skills, tracks(TRACK.replace('beta: 1', 'beta: -1'))]));
    expect(problems).toEqual([expect.stringMatching(/^mine\/tracks\.yaml:8:7: .*a track weight is 0 or more/)]);
  });

  test('refuses expectations of an unknown competency or stage', () => {
    const body = `${TRACK}    expectations:\n      alpha: { nowhere: 2 }\n      omega: { mid: 1 }\n`;
    const problems = problemsOf(() => loadRubricSet([stages, skills, tracks(body)]));
    expect(problems).toEqual([
      expect.stringContaining('track "deep" expects a level at unknown stage "nowhere"'),
      expect.stringContaining('track "deep" expects a level of unknown competency "omega"'),
    ]);
  });

  test('refuses a question weight on an unknown or an evidence question', () => {
    const body = `${TRACK}    questions:\n      alpha-depth: 2\n      beta-tools: 1\n      omega-depth: 1\n`;
    const problems = problemsOf(() => loadRubricSet([stages, skills, tracks(body)]));
    expect(problems).toEqual([
      expect.stringMatching(/^mine\/tracks\.yaml:11:7: .*track "deep" weighs evidence question "beta-tools"/),
      expect.stringMatching(/^mine\/tracks\.yaml:12:7: .*track "deep" weighs unknown question "omega-depth"/),
    ]);
  });

  test('refuses two tracks with one id in one file', () => {
    const body = TRACK + TRACK.replace('tracks:\n', '');
    const problems = problemsOf(() => loadRubricSet([stages, skills, tracks(body)]));
    expect(problems).toEqual([expect.stringContaining('duplicate track id "deep" (first defined at mine/tracks.yaml:2:5)')]);
  });

  test('a custom tracks.yaml replaces a built-in track with its id and adds new ones', () => {
    const custom = inline('custom/tracks.yaml', `${TRACK.replace('title: Deep', 'title: Deeper')}${TRACK.replace('tracks:\n', '').replace('id: deep', 'id: wide')}`);
    const set = loadRubricSet([stages, skills, tracks(TRACK)], [custom]);
    expect(set.tracks.map((track) => [track.id, track.title])).toEqual([['deep', 'Deeper'], ['wide', 'Deep']]);
  });

  test('the built-in set has the systems-engineer track first and the five specializations', async () => {
    const set = loadRubricSet(await readRubricDir(builtinRubricDir()));
    expect(set.tracks.map((track) => track.id)).toEqual(['systems-engineer', 'data-scientist', 'ai-research-scientist', 'ai-product-manager', 'ml-consultant', 'ai-ethics-policy-analyst']);
  });
});
