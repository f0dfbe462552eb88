/**
 * What the fast commands load: `--version` no bundle at all, `--help` none either
 * unless stdout is a terminal, and then, like a scripted `assess` with a clean JSON
 * answers file, only bundles without zod or a YAML parser (nor, for `--format json`,
 * the other formats' renderers). The bundles
 * a run loads are recorded from the run itself; what each bundle holds is read from
 * esbuild's metafile, which the build writes to dist/meta.json.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAnswersJson, launcher, program, root, runBuilt } from './built-cli.ts';

interface Metafile {
  outputs: Record<string, { inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(join(root, 'dist', 'meta.json'), 'utf8')) as Metafile;
const HEAVY = { zod: /(^|\/)node_modules\/zod\//, yaml: /(^|\/)node_modules\/yaml\//, 'js-yaml': /(^|\/)node_modules\/js-yaml\// };

/** The packages of `packages` that the bundle dist/<name> holds code of. */
function packagesIn(name: string, packages: Record<string, RegExp>): string[] {
  const output = meta.outputs[`dist/${name}`];
  if (!output) throw new Error(`dist/meta.json has no dist/${name}: run \`npm run build\``);
  const inputs = Object.keys(output.inputs);
  return Object.entries(packages)
    .filter(([, pattern]) => inputs.some((input) => pattern.test(input)))
    .map(([packageName]) => packageName);
}

let work: string;
let answers: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'ml-career-bundle-contents-'));
  answers = join(work, 'answers.json');
  writeFileSync(answers, completeAnswersJson());
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the metafile', () => {
  it('names every bundle and what it holds: some hold zod and yaml (those that load rubric directories)', () => {
    expect(Object.keys(meta.outputs)).toContain('dist/cli.js');
    // Without this, a metafile read wrongly would let every check below pass.
    const names = Object.keys(meta.outputs).map((output) => output.replace(/^dist\//, ''));
    expect(names.filter((name) => packagesIn(name, HEAVY).includes('zod') && packagesIn(name, HEAVY).includes('yaml')).length).toBeGreaterThan(0);
  });
});

describe('bundles loaded', () => {
  it('by --version and -V: none, the launcher answers', () => {
    for (const flag of ['--version', '-V']) {
      const run = runBuilt(launcher, [flag], { bundles: true });
      expect(run.status).toBe(0);
      expect(run.bundles).toEqual([]);
    }
  });

  it('by --help and -h with stdout not a terminal: none, the launcher answers', () => {
    for (const flag of ['--help', '-h']) {
      const run = runBuilt(launcher, [flag], { bundles: true });
      expect(run.status).toBe(0);
      expect(run.bundles).toEqual([]);
    }
  });

  it('by --help as the program prints it (on a terminal): none with zod or a YAML parser', () => {
    const run = runBuilt(program, ['--help'], { bundles: true });
    expect(run.status).toBe(0);
    expect(run.bundles).toContain('cli.js');
    for (const name of run.bundles!) expect(packagesIn(name, HEAVY), name).toEqual([]);
  });

  it('by assess --answers <clean>.json --format json: none with zod, a YAML parser or chalk', () => {
    const run = runBuilt(launcher, ['assess', '--answers', answers, '--format', 'json'], { bundles: true });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('stage');
    // The program and the bundle of the assess command, whatever the build names it.
    expect(run.bundles).toContain('cli.js');
    expect(run.bundles!.filter((name) => name !== 'cli.js' && name !== 'errors.js').length).toBeGreaterThan(0);
    for (const name of run.bundles!) expect(packagesIn(name, { ...HEAVY, chalk: /(^|\/)node_modules\/chalk\// }), name).toEqual([]);
  });

  it('by the same with a YAML answers file: the YAML reader, so the check above is not empty', () => {
    const yaml = join(work, 'answers.yaml');
    const { rubricSet, answers: values } = JSON.parse(readFileSync(answers, 'utf8')) as { rubricSet: string; answers: Record<string, unknown> };
    writeFileSync(yaml, [`rubricSet: ${rubricSet}`, 'answers:', ...Object.entries(values).map(([id, value]) => `  ${id}: ${JSON.stringify(value)}`)].join('\n'));
    const run = runBuilt(launcher, ['assess', '--answers', yaml, '--format', 'json'], { bundles: true });
    expect(run.status).toBe(0);
    expect(run.bundles!.flatMap((name) => packagesIn(name, HEAVY))).toContain('yaml');
  });
});
