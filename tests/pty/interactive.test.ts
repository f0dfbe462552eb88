/**
 * The questionnaire in a real terminal: the built binary inside tmux, keys typed
 * as a person would, the report file and the saved progress checked afterwards.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { TmuxSession } from '../helpers/tmux.ts';
import { describeWith, TMUX } from '../helpers/tools.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rubrics = join(root, 'tests/fixtures/interactive-rubrics');
const describeInTmux = describeWith([TMUX], 'the questionnaire in a pseudo-terminal');

let dir: string;

// A directory of its own per test: it, and the tmux sessions the test started, go when the test finishes (tempDir, TmuxSession).
beforeEach(() => {
  dir = tempDir('ml-career-pty-');
});

function assess(...flags: string[]): TmuxSession {
  const session = TmuxSession.start({
    argv: ['node', 'bin/ml-career.js', '--rubrics', rubrics, 'assess', ...flags, '--format', 'json', '-o', join(dir, 'report.json')],
    cwd: root,
    env: { XDG_STATE_HOME: join(dir, 'state'), HOME: join(dir, 'home'), NO_COLOR: '1' },
  });
  return session;
}

const progressFile = () => join(dir, 'state', 'ml-career', 'progress.json');
const readReport = async () => JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'));
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Answers the first two questions: level 2 on the scale (by its number key), Docker and Kubernetes ticked. */
async function answerFirstTwo(session: TmuxSession): Promise<void> {
  await session.waitFor('[1/4] Terminal check › Serving');
  session.keys('2');
  await session.waitFor('❯ 2 Runs one production service.');
  session.keys('Enter');
  await session.waitFor('[2/4] Terminal check › Serving');
  session.keys('Space', 'Down', 'Space', 'Enter');
  await session.waitFor('[3/4] Terminal check › Serving');
}

describeInTmux('ml-career assess in a pseudo-terminal', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('asks every question, goes back on request, writes the report and forgets the progress', async () => {
    const session = assess('--only', 'pty-check');
    const intro = await session.waitFor('questions, about');
    expect(intro).toContain('4 questions');
    await answerFirstTwo(session);
    session.type('<');
    session.keys('Enter');
    await session.waitFor((screen) => occurrences(screen, '[2/4] Terminal check › Serving') >= 2);
    session.keys('Enter');
    await session.waitFor((screen) => occurrences(screen, '[3/4] Terminal check › Serving') >= 2);
    session.type('4');
    session.keys('Enter');
    await session.waitFor('[4/4] Terminal check › Serving');
    session.keys('Enter');
    expect(await session.exitCode()).toBe(0);

    const report = await readReport();
    expect(report.answers).toEqual({
      'pty-serving-depth': { value: 2, level: 2, role: 'behaviour' },
      'pty-tooling-stack': { value: ['docker', 'kubernetes'], level: 2, role: 'evidence' },
      'pty-experience-years': { value: 4, level: 2, role: 'evidence' },
      'pty-on-call-rota': { value: true, level: 3, role: 'evidence' },
    });
    expect(report.complete).toBe(true);
    expect(report.scope).toMatchObject({ quick: false, only: ['pty-check'], questions: 4 });
    expect(existsSync(progressFile())).toBe(false);
  });

  it('saves on Ctrl-C, exits 130 with a resume hint, and --resume continues at the next question', async () => {
    const first = assess('--only', 'pty-check');
    await answerFirstTwo(first);
    first.keys('C-c');
    expect(await first.exitCode()).toBe(130);
    const stopped = first.screen();
    expect(stopped).toContain('ml-career assess --resume');
    expect(stopped).toContain(progressFile());
    expect((await stat(progressFile())).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(progressFile(), 'utf8'));
    expect(Object.keys(saved.answers)).toEqual(['pty-serving-depth', 'pty-tooling-stack']);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);

    const second = assess('--resume');
    const resumed = await second.waitFor('[3/4] Terminal check › Serving');
    expect(resumed).not.toContain('[1/4]');
    second.type('12');
    second.keys('Enter');
    await second.waitFor('[4/4] Terminal check › Serving');
    second.keys('n', 'Enter');
    expect(await second.exitCode()).toBe(0);

    const report = await readReport();
    expect(report.answers).toEqual({
      'pty-serving-depth': { value: 2, level: 2, role: 'behaviour' },
      'pty-tooling-stack': { value: ['docker', 'kubernetes'], level: 2, role: 'evidence' },
      'pty-experience-years': { value: 12, level: 3, role: 'evidence' },
      'pty-on-call-rota': { value: false, level: 0, role: 'evidence' },
    });
    expect(existsSync(progressFile())).toBe(false);
  });

  it('with --evidence adds a note only where e is pressed, and puts the notes in the report', async () => {
    const session = assess('--only', 'pty-check', '--evidence');
    // Each answer: the keys that pick it, and the note to add with e (none where undefined).
    const steps: [() => void, string | undefined][] = [
      [() => session.keys('3'), 'runs the ranking service'],
      [() => undefined, undefined],
      [() => session.type('6'), 'since 2019'],
      [() => session.keys('y'), 'weekly rota'],
    ];
    for (const [index, [pick, note]] of steps.entries()) {
      await session.waitFor(`? [${index + 1}/4]`);
      // Offered on every question (the number question says it in its hint).
      expect(session.visible()).toMatch(/e adds? a note/);
      pick();
      if (note !== undefined) {
        session.keys('e');
        await session.waitFor('⏎ keep this note');
        session.type(note);
        session.keys('Enter');
        await session.waitFor((screen) => occurrences(screen, `Evidence: ${note}`) === 1 && !screen.includes('⏎ keep this note'));
      }
      session.keys('Enter');
    }
    expect(await session.exitCode()).toBe(0);
    // Asked for on none.
    expect(session.screen()).not.toContain('Evidence (optional)');
    const report = await readReport();
    expect(report.answers).toEqual({
      'pty-serving-depth': { value: 3, level: 3, note: 'runs the ranking service', role: 'behaviour' },
      'pty-tooling-stack': { value: [], level: 0, role: 'evidence' },
      'pty-experience-years': { value: 6, level: 3, note: 'since 2019', role: 'evidence' },
      'pty-on-call-rota': { value: true, level: 3, note: 'weekly rota', role: 'evidence' },
    });
  });
});
