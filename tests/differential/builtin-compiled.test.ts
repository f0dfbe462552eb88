/**
 * The build embeds the built-in rubrics, checked and resolved (scripts/build.mjs).
 * The built binary must give exactly what loading rubrics/ gives now (so a YAML
 * change without a rebuild fails here), and must not need the YAML to run.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import { resolvedRubricJson } from '../../src/rubric/describe.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import { repoRoot, runCli } from '../helpers/cli.ts';

let withoutYaml: string;
beforeAll(async () => {
  withoutYaml = await mkdtemp(join(tmpdir(), 'ml-career-no-yaml-'));
  for (const entry of ['package.json', 'bin', 'dist']) await cp(join(repoRoot, entry), join(withoutYaml, entry), { recursive: true });
});
afterAll(async () => {
  await rm(withoutYaml, { recursive: true, force: true });
});

describe('the compiled built-in rubrics', () => {
  test('equal what loading rubrics/ gives (else: npm run build)', async () => {
    const loaded = resolvedRubricJson(loadRubricSet(await readRubricDir(builtinRubricDir())));
    const built = runCli(['rubrics', 'show', '--format', 'json']);
    expect(built.status, built.stderr).toBe(0);
    expect(JSON.parse(built.stdout), 'dist/ embeds other rubrics than rubrics/ holds: run `npm run build`').toEqual(loaded);
  });

  test('a default run reads no rubric YAML; --rubrics still does', () => {
    const run = (...args: string[]) => spawnSync(process.execPath, [join(withoutYaml, 'bin', 'ml-career.js'), ...args], { encoding: 'utf8' });
    const list = run('rubrics', 'list');
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toMatch(/^AI\/ML Systems Engineer rubrics \d+\.\d+\.\d+ \(sha256:/);
    const custom = run('--rubrics', join(repoRoot, 'tests', 'fixtures', 'rubrics', 'valid'), 'rubrics', 'list');
    expect(custom.status).toBe(1);
    expect(custom.stderr).toMatch(/no such rubric directory: .*rubrics/);
  });
});
