/** `team --min-group` through the built binary: a team of two shows no person unless --min-group 1. */
import { parse } from 'csv-parse/sync';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.ts';
import { builtinSet, variedReport } from '../helpers/built-reports.ts';

let dir: string;

beforeAll(async () => {
  const set = await builtinSet();
  dir = join(tempDir(), 'team');
  mkdirSync(dir);
  for (let n = 0; n < 2; n++) writeFileSync(join(dir, `p${n}.json`), JSON.stringify(variedReport(set, n, `engineer ${n}`)));
});

describe('team of two', () => {
  it('by default holds back every per-person cell and says so, in every view', () => {
    for (const format of ['text', 'md', 'html']) {
      const result = runCli(['team', dir, '--format', format]);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('fewer than 3 people');
      expect(result.stdout).not.toContain('engineer 0');
    }
    const json = JSON.parse(runCli(['team', dir, '--format', 'json']).stdout) as { people: unknown[]; withheld: { people: number } };
    expect(json.people).toEqual([]);
    expect(json.withheld.people).toBe(2);
  });

  it('refuses a CSV, which would be all per-person cells, in one line', () => {
    const result = runCli(['team', dir, '--format', 'csv']);
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('--min-group 3');
    expect(result.stdout).toBe('');
  });

  it('--min-group 1 shows both people, in the CSV too', () => {
    const text = runCli(['team', dir, '--min-group', '1']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('engineer 0');
    expect(text.stdout).not.toContain('Held back');
    const csv = runCli(['team', dir, '--min-group', '1', '--format', 'csv']);
    const people = new Set((parse(csv.stdout, { columns: true }) as { person: string }[]).map((row) => row.person));
    expect(people).toEqual(new Set(['engineer 0', 'engineer 1']));
  });
});
