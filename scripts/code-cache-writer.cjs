// Writes the V8 code cache of the bundles (dist/code-cache/, read by bin/ml-career.js).
//
// Preloaded (`node --require`) into the build's runs of the CLI: the launcher hands over
// every bundle it compiles, and at exit this writes each one's cache, which then holds
// every function the run compiled. A bundle that has a cache already is compiled from
// it, so the runs add up: the cache of dist/cli.js serves every command the build ran.
//
// Run as a script it covers what those runs cannot reach:
//   node scripts/code-cache-writer.cjs --interactive <args…>
//     runs `ml-career <args…>` (an interactive `assess`) in this process with a stand-in
//     terminal, answers the first question with Enter and ends once the answer is shown;
//   node scripts/code-cache-writer.cjs <bundle.js>…
//     loads the given bundles without running a command: their cache then holds what
//     loading compiles.
'use strict';
const { mkdirSync, renameSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const RECORDER = Symbol.for('ml-career.code-cache.recorder');
/** The interactive run ends here at the latest, and the cache is written with what it compiled so far. */
const INTERACTIVE_TIMEOUT_MS = 10_000;
const recorded = [];
globalThis[RECORDER] = recorded;

process.on('exit', () => {
  for (const { script, file } of recorded) {
    mkdirSync(dirname(file), { recursive: true });
    // Written aside and renamed, so that a run reading the cache meanwhile never sees half of one.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, file);
  }
});

/** A stand-in terminal on stdin and stderr (where the questions go): Enter on the first question, then the end. */
function fakeTerminal() {
  const { PassThrough, Writable } = require('node:stream');
  const input = Object.assign(new PassThrough(), { isTTY: true, isRaw: false });
  input.setRawMode = (mode) => {
    input.isRaw = mode;
    return input;
  };
  let screen = '';
  let answered = false;
  const output = new Writable({
    write(chunk, _encoding, callback) {
      screen += chunk.toString();
      if (!answered && screen.includes('[1/')) {
        answered = true;
        setTimeout(() => input.write('\r'), 20);
      } else if (answered && screen.includes('✔ [1/')) {
        // Once the answer is shown; what follows (saving, the next question) runs on code already compiled.
        setTimeout(() => process.exit(0), 20);
      }
      callback();
    },
  });
  Object.assign(output, { isTTY: true, columns: 100, rows: 40, hasColors: () => false, getColorDepth: () => 1 });
  Object.defineProperty(process, 'stdin', { configurable: true, get: () => input });
  Object.defineProperty(process, 'stderr', { configurable: true, get: () => output });
}

if (require.main === module) {
  const { DIST, installCodeCache } = require('../bin/ml-career.js');
  const args = process.argv.slice(2);
  installCodeCache();
  if (args[0] === '--interactive') {
    // Also what keeps the process alive while a question waits, as a real terminal would.
    setTimeout(() => process.exit(0), INTERACTIVE_TIMEOUT_MS);
    fakeTerminal();
    process.argv = [process.argv[0], join(DIST, '..', 'bin', 'ml-career.js'), ...args.slice(1)];
    require(join(DIST, 'cli.js'));
  } else {
    for (const name of args) require(join(DIST, name));
  }
}
