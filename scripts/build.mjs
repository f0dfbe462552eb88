// Bundles the CLI into dist/ as CommonJS, which Node 20 starts much faster than ES
// modules: dist/cli.js holds the program; every module the code loads with
// `await import()` (a command, Inquirer, yaml, zod) is a bundle of its own, required
// only when reached. The built-in rubrics are checked here, with the full schema and
// lints, and embedded as JSON, so a default run neither parses YAML nor runs the
// schema (src/rubric/builtin.ts).
import { build } from 'esbuild';
import { chmod, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

/** The built-in rubric set, loaded from rubrics/ by the same code as `--rubrics`, as JSON. */
async function compileBuiltinRubrics() {
  const loader = await build({
    ...common,
    format: 'esm',
    // commander and yaml are CommonJS; inside an ES module bundle they need a real `require`.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    stdin: {
      contents: [
        "export { readRubricDir } from './src/io/read-rubric-dir.ts';",
        "export { loadRubricSet } from './src/rubric/load.ts';",
        "export { DataError, formatProblem } from './src/errors.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    write: false,
  });
  const dir = await mkdtemp(join(tmpdir(), 'ml-career-build-'));
  try {
    const file = join(dir, 'compile-rubrics.mjs');
    await writeFile(file, loader.outputFiles[0].contents);
    const { readRubricDir, loadRubricSet, DataError, formatProblem } = await import(pathToFileURL(file).href);
    try {
      return JSON.stringify(loadRubricSet(await readRubricDir(join('rubrics'))));
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      for (const problem of error.problems) console.error(`build: ${formatProblem(problem)}`);
      console.error('build: the built-in rubrics do not pass their checks; nothing was built');
      process.exit(1);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * commander requires node:child_process at load time for executable subcommands,
 * which ml-career does not use; loading it pulls in net, dgram and streams on every
 * start. This hands commander a stand-in that loads the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(plugin) {
    plugin.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy-child-process' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/** dist file name of a lazily loaded source module: src/cli/commands/assess.ts → cli-commands-assess.js */
function bundleName(file) {
  return relative(join(root, 'src'), file).replace(/\.ts$/, '').split(sep).join('-') + '.js';
}

const ERRORS = join(root, 'src', 'errors.ts');

/**
 * Every `await import()` of a source module becomes a bundle of its own, loaded
 * with require() only when reached; errors.ts is one shared bundle so that
 * `instanceof` holds across bundles. Other modules may be copied into several
 * bundles: they hold no state and no class that is tested with instanceof.
 */
function lazyBundles(found) {
  return {
    name: 'lazy-bundles',
    setup(plugin) {
      plugin.onResolve({ filter: /^\.\.?\// }, (args) => {
        const file = resolve(args.resolveDir, args.path);
        if (file === ERRORS && args.importer !== '') return { path: './errors.js', external: true };
        if (args.kind !== 'dynamic-import') return undefined;
        found.add(file);
        return { path: `./${bundleName(file)}`, external: true };
      });
    },
  };
}

process.chdir(root);
const builtinRubrics = await compileBuiltinRubrics();
// For `assess --help`, which names them without loading the rubrics (src/cli/builtin-stages.ts).
const builtinStages = JSON.parse(builtinRubrics).stages.map((stage) => stage.id).join(',');

// Built aside and swapped in at the end, so that a test or run using dist/ while
// this builds sees the old bundles or the new ones, never half of them.
const staging = await mkdtemp(join(root, '.dist-'));
try {
  // mkdtemp makes the directory private (0700): dist/ must be readable by every user who runs the tool.
  await chmod(staging, 0o755);
  // CommonJS: Node 20 starts a CommonJS program much faster than an ES module one.
  await writeFile(join(staging, 'package.json'), '{ "type": "commonjs" }\n');
  const built = new Set();
  let wave = [{ name: 'cli.js', file: join(root, 'src', 'cli', 'main.ts') }, { name: 'errors.js', file: ERRORS }];
  while (wave.length > 0) {
    const found = new Set();
    for (const { name } of wave) built.add(name);
    await Promise.all(wave.map(({ name, file }) => buildBundle(file, join(staging, name), found)));
    wave = [...found].map((file) => ({ name: bundleName(file), file })).filter(({ name }) => !built.has(name));
  }
  const old = `${staging}-old`;
  await rename(join(root, 'dist'), old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, join(root, 'dist'));
  await rm(old, { recursive: true, force: true });
} finally {
  await rm(staging, { recursive: true, force: true });
}

function buildBundle(file, outfile, found) {
  return build({
    ...common,
    entryPoints: [file],
    outfile,
    format: 'cjs',
    // import() of a bundle becomes require(), so no ES module loader is started.
    supported: { 'dynamic-import': false },
    plugins: [lazyChildProcess, lazyBundles(found)],
    minify: true,
    banner: { js: "const __mlCareerImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: {
      'import.meta.url': '__mlCareerImportMetaUrl',
      __ML_CAREER_VERSION__: JSON.stringify(pkg.version),
      __ML_CAREER_BUILTIN_RUBRICS__: JSON.stringify(builtinRubrics),
      __ML_CAREER_BUILTIN_STAGES__: JSON.stringify(builtinStages),
    },
  });
}
