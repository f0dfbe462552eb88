/**
 * A scale question of the built-in rubrics on a real 80×24 terminal (the built
 * binary inside tmux): all five anchors on screen at once, no line wider than the
 * screen, no word broken across lines, and the `3` key recording level 3.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { questionsInScope, type ScopedQuestion } from '../../src/assessment/scope.ts';
import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import { tempDir } from '../helpers/temp.ts';
import { TmuxSession } from '../helpers/tmux.ts';
import { describeWith, TMUX } from '../helpers/tools.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const describeInTmux = describeWith([TMUX], 'the 80×24 screen in a pseudo-terminal');
const SCREEN = { width: 80, height: 24 };
/** A category whose quick run opens on a scale with long anchors, a prompt and a help text. */
const CATEGORY = 'responsible-ai';

let dir: string;
let scope: ScopedQuestion[];

beforeAll(async () => {
  scope = questionsInScope(loadRubricSet(await readRubricDir(builtinRubricDir())), { quick: true, only: [CATEGORY] });
});
// A directory of its own per test: it, and the tmux sessions the test started, go when the test finishes (tempDir, TmuxSession).
beforeEach(() => {
  dir = tempDir('ml-career-pty-');
});

function assess(env: Record<string, string> = {}): TmuxSession {
  const session = TmuxSession.start({
    argv: ['node', 'bin/ml-career.js', 'assess', '--quick', '--only', CATEGORY, '--format', 'json', '-o', join(dir, 'report.json')],
    cwd: root,
    // Not run through npx, whatever ran the tests (npx vitest sets these).
    env: { XDG_STATE_HOME: join(dir, 'state'), HOME: join(dir, 'home'), NO_COLOR: '1', npm_command: '', npm_lifecycle_event: '', ...env },
    width: SCREEN.width,
    height: SCREEN.height,
  });
  return session;
}

const flat = (text: string) => text.split(/\s+/).filter(Boolean).join(' ');
const rows = (screen: string) => screen.replace(/\n$/, '').split('\n');

describeInTmux('a scale question on an 80×24 terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('shows all five anchors at once without scrolling or broken words, and 3 records level 3', async () => {
    const first = scope[0]!;
    const { question } = first;
    if (question.kind !== 'scale') throw new Error(`the quick run of ${CATEGORY} no longer opens on a scale question`);
    const title = `? [1/${scope.length}] ${first.category.title} › ${first.competency.title}`;

    const session = assess();
    await session.waitFor((screen) => screen.includes(title) && screen.includes('0–4 choose a level'));
    const screen = session.visible();
    const lines = rows(screen).map((line) => line.trimEnd());

    // The whole question is on the screen at once: from its title down to the keys.
    expect(lines.length).toBeLessThanOrEqual(SCREEN.height);
    expect(lines.some((line) => line.startsWith(title))).toBe(true);
    // No line wider than the screen (a wrapped one would be joined into a longer line).
    for (const line of lines) expect(line.length, line).toBeLessThan(SCREEN.width);
    // One line per anchor, led by its level, whole or cut at a word with "…".
    question.levels.forEach((anchor, level) => {
      const line = lines.find((candidate) => new RegExp(`^[❯ ] ${level} `).test(candidate));
      expect(line, `anchor ${level}`).toBeDefined();
      const shown = line!.slice(4);
      if (shown === anchor) return;
      expect(shown.endsWith('…'), shown).toBe(true);
      const kept = shown.slice(0, -1);
      expect(anchor.startsWith(kept), shown).toBe(true);
      expect(anchor.slice(kept.length), shown).toMatch(/^[,;:]? /);
    });
    // Every text wrapped over lines reads whole when they are joined: no word was broken.
    const joined = flat(lines.join(' '));
    expect(joined).toContain(flat(question.prompt));
    if (question.help) expect(joined).toContain(flat(question.help));
    expect(joined).toContain(flat(`Level 0: ${question.levels[0]!}`));

    session.keys('3');
    await session.waitFor((now) => flat(now).includes(flat(`Level 3: ${question.levels[3]!}`)));
    expect(session.visible()).toMatch(/^❯ 3 /m);
    session.keys('Enter');

    for (const [index, scoped] of scope.entries()) {
      if (index === 0) continue;
      await session.waitFor(`? [${index + 1}/${scope.length}]`);
      if (scoped.question.kind === 'number') session.type(String(scoped.question.min));
      session.keys('Enter');
    }
    expect(await session.exitCode()).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
    expect(report.answers[question.id]).toMatchObject({ value: 3, level: 3 });
  });

  it('names the resume command as it was run: through npx, `npx ml-career assess --resume`', async () => {
    const session = assess({ npm_command: 'exec', npm_lifecycle_event: 'npx' });
    const intro = await session.waitFor('0–4 choose a level');
    expect(flat(intro)).toContain('`npx ml-career assess --resume` continues where you stopped');
    session.keys('2', 'Enter');
    await session.waitFor(`? [2/${scope.length}]`);
    session.keys('C-c');
    expect(await session.exitCode()).toBe(130);
    expect(session.screen()).toContain('Continue where you stopped with: npx ml-career assess --resume');
  });
});
