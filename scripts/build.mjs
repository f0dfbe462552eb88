// Bundles the CLI into dist/cli.js (one ESM file) so that start-up does not walk
// node_modules. Inquirer stays a lazily imported chunk: only interactive runs load it.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

// Chunk names carry content hashes: start clean so stale chunks never pile up.
await rm(new URL('../dist/', import.meta.url), { recursive: true, force: true });

await build({
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  define: { __ML_CAREER_VERSION__: JSON.stringify(pkg.version) },
  // commander and yaml are CommonJS; inside an ESM bundle they need a real `require`.
  banner: { js: "import { createRequire as __mlCareerCreateRequire } from 'node:module'; const require = __mlCareerCreateRequire(import.meta.url);" },
});
