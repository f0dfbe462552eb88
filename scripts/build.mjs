// Bundles the CLI into dist/cli.js (one ESM file) so that start-up does not walk
// node_modules. Inquirer stays a lazily imported chunk: only interactive runs load it.
// The built-in rubrics are checked here, with the full schema and lints, and embedded
// as JSON, so a default run neither parses YAML nor runs the schema (src/rubric/builtin.ts).
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

// commander and yaml are CommonJS; inside an ESM bundle they need a real `require`.
const requireBanner = {
  js: "import { createRequire as __mlCareerCreateRequire } from 'node:module'; const require = __mlCareerCreateRequire(import.meta.url);",
};
const common = { bundle: true, format: 'esm', platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning', banner: requireBanner };

/** The built-in rubric set, loaded from rubrics/ by the same code as `--rubrics`, as JSON. */
async function compileBuiltinRubrics() {
  const loader = await build({
    ...common,
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

process.chdir(root);
const builtinRubrics = await compileBuiltinRubrics();

// Chunk names carry content hashes: start clean so stale chunks never pile up.
await rm(join(root, 'dist'), { recursive: true, force: true });

await build({
  ...common,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  sourcemap: false,
  minifyWhitespace: true,
  minifySyntax: true,
  define: {
    __ML_CAREER_VERSION__: JSON.stringify(pkg.version),
    __ML_CAREER_BUILTIN_RUBRICS__: JSON.stringify(builtinRubrics),
  },
});
