/**
 * A terminal that goes away at a prompt (its window closed: the pseudo-terminal is
 * destroyed, not just sent SIGHUP), and a stderr that is not the terminal. The run
 * is wrapped in a shell that survives the terminal and writes the exit status to a
 * file, since the pane that would show it is gone.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { binary, repoRoot } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp.ts';
import { shellQuote, TmuxSession } from '../helpers/tmux.ts';
import { describeWith, TMUX } from '../helpers/tools.ts';

const rubrics = join(repoRoot, 'tests/fixtures/interactive-rubrics');
const describeInTmux = describeWith([TMUX], 'a closed terminal at a prompt');

let dir: string;

// A directory of its own per test: it, and the tmux sessions the test started, go when the test finishes (tempDir, TmuxSession).
beforeEach(() => {
  dir = tempDir('ml-career-closed-');
});

const stateDir = () => join(dir, 'state', 'ml-career');
const exitFile = () => join(dir, 'exit');

/** `assess` under `sh`, which ignores SIGHUP so that it outlives the terminal and records `$?` in exitFile(). */
function wrappedAssess(redirect = ''): TmuxSession {
  const command = ['node', binary, '--rubrics', rubrics, 'assess', '--only', 'pty-check', '--format', 'json', '-o', join(dir, 'report.json')].map(shellQuote).join(' ');
  const session = TmuxSession.start({
    argv: ['sh', '-c', `trap '' HUP; ${command} ${redirect}; echo $? > ${shellQuote(exitFile())}`],
    cwd: repoRoot,
    env: { XDG_STATE_HOME: join(dir, 'state'), HOME: join(dir, 'home'), NO_COLOR: '1' },
  });
  return session;
}

/** The recorded exit status, once the wrapper has written it; a guard against a hang, not a time limit. */
async function recordedExit(): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (!existsSync(exitFile()) || readFileSync(exitFile(), 'utf8') === '') {
    if (Date.now() > deadline) throw new Error('the run did not end: no exit status was recorded');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readFileSync(exitFile(), 'utf8').trim();
}

describeInTmux('a closed terminal', () => {
  it('at a prompt saves the answers, removes the lock and exits 130 (no crash)', async () => {
    const session = wrappedAssess();
    await session.waitFor('[1/4] Terminal check › Serving');
    session.keys('Down', 'Down', 'Enter');
    await session.waitFor('[2/4] Terminal check › Serving');
    // The progress of answer 1 is on disk before the terminal goes.
    const deadline = Date.now() + 15_000;
    while (!existsSync(join(stateDir(), 'progress.json')) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    session.kill();
    expect(await recordedExit()).toBe('130');
    const progress = JSON.parse(readFileSync(join(stateDir(), 'progress.json'), 'utf8'));
    expect(Object.keys(progress.answers)).toEqual(['pty-serving-depth']);
    expect(readdirSync(stateDir()).sort()).toEqual(['progress.json']);
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
  });

  it('refuses to ask when stderr, where the questions go, is redirected away from the terminal', async () => {
    wrappedAssess(`2> ${shellQuote(join(dir, 'log'))}`);
    expect(await recordedExit()).toBe('2');
    expect(readFileSync(join(dir, 'log'), 'utf8')).toContain('ml-career: stderr is not a terminal, and the questions are shown there');
    expect(existsSync(stateDir())).toBe(false);
  });
});
