/** The process entry: builds the context from the real process and sets the exit code. */
import { homedir } from 'node:os';
import { installProcessGuards } from './process-guards.ts';
import { run } from './run.ts';

declare const __ML_CAREER_VERSION__: string;

const interrupt = installProcessGuards();

// No top-level await: the bundle is CommonJS, which Node 20 starts faster.
void run({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  home: homedir(),
  // Read when used: creating process.stdin loads Node's stream modules (about 2 ms), which
  // only `assess` asking in a terminal or reading `--answers -` needs.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  version: typeof __ML_CAREER_VERSION__ === 'string' ? __ML_CAREER_VERSION__ : '0.0.0-dev',
  now: () => new Date(),
  interrupt,
}).then((code) => {
  process.exitCode = code;
});
