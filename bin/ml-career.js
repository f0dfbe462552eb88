#!/usr/bin/env node
// The launcher. CommonJS (see bin/package.json): Node 20 starts it faster than an ES module.
//
// 1. `ml-career --version` (or `-V`) alone is answered here, from the version the build
//    wrote into dist/launcher.json, without loading the program at all.
// 2. So is `ml-career --help` (or `-h`) alone when stdout is not a terminal (a pipe, a file,
//    /dev/null): the build wrote the program's own help, as it prints it there, into
//    dist/launcher.json. On a terminal commander wraps the help to its width, so the
//    program answers.
// 3. Otherwise the program (dist/cli.js) is loaded, and every bundle of dist/ is compiled
//    with the V8 code cache the build wrote for it (dist/code-cache/): Node 20 has no
//    compile cache of its own (module.enableCompileCache is Node 22), and compiling the
//    bundles is a good part of a short run. A cache that does not fit this Node (another
//    version, other V8 flags) is rejected by V8 and the bundle is compiled as usual. V8 checks
//    a cache against its source's length only: the build writes bundles and caches together,
//    so a bundle edited by hand needs `npm run build` (or its cache removed).
//
// Each is checked against the plain path by tests/build/launcher.test.ts.
'use strict';
const { fstatSync, readFileSync, statSync, writeSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');
const CODE_CACHE = join(DIST, 'code-cache');
/**
 * What Node wraps a CommonJS module in. The source starts on a line of its own
 * (lineOffset -1), so that line and column numbers in stack traces stay the bundle's.
 */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname) {\n';
const WRAPPER_END = '\n})';
/** Set only by scripts/code-cache-writer.cjs (the build): where the compiled scripts are handed over. */
const RECORDER = Symbol.for('ml-career.code-cache.recorder');

/** The code cache file of a bundle of dist/. */
function cacheFile(filename) {
  return join(CODE_CACHE, `${basename(filename)}.cache`);
}

/** A bundle of dist/ compiled as Node wraps a CommonJS module, from its code cache when it has one. */
function compileBundle(filename) {
  const vm = require('node:vm');
  const source = readFileSync(filename, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile(filename));
  } catch {
    // No cache (a build without one, or a file removed): compiled as usual.
  }
  return new vm.Script(`${WRAPPER_START}${source}${WRAPPER_END}`, { filename, lineOffset: -1, cachedData });
}

/** Loads the bundles of dist/ through compileBundle; other files load as usual. */
function installCodeCache() {
  // The loader's own Module class: require('node:module') would load more of Node (about 1 ms).
  const Module = module.constructor;
  const loadJs = Module._extensions['.js'];
  Module._extensions['.js'] = function loadBundle(module, filename) {
    if (dirname(filename) !== DIST) return loadJs(module, filename);
    const script = compileBundle(filename);
    const recorder = globalThis[RECORDER];
    if (recorder) recorder.push({ script, file: cacheFile(filename) });
    const wrapper = script.runInThisContext({ displayErrors: true });
    const require = (id) => module.require(id);
    wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename));
  };
}

/** What the build wrote for the launcher (version, help), or an empty object when it cannot be read. */
function launcherData() {
  try {
    return JSON.parse(readFileSync(join(DIST, 'launcher.json'), 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Writes `text` to stdout; false when that fails, and the program then answers (and says
 * what went wrong, with its exit code). Help and version are shorter than a pipe's atomic
 * write (4 KiB): to a pipe they are written whole or not at all, so the program does not
 * repeat part of them (only a file on a full disk can hold a part, as it would anyway).
 */
function writeOut(text) {
  if (typeof text !== 'string') return false;
  const bytes = Buffer.from(text);
  try {
    for (let written = 0; written < bytes.length; ) written += writeSync(1, bytes, written);
    return true;
  } catch {
    return false;
  }
}

/** "0.1.0\n", or undefined when the build wrote no version. */
function versionLine() {
  const { version } = launcherData();
  return typeof version === 'string' ? `${version}\n` : undefined;
}

/** Whether stdout is surely not a terminal: a pipe, a socket, a file, or /dev/null. */
function stdoutIsNoTerminal() {
  if (process.platform === 'win32') return false;
  try {
    const stats = fstatSync(1);
    if (stats.isFIFO() || stats.isSocket() || stats.isFile()) return true;
    return stats.isCharacterDevice() && stats.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

function main() {
  const args = process.argv.slice(2);
  if (args.length === 1 && (args[0] === '--version' || args[0] === '-V') && writeOut(versionLine())) return;
  // The captured help names the command `ml-career`; run through npx, the program writes `npx ml-career` (src/cli/invocation.ts).
  const throughNpx = process.env.npm_command === 'exec' || process.env.npm_lifecycle_event === 'npx';
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h') && !throughNpx && stdoutIsNoTerminal() && writeOut(launcherData().help)) return;
  installCodeCache();
  require(join(DIST, 'cli.js'));
}

if (require.main === module) {
  main();
} else {
  // Required by the build (scripts/code-cache-writer.cjs) to write the code cache the way it is read, and by the tests.
  module.exports = { DIST, RECORDER, cacheFile, compileBundle, installCodeCache };
}
