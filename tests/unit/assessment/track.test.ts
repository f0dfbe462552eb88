import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/contracts/answers.ts';
import { buildReport } from '../../../src/assessment/build-report.ts';
import { questionsInScope } from '../../../src/assessment/scope.ts';
import { orderedForTrack, trackById } from '../../../src/assessment/track.ts';
import { reportSchema, type Report } from '../../../src/contracts/report.ts';
import { UsageError } from '../../../src/errors.ts';
import { builtinSet, reportAt } from '../../helpers/built-reports.ts';

const set = await builtinSet();
const PRODUCTION = ['deployment', 'data-pipelines', 'monitoring-reliability', 'cloud-containers', 'infrastructure-design', 'operations', 'distributed-systems', 'continuous-training'];
const RESEARCH_CORE = ['ml-foundations', 'math-statistics', 'training-evaluation', 'learning-adaptability'];

// A researcher: research core at the top, production work thin, the rest solid.
const researcher = reportAt(set, { level: { ...Object.fromEntries(PRODUCTION.map((id) => [id, 1])), ...Object.fromEntries(RESEARCH_CORE.map((id) => [id, 4])) }, otherwise: 3 });
const answers: Answers = Object.fromEntries(Object.entries(researcher.answers).map(([id, answer]) => [id, { value: answer.value }]));
const run = (track?: string): Report => buildReport(set, answers, { quick: false, generatedAt: new Date(0), toolVersion: 'test', ...(track === undefined ? {} : { track }) });

describe('assess --track', () => {
  test.each([
    // track, stage: the ladder has the researcher at mid (production work holds them back)
    [undefined, 'mid'],
    // no expectations of its own: the ladder's stage
    ['systems-engineer', 'mid'],
    // its ladder does not expect production ownership and expects research depth at lead
    ['ai-research-scientist', 'lead'],
    ['data-scientist', 'senior'],
    ['ml-consultant', 'mid'],
  ])('under track %s the stage is %s', (track, stage) => {
    const report = run(track);
    expect(report.stage.id).toBe(stage);
    expect(report.track).toEqual(track === undefined ? null : { id: track, title: trackById(set, track).title });
    expect(reportSchema.parse(report)).toEqual(report);
  });

  test("orders the gaps by the track's weights: gap × track weight, heaviest first", () => {
    const ladder = run();
    const scientist = run('data-scientist');
    const weights = trackById(set, 'data-scientist').weights;
    expect(scientist.gaps.map((gap) => gap.priority)).toEqual(scientist.gaps.map((gap) => Math.round(gap.gap * (weights[gap.competency] ?? 0) * 1000) / 1000));
    const priorities = scientist.gaps.map((gap) => gap.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    expect(scientist.gaps.map((gap) => gap.competency)).not.toEqual(ladder.gaps.map((gap) => gap.competency));
  });

  test('the fit of every track is the same with or without --track', () => {
    expect(run('ai-research-scientist').tracks).toEqual(run().tracks);
  });

  test('an unknown track is a usage error that suggests the closest id and lists them all', () => {
    expect(() => run('ai-reserch-scientist')).toThrow(UsageError);
    expect(() => run('ai-reserch-scientist')).toThrow('unknown track "ai-reserch-scientist" in --track (did you mean "ai-research-scientist"?)');
    let error: unknown;
    try {
      run('nope');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).hint).toBe(`tracks: ${set.tracks.map((track) => track.id).join(', ')}`);
  });
});

describe('questions that matter for a track first', () => {
  test('a quick run for a track asks its core competencies first, rubric order within a weight', () => {
    const track = trackById(set, 'ai-product-manager');
    const ordered = orderedForTrack(questionsInScope(set, { quick: true }), track);
    const weights = ordered.map((entry) => track.weights[entry.competency.id] ?? 0);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(ordered.slice(0, 4).map((entry) => entry.competency.id)).toEqual(['communication', 'teamwork', 'domain-knowledge', 'business-alignment']);
  });

  test('without a track the order is the rubric order', () => {
    const scope = questionsInScope(set, { quick: true });
    expect(orderedForTrack(scope, undefined)).toEqual(scope);
  });
});
