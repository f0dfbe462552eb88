/**
 * `assess --adaptive`, `--from` and the gate on an unsettled stage, through the
 * built binary without a terminal (issue 12). The answers are the respondent
 * simulator's, so every stage of the ladder is met by one of them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { questionsInScope } from '../../src/assessment/scope.ts';
import { reportSchema, type Report } from '../../src/contracts/report.ts';
import type { Answers } from '../../src/contracts/answers.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { simulateRespondents } from '../helpers/respondents.ts';
import { loadBuiltinRubricSet } from '../helpers/verdict-core.ts';

let set: RubricSet;
let work: string;
let respondents: Answers[];

const file = (name: string, answers: Answers) => {
  const path = join(work, name);
  writeFileSync(path, JSON.stringify({ answers }));
  return path;
};

const json = (stdout: string): Report => reportSchema.parse(JSON.parse(stdout));

beforeAll(async () => {
  set = await loadBuiltinRubricSet();
  work = tempDir();
  respondents = simulateRespondents(set, { count: 7, seed: 12 }).map((respondent) => respondent.answers);
});

describe('assess --adaptive --answers', () => {
  it('reads only the answers it asks for, in its own order, and gives the full run’s stage', () => {
    for (const [index, answers] of respondents.entries()) {
      const path = file(`full-${index}.json`, answers);
      const full = json(runCli(['assess', '--answers', path, '--format', 'json', '--no-history']).stdout);
      const result = runCli(['assess', '--adaptive', '--answers', path, '--format', 'json', '--no-history']);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      const adaptive = json(result.stdout);
      expect(adaptive.scope.adaptive).toBe('stage');
      expect([adaptive.stage.id, adaptive.stage.met]).toEqual([full.stage.id, full.stage.met]);
      expect(adaptive.stage.bounds.certain).toBe(true);
      expect(adaptive.asked!.length).toBeLessThan(questionsInScope(set).length);
      expect(Object.keys(adaptive.answers).sort()).toEqual([...adaptive.asked!].sort());
    }
  });

  it('asks for the same answers again from a file that holds only those', () => {
    const path = file('full.json', respondents[3]!);
    const first = json(runCli(['assess', '--adaptive=gaps', '--answers', path, '--format', 'json', '--no-history']).stdout);
    const only = Object.fromEntries(first.asked!.map((id) => [id, respondents[3]![id]!]));
    const again = json(runCli(['assess', '--adaptive=gaps', '--answers', file('asked.json', only), '--format', 'json', '--no-history']).stdout);
    expect(again.asked).toEqual(first.asked);
    expect(again.gaps.slice(0, 3)).toEqual(first.gaps.slice(0, 3));
  });

  it('says which answer it needs when the file lacks one (exit 1), and scores what it has with --allow-partial', () => {
    const path = file('empty.json', {});
    const result = runCli(['assess', '--adaptive', '--answers', path, '--no-history']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/the adaptive run needs an answer to "[^"]+", which is not given/);
    const partial = runCli(['assess', '--adaptive', '--answers', path, '--allow-partial', '--format', 'json', '--no-history']);
    expect(partial.status).toBe(0);
    expect(json(partial.stdout).asked).toEqual([]);
  });
});

describe('--fail-below on a stage that is not settled', () => {
  function unsettledQuick(): string {
    for (const [index, answers] of respondents.entries()) {
      const path = file(`quick-${index}.json`, answers);
      const report = json(runCli(['assess', '--quick', '--answers', path, '--format', 'json', '--no-history']).stdout);
      if (!report.stage.bounds.certain && report.stage.bounds.low.met) return path;
    }
    throw new Error('no simulated respondent leaves a quick run unsettled');
  }

  it('cannot decide the gate between the bounds (exit 1), and gates on the lower bound with --allow-partial (exit 3)', () => {
    const path = unsettledQuick();
    const report = json(runCli(['assess', '--quick', '--answers', path, '--format', 'json', '--no-history']).stdout);
    const high = report.stage.bounds.high.id;
    const undecided = runCli(['assess', '--quick', '--answers', path, '--fail-below', high, '--no-history']);
    expect(undecided.status).toBe(1);
    expect(undecided.stderr).toContain(`--fail-below ${high}: the gate cannot be decided, the stage is not settled`);
    expect(undecided.stderr).toContain('--allow-partial');
    const lower = runCli(['assess', '--quick', '--answers', path, '--fail-below', high, '--allow-partial', '--no-history']);
    expect(lower.status).toBe(3);
    expect(lower.stderr).toContain('the lower bound of the stage');
    const settled = runCli(['assess', '--quick', '--answers', path, '--fail-below', report.stage.bounds.low.id, '--no-history']);
    expect(settled.status).toBe(0);
  });
});

describe('assess --from', () => {
  it('keeps the earlier answers the file does not change, and marks them carried', () => {
    const earlier = file('earlier.json', respondents[2]!);
    const before = runCli(['assess', '--answers', earlier, '--format', 'json', '-o', join(work, 'before.json'), '--no-history']);
    expect(before.status).toBe(0);
    const [changedId] = Object.keys(respondents[2]!);
    const change = file('change.json', { [changedId!]: respondents[5]![changedId!]! });
    const after = json(runCli(['assess', '--from', join(work, 'before.json'), '--answers', change, '--format', 'json', '--no-history']).stdout);
    expect(after.answers[changedId!]!.carried).toBeUndefined();
    const carried = Object.entries(after.answers).filter(([, answer]) => answer.carried === true).map(([id]) => id);
    expect(carried).toHaveLength(Object.keys(respondents[2]!).length - 1);
  });

  it('with --adaptive counts the earlier answers as given and asks nothing more', () => {
    const earlier = file('earlier-all.json', respondents[4]!);
    const empty = file('nothing.json', {});
    const result = runCli(['assess', '--adaptive', '--from', earlier, '--answers', empty, '--format', 'json', '--no-history']);
    expect(result.status).toBe(0);
    expect(json(result.stdout).asked).toEqual([]);
  });
});
