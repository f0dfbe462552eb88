/**
 * --no-color reaches the prompts as NO_COLOR does: the questionnaire in a real
 * terminal (tmux), its screen captured with its colours.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';
import { TmuxSession } from '../helpers/tmux.ts';
import { describeWith, TMUX } from '../helpers/tools.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const rubrics = join(root, 'tests/fixtures/interactive-rubrics');
const describeInTmux = describeWith([TMUX], 'the prompts in a pseudo-terminal');
const SGR = /\u001b\[[0-9;]*m/;

let dir: string;

// A directory of its own per test, removed when the test finishes (tempDir).
beforeEach(() => {
  dir = tempDir('ml-career-pty-');
});

/** The first question's screen, with its colours, for these flags and environment (each run with a state of its own). */
async function firstQuestion(flags: string[], env: Record<string, string>): Promise<string> {
  const state = await mkdtemp(join(dir, 'state-'));
  const session = TmuxSession.start({
    argv: ['node', 'bin/ml-career.js', '--rubrics', rubrics, 'assess', '--only', 'pty-check', ...flags],
    cwd: root,
    env: { XDG_STATE_HOME: state, HOME: join(dir, 'home'), NO_COLOR: '', FORCE_COLOR: '', TERM: 'xterm-256color', ...env },
  });
  try {
    await session.waitFor('[1/4] Terminal check › Serving');
    const styled = session.styled();
    // Ended as a person would, so that nothing is left writing in the state directory.
    session.keys('C-c');
    expect(await session.exitCode()).toBe(130);
    return styled;
  } finally {
    session.kill();
  }
}

describeInTmux('colour in the prompts', () => {
  beforeAll(() => {
    if (!existsSync(join(root, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('is on in a terminal, and off with --no-color as with NO_COLOR', async () => {
    expect(await firstQuestion([], {})).toMatch(SGR);
    expect(await firstQuestion(['--no-color'], {})).not.toMatch(SGR);
    expect(await firstQuestion([], { NO_COLOR: '1' })).not.toMatch(SGR);
  });
});
