// Bundles the CLI into dist/ as CommonJS, which Node 20 starts much faster than ES
// modules: dist/cli.js holds the program; every module the code loads with
// `await import()` (a command, Inquirer, yaml, zod) is a bundle of its own, required
// only when reached. The built-in rubrics are checked here, with the full schema and
// lints, and embedded as JSON, so a default run neither parses YAML nor runs the
// schema (src/rubric/builtin.ts).
//
// Besides the bundles, dist/ gets launcher.json (the version and the help, which
// bin/ml-career.js prints for --version and --help without loading the program), meta.json (esbuild's metafile of
// every bundle: which sources each one holds, read by tests/build/bundle-contents.test.ts)
// and code-cache/ (the V8 code cache of the bundles, see writeCodeCache below).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' };

/** The built-in rubric set, loaded from rubrics/ by the same code as `--rubrics`, as JSON; undefined (and said why) when it does not pass its checks. */
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
      return undefined;
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
// Exits after compileBuiltinRubrics has removed its temporary directory, not from inside it.
if (builtinRubrics === undefined) process.exit(1);
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
  const meta = { inputs: {}, outputs: {} };
  let wave = [{ name: 'cli.js', file: join(root, 'src', 'cli', 'main.ts') }, { name: 'errors.js', file: ERRORS }];
  while (wave.length > 0) {
    const found = new Set();
    for (const { name } of wave) built.add(name);
    const results = await Promise.all(wave.map(({ name, file }) => buildBundle(file, join(staging, name), found)));
    results.forEach((result, index) => addMetafile(meta, result.metafile, wave[index].name));
    wave = [...found].map((file) => ({ name: bundleName(file), file })).filter(({ name }) => !built.has(name));
  }
  await writeFile(join(staging, 'meta.json'), `${JSON.stringify(meta)}\n`);
  await writeFile(join(staging, 'launcher.json'), `${JSON.stringify({ version: pkg.version })}\n`);
  const old = `${staging}-old`;
  await rename(join(root, 'dist'), old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(staging, join(root, 'dist'));
  await rm(old, { recursive: true, force: true });
} finally {
  await rm(staging, { recursive: true, force: true });
}
await writeHelp();
await writeCodeCache();

/**
 * The program's own --help, as it prints it when stdout is not a terminal, added to
 * dist/launcher.json for the launcher to print in that case (tests/build/launcher.test.ts
 * compares the two). Until it is there, the launcher leaves --help to the program.
 */
async function writeHelp() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--help'], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0 || result.stderr !== '') {
    console.error(`build: \`ml-career --help\` exited ${result.status ?? result.signal}:\n${result.stderr}`);
    process.exit(1);
  }
  const file = join(root, 'dist', 'launcher.json');
  const data = JSON.parse(await readFile(file, 'utf8'));
  await writeFile(`${file}.tmp`, `${JSON.stringify({ ...data, help: result.stdout })}\n`);
  await rename(`${file}.tmp`, file);
}

/** One bundle's part of esbuild's metafile, its output named dist/<name> rather than after the staging directory. */
function addMetafile(meta, metafile, name) {
  Object.assign(meta.inputs, metafile.inputs);
  const outputs = Object.values(metafile.outputs);
  if (outputs.length !== 1) throw new Error(`build: expected one output for ${name}, got ${outputs.length}`);
  meta.outputs[`dist/${name}`] = outputs[0];
}

/**
 * The V8 code cache of the bundles, read by bin/ml-career.js. Node 20 compiles every
 * bundle anew on each run; a cache written after the code ran holds the functions it
 * compiled, so a run that finds one skips most of that work. The cache is made by
 * running the built CLI the way people use it (scripts/code-cache-writer.cjs records
 * and writes it at each run's exit), then loading the bundles no such run reaches.
 * It is written after dist/ is swapped in and each file is renamed into place: a run
 * meanwhile finds a whole cache or none, and without one compiles as usual.
 */
async function writeCodeCache() {
  const work = await mkdtemp(join(tmpdir(), 'ml-career-build-cache-'));
  try {
    const env = { ...process.env, HOME: work, XDG_DATA_HOME: join(work, 'data'), XDG_STATE_HOME: join(work, 'state'), NO_COLOR: '1' };
    // V8 refuses a cache made under other flags: made with none, it fits a plain `ml-career` run.
    delete env.NODE_OPTIONS;
    const writer = join(root, 'scripts', 'code-cache-writer.cjs');
    const cli = join(root, 'bin', 'ml-career.js');
    const run = (args, options = {}) => {
      const result = spawnSync(process.execPath, options.script ? [writer, ...args] : ['--require', writer, cli, ...args], {
        env,
        cwd: work,
        encoding: 'utf8',
        input: options.input ?? '',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.status !== 0 && options.optional) {
        console.warn(`build: warning: \`${args.join(' ')}\` (to write the code cache) exited ${result.status ?? result.signal}; its bundles load a little slower:\n${result.stderr}`);
      } else if (result.status !== 0) {
        console.error(`build: \`ml-career ${args.join(' ')}\` (to write the code cache) exited ${result.status ?? result.signal}:\n${result.stderr}`);
        process.exit(1);
      }
      return result.stdout;
    };
    const set = JSON.parse(builtinRubrics);
    const answers = { rubricSet: `${set.info.id}@${set.info.version}`, answers: Object.fromEntries(set.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions.map((question) => [question.id, firstAnswer(question)])))) };
    await writeFile(join(work, 'answers.json'), JSON.stringify(answers, null, 2));
    // YAML in block style (JSON values are YAML too), so it is read by the YAML reader, not the clean-JSON one.
    const yaml = [`rubricSet: ${answers.rubricSet}`, 'answers:', ...Object.entries(answers.answers).map(([id, value]) => `  ${id}: ${JSON.stringify(value)}`)];
    await writeFile(join(work, 'answers.yaml'), `${yaml.join('\n')}\n`);
    await mkdir(join(work, 'team'));
    run(['--help']);
    run(['assess', '--help']);
    run(['assess', '--answers', 'answers.json', '--format', 'json', '-o', join('team', 'a.json')]);
    run(['assess', '--answers', 'answers.json', '--format', 'json']);
    for (const format of ['text', 'md', 'html']) run(['assess', '--answers', 'answers.json', '--format', format, '--no-history']);
    run(['assess', '--answers', '-', '--format', 'json', '--no-history'], { input: JSON.stringify(answers) });
    run(['assess', '--answers', 'answers.yaml', '--format', 'json', '--no-history']);
    run(['template']);
    run(['report', join('team', 'a.json')]);
    run(['history']);
    run(['compare']);
    run(['team', 'team']);
    run(['rubrics', 'list']);
    run(['rubrics', 'show', '--format', 'json']);
    run(['rubrics', 'validate']);
    run(['schema', 'report']);
    // In a stand-in terminal: a real one (a pseudo-terminal) is not at hand on every machine that builds.
    run(['--interactive', 'assess'], { script: true, optional: true });
    const cached = new Set(existsSync(join(root, 'dist', 'code-cache')) ? await readdir(join(root, 'dist', 'code-cache')) : []);
    const unreached = (await readdir(join(root, 'dist'))).filter((name) => name.endsWith('.js') && name !== 'cli.js' && !cached.has(`${name}.cache`));
    if (unreached.length > 0) run(unreached, { script: true });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A valid answer to any question, for the build's runs. */
function firstAnswer(question) {
  switch (question.kind) {
    case 'scale':
      return 2;
    case 'boolean':
      return true;
    case 'choice':
      return question.options[0].id;
    case 'multi':
      return [question.options[0].id];
    case 'number':
      return question.min;
  }
  throw new Error(`build: unknown question kind ${question.kind}`);
}

function buildBundle(file, outfile, found) {
  return build({
    ...common,
    entryPoints: [file],
    outfile,
    metafile: true,
    format: 'cjs',
    // import() of a bundle becomes require(), so no ES module loader is started.
    supported: { 'dynamic-import': false },
    plugins: [lazyChildProcess, lazyBundles(found)],
    minify: true,
    // import.meta.url, worked out when read (most bundles never read it) rather than at every bundle's load.
    banner: { js: "const __mlCareerImportMeta = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
    define: {
      'import.meta.url': '__mlCareerImportMeta.url',
      __ML_CAREER_VERSION__: JSON.stringify(pkg.version),
      __ML_CAREER_BUILTIN_RUBRICS__: JSON.stringify(builtinRubrics),
      __ML_CAREER_BUILTIN_STAGES__: JSON.stringify(builtinStages),
    },
  });
}
