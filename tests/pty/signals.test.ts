/**
 * How interactive runs end when the outside world ends them: SIGTERM or a closed
 * terminal (SIGHUP) at a prompt, a second interactive run while one is going.
 * The scripted runs are in tests/e2e/signals.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { binary, repoRoot } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp.ts';
import { TmuxSession } from '../helpers/tmux.ts';
import { describeWith, TMUX } from '../helpers/tools.ts';

const rubrics = join(repoRoot, 'tests/fixtures/interactive-rubrics');
const describeInTmux = describeWith([TMUX], 'signals at a prompt in a pseudo-terminal');

let dir: string;

// A directory of its own per test: it, and the tmux sessions the test started, go when the test finishes (tempDir, TmuxSession).
beforeEach(() => {
  dir = tempDir('ml-career-signals-');
});

const stateDir = () => join(dir, 'state', 'ml-career');
const report = () => join(dir, 'report.json');

function assess(): TmuxSession {
  const session = TmuxSession.start({
    argv: ['node', binary, '--rubrics', rubrics, 'assess', '--only', 'pty-check', '--format', 'json', '-o', report()],
    cwd: repoRoot,
    env: { XDG_STATE_HOME: join(dir, 'state'), HOME: join(dir, 'home'), NO_COLOR: '1' },
  });
  return session;
}

/** The pid of the ml-career process writing to this test's report (not the tmux server or shell that carry the same words). */
function assessPid(): number {
  const lines = spawnSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).stdout.split('\n');
  const line = lines.find((entry) => entry.includes(report()) && /^\s*\d+\s+node\s/.test(entry));
  if (!line) throw new Error('the ml-career process is not running');
  return Number(line.trim().split(/\s+/)[0]);
}

async function answerFirst(session: TmuxSession): Promise<void> {
  await session.waitFor('[1/4] Terminal check › Serving');
  session.keys('Down', 'Down', 'Enter');
  await session.waitFor('[2/4] Terminal check › Serving');
}

describeInTmux('signals at a prompt', () => {
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s saves the answers, says how to resume, exits 130 and leaves no lock', async (signal) => {
    const session = assess();
    await answerFirst(session);
    process.kill(assessPid(), signal);
    expect(await session.exitCode()).toBe(130);
    expect(session.screen()).toContain('Your 1 answer is saved in');
    expect(session.screen()).toContain('ml-career assess --resume');
    const progress = JSON.parse(readFileSync(join(stateDir(), 'progress.json'), 'utf8'));
    expect(Object.keys(progress.answers)).toEqual(['pty-serving-depth']);
    expect(readdirSync(stateDir()).sort()).toEqual(['progress.json']);
    expect(existsSync(report())).toBe(false);
  });

  it('refuses a second interactive run while one is asking, and the first one still finishes', async () => {
    const first = assess();
    await answerFirst(first);
    const second = TmuxSession.start({
      argv: ['node', binary, '--rubrics', rubrics, 'assess', '--resume'],
      cwd: repoRoot,
      env: { XDG_STATE_HOME: join(dir, 'state'), HOME: join(dir, 'home'), NO_COLOR: '1' },
    });
    expect(await second.exitCode()).toBe(2);
    expect(second.screen()).toContain('another ml-career assess is running (process');
    first.keys('Enter');
    await first.waitFor('[3/4] Terminal check › Serving');
    first.type('4');
    first.keys('Enter');
    await first.waitFor('[4/4] Terminal check › Serving');
    first.keys('Enter');
    expect(await first.exitCode()).toBe(0);
    expect(JSON.parse(readFileSync(report(), 'utf8')).complete).toBe(true);
    expect(readdirSync(stateDir())).toEqual([]);
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    await mkdir(stateDir(), { recursive: true });
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const lock = { pid: Number(gone.stdout), host: (await import('node:os')).hostname(), since: '2020-01-01T00:00:00.000Z' };
    writeFileSync(join(stateDir(), 'progress.lock'), JSON.stringify(lock));
    const session = assess();
    await answerFirst(session);
    expect(JSON.parse(readFileSync(join(stateDir(), 'progress.lock'), 'utf8')).pid).toBe(assessPid());
  });
});
