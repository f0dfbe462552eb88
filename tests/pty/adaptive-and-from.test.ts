/**
 * `assess --adaptive` and `assess --from` in a real terminal (issue 12): an adaptive
 * run interrupted and resumed midway, to its end and the skipped-question message;
 * and a re-assessment that keeps every earlier answer with Enter.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { questionsInScope } from '../../src/assessment/scope.ts';
import type { Report } from '../../src/contracts/report.ts';
import { runCli } from '../helpers/cli.ts';
import { simulateRespondents } from '../helpers/respondents.ts';
import { tempDir } from '../helpers/temp.ts';
import { TmuxSession } from '../helpers/tmux.ts';
import { describeWith, TMUX } from '../helpers/tools.ts';
import { loadBuiltinRubricSet } from '../helpers/verdict-core.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const describeInTmux = describeWith([TMUX], 'adaptive and re-assessment runs in a pseudo-terminal');

let dir: string;

// A directory of its own per test: it, and the tmux sessions the test started, go when the test finishes (tempDir, TmuxSession).
beforeEach(() => {
  dir = tempDir('ml-career-pty-');
});

const env = () => ({ XDG_STATE_HOME: join(dir, 'state'), XDG_DATA_HOME: join(dir, 'data'), HOME: join(dir, 'home'), NO_COLOR: '1' });

function assess(...flags: string[]): TmuxSession {
  const session = TmuxSession.start({
    argv: ['node', 'bin/ml-career.js', 'assess', ...flags, '--format', 'json', '-o', join(dir, 'report.json')],
    cwd: root,
    env: env(),
  });
  return session;
}

const readReport = async (): Promise<Report> => JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
const title = (position: number, total: number) => `[${position}/at most ${total}]`;

describeInTmux('adaptive and re-assessment runs in a pseudo-terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('assess --adaptive: resumes midway, stops once the stage is settled, says how many it skipped', async () => {
    const total = questionsInScope(await loadBuiltinRubricSet()).length;
    const first = assess('--adaptive');
    const intro = await first.waitFor(title(1, total));
    expect(intro).toContain(`At most ${total} questions`);
    expect(intro).toMatch(/usually after about \d+/);
    // Enter takes the first row: the lowest level of every question asked.
    first.keys('Enter');
    await first.waitFor(title(2, total));
    first.keys('Enter');
    await first.waitFor(title(3, total));
    first.keys('C-c');
    expect(await first.exitCode()).toBe(130);
    const saved = JSON.parse(await readFile(join(dir, 'state', 'ml-career', 'progress.json'), 'utf8'));
    expect(saved.adaptive.mode).toBe('stage');
    expect(saved.adaptive.asked).toHaveLength(2);

    const second = assess('--resume');
    await second.waitFor(title(3, total));
    let asked = 2;
    for (;;) {
      second.keys('Enter');
      const screen = await second.waitFor((text) => text.includes(title(asked + 2, total)) || text.includes('Your stage is settled'));
      asked += 1;
      if (screen.includes('Your stage is settled')) break;
    }
    const end = await second.waitFor('to refine your gaps?');
    const skipped = total - asked;
    expect(end).toContain(`Your stage is settled after ${asked} questions: the ${skipped} questions skipped could not change it.`);
    expect(end).toContain(`Answer the remaining ${skipped} to refine your gaps?`);
    second.keys('Enter');
    expect(await second.exitCode()).toBe(0);
    const report = await readReport();
    expect(report.scope.adaptive).toBe('stage');
    expect(report.asked).toHaveLength(asked);
    expect(report.asked!.slice(0, 2)).toEqual(saved.adaptive.asked);
    expect(report.stage.bounds.certain).toBe(true);
  });

  it('assess --adaptive: going on after the stage is settled asks the questions skipped, and the report lists them all', async () => {
    const total = questionsInScope(await loadBuiltinRubricSet(), { only: ['engineering'] }).length;
    const session = assess('--adaptive', '--only', 'engineering');
    const intro = await session.waitFor(title(1, total));
    // The usual count is measured on the whole rubric set, so a run of one category does not quote it.
    expect(intro).not.toContain('usually after');
    let asked = 0;
    for (;;) {
      session.keys('Enter');
      const screen = await session.waitFor((text) => text.includes(title(asked + 2, total)) || text.includes('to refine your gaps?'));
      asked += 1;
      if (screen.includes('to refine your gaps?')) break;
    }
    session.keys('Down', 'Enter');
    // The questions skipped follow in rubric order, numbered as in a full run ("[5/7]", not "[5/at most 7]").
    const fullRunTitles = (text: string) => text.split(`/${total}] Software engineering`).length - 1;
    for (let shown = 1; shown <= total - asked; shown += 1) {
      await session.waitFor((text) => fullRunTitles(text) >= shown);
      session.keys('Enter');
    }
    expect(await session.exitCode()).toBe(0);
    const report = await readReport();
    expect(report.asked).toHaveLength(total);
    expect(report.complete).toBe(true);
  });

  it('assess --from 1: Enter keeps every earlier answer, and the stage is the same', async () => {
    const set = await loadBuiltinRubricSet();
    const [respondent] = simulateRespondents(set, { count: 4, seed: 3 }).slice(3);
    const answers = join(dir, 'earlier.json');
    writeFileSync(answers, JSON.stringify({ answers: respondent!.answers }));
    const earlier = runCli(['assess', '--answers', answers, '--format', 'json'], { env: env() });
    expect(earlier.status).toBe(0);
    const before = JSON.parse(earlier.stdout) as Report;
    const total = questionsInScope(set).length;

    const session = assess('--from', '1');
    await session.waitFor(`Starting from ${total} earlier answers`);
    for (let position = 1; position <= total; position += 1) {
      await session.waitFor(`[${position}/${total}]`);
      session.keys('Enter');
    }
    expect(await session.exitCode()).toBe(0);
    const after = await readReport();
    expect([after.stage.id, after.stage.met]).toEqual([before.stage.id, before.stage.met]);
    expect(Object.values(after.answers).every((answer) => answer.carried === true)).toBe(true);
    expect(Object.fromEntries(Object.entries(after.answers).map(([id, answer]) => [id, answer.value]))).toEqual(
      Object.fromEntries(Object.entries(before.answers).map(([id, answer]) => [id, answer.value])),
    );
  }, 120_000);

  it('assess --from 1 --changed: asks again only the competencies ticked, and keeps the rest', async () => {
    const set = await loadBuiltinRubricSet();
    const [respondent] = simulateRespondents(set, { count: 2, seed: 5 });
    const answers = join(dir, 'earlier.json');
    const first = set.categories[0]!.competencies[0]!;
    const scaleQuestion = first.questions.find((question) => question.kind === 'scale')!;
    // The earlier answer to the question changed below is 0, so that the 4 typed is a change.
    writeFileSync(answers, JSON.stringify({ answers: { ...respondent!.answers, [scaleQuestion.id]: { value: 0 } } }));
    expect(runCli(['assess', '--answers', answers], { env: env() }).status).toBe(0);
    const total = questionsInScope(set).length;

    const session = assess('--from', '1', '--changed');
    await session.waitFor('What changed?');
    session.keys('Space', 'Enter');
    const position = first.questions.findIndex((question) => question.id === scaleQuestion.id) + 1;
    for (let at = 1; at <= first.questions.length; at += 1) {
      await session.waitFor(`[${at}/${total}]`);
      if (at === position) session.keys('4');
      session.keys('Enter');
    }
    expect(await session.exitCode()).toBe(0);
    const report = await readReport();
    expect(report.answers[scaleQuestion.id]).toMatchObject({ value: 4 });
    expect(report.answers[scaleQuestion.id]!.carried).toBeUndefined();
    const notCarried = Object.entries(report.answers).filter(([, answer]) => answer.carried !== true).map(([id]) => id);
    expect(notCarried).toEqual([scaleQuestion.id]);
    expect(Object.keys(report.answers)).toHaveLength(total);
  }, 60_000);
});
