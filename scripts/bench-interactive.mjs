// The interactive run measured in a real pseudo-terminal: util-linux `script` gives
// the command a terminal while this process writes its keys and reads its screen
// through pipes, so a key press and the screen update are timed without polling.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv } from './bench-measure.mjs';

const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;
const TERMINAL = 'stty cols 120 rows 40';
const TIMEOUT_MS = 20_000;

export function ptyAvailable() {
  return spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;
}

function shellQuote(word) {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** A command running in a pseudo-terminal; `waitFor` resolves with the time its text first appears. */
class PtySession {
  constructor(words, env) {
    this.screen = '';
    this.waiters = [];
    this.child = spawn('script', ['-qfec', `${TERMINAL}; ${words.map(shellQuote).join(' ')}`, '/dev/null'], {
      env,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    this.closed = new Promise((resolve) => this.child.on('close', resolve));
    this.child.stdout.on('data', (chunk) => {
      const now = performance.now();
      this.screen += chunk.toString('utf8').replace(ANSI, '');
      this.waiters = this.waiters.filter((waiter) => !waiter.check(now));
    });
  }

  /** Resolves with performance.now() when the screen, from `from` on, contains `text`. */
  waitFor(text, from = 0) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bench: timed out waiting for ${JSON.stringify(text)}; the screen ends with:\n${this.screen.slice(-600)}`)), TIMEOUT_MS);
      const check = (now) => {
        if (!this.screen.includes(text, from)) return false;
        clearTimeout(timer);
        resolve(now);
        return true;
      };
      if (!check(performance.now())) this.waiters.push({ check });
    });
  }

  press(keys) {
    this.child.stdin.write(keys);
  }

  async stop() {
    this.child.kill('SIGTERM');
    await this.closed;
  }
}

/** The clean environment (see bench-measure.mjs) with a state directory of its own, for one session. */
function freshEnv() {
  const state = mkdtempSync(join(tmpdir(), 'ml-career-bench-state-'));
  return { env: cleanEnv({ XDG_STATE_HOME: state, TERM: 'xterm-256color' }), cleanup: () => rmSync(state, { recursive: true, force: true }) };
}

/** Time from start to `text` on screen, for `words` run in a pseudo-terminal. */
async function timeToText(words, text) {
  const { env, cleanup } = freshEnv();
  try {
    const start = performance.now();
    const session = new PtySession(words, env);
    const shown = await session.waitFor(text);
    await session.stop();
    return shown - start;
  } finally {
    cleanup();
  }
}

const MARK = 'BENCH-NODE-DONE';

/** The baseline in a pseudo-terminal: `node -e 0` to its end, through the same terminal and shell; `echo` marks the end. */
export function ptyNodeOnce() {
  return timeToText(['sh', '-c', `${shellQuote(process.execPath)} -e 0; echo ${MARK}`], MARK);
}

/** `ml-career --help` in a pseudo-terminal (where the program itself answers: see bin/ml-career.js), from start to its last line on screen. */
export function terminalHelpOnce(cli) {
  return timeToText([process.execPath, cli, '--help'], 'Documentation:');
}

/** `ml-career assess` in a pseudo-terminal, from start to its first question on screen. */
export function firstQuestionOnce(cli) {
  return timeToText([process.execPath, cli, 'assess'], '[1/');
}

/** The floor program of bench-floor.mjs in a pseudo-terminal, from start to its question on screen. */
export function floorQuestionOnce(file) {
  return timeToText([process.execPath, file], '[1/');
}

/** The keys that answer a question with its first offer (for a number, its minimum). */
function answerKeys(question) {
  return question.kind === 'number' ? { before: String(question.min), confirm: '\r' } : { before: '', confirm: '\r' };
}

/** Milliseconds from each confirming key press to the next question on screen, for every question but the last. */
export async function nextQuestionTimes(cli, questions) {
  const { env, cleanup } = freshEnv();
  const session = new PtySession([process.execPath, cli, 'assess'], env);
  try {
    const total = questions.length;
    await session.waitFor(`[1/${total}]`);
    const latencies = [];
    for (let index = 0; index < total - 1; index++) {
      const keys = answerKeys(questions[index]);
      if (keys.before) {
        const typedFrom = session.screen.length;
        session.press(keys.before);
        await session.waitFor(keys.before, typedFrom);
      }
      await new Promise((resolve) => setTimeout(resolve, 15));
      const from = session.screen.length;
      const pressed = performance.now();
      session.press(keys.confirm);
      const shown = await session.waitFor(`[${index + 2}/${total}]`, from);
      latencies.push(shown - pressed);
    }
    return latencies;
  } finally {
    await session.stop();
    cleanup();
  }
}
