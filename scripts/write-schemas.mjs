// Writes schemas/*.schema.json from the zod schemas (run: `npm run schemas`).
// Node 20 cannot import TypeScript, so esbuild bundles the generator in memory first.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const bundled = await build({
  entryPoints: [fileURLToPath(new URL('src/contracts/json-schemas.ts', root))],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const source = bundled.outputFiles[0].text;
const { SCHEMA_NAMES, jsonSchemaFor, schemaFileName } = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);

for (const name of SCHEMA_NAMES) {
  const target = new URL(`schemas/${schemaFileName(name)}`, root);
  await writeFile(target, `${JSON.stringify(jsonSchemaFor(name), null, 2)}\n`);
  console.error(`wrote ${fileURLToPath(target)}`);
}
