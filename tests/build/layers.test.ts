/**
 * The layer rules are checked, not hoped for: dependency-cruiser passes on src/ with
 * the project's config, and removing one layer's permission to import the layer below
 * it makes the same run fail with the name of the rule.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
const scratch = mkdtempSync(join(tmpdir(), 'ml-career-layers-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cruise(config: string) {
  return spawnSync(depcruise, ['src', '--config', config, '--output-type', 'err'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

describe('dependency-cruiser layers', () => {
  test('src/ keeps every layer rule and has no cycle', () => {
    const result = cruise('.dependency-cruiser.cjs');
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  test('taking away cli’s permission to import render fails, naming the rule', () => {
    // A config that loads the real one and drops render from what cli may import.
    const config = join(scratch, 'without-cli-render.cjs');
    writeFileSync(
      config,
      [
        `const real = require(${JSON.stringify(join(root, '.dependency-cruiser.cjs'))});`,
        'const forbidden = real.forbidden.map((rule) =>',
        "  rule.name !== 'cli-imports-only-below' ? rule : { ...rule, to: { ...rule.to, pathNot: rule.to.pathNot.map((p) => p.replace('|render', '')) } },",
        ');',
        'module.exports = { ...real, forbidden };',
      ].join('\n'),
    );
    const result = cruise(config);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('cli-imports-only-below');
  });
});
