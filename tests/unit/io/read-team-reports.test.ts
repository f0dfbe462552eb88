import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { readTeamReports } from '../../../src/io/read-team-reports.ts';
import { tempDir } from '../../helpers/cli.ts';
import { builtinSet, variedReport } from '../../helpers/built-reports.ts';

let set: RubricSet;
let dir: string;

beforeAll(async () => {
  set = await builtinSet();
  dir = tempDir();
  mkdirSync(join(dir, 'team', 'nested'), { recursive: true });
  for (const n of [0, 1, 2]) writeFileSync(join(dir, 'team', `p${n}.json`), JSON.stringify(variedReport(set, n, `p${n}`)));
  writeFileSync(join(dir, 'team', 'notes.md'), '# not a report, not a .json: ignored');
  writeFileSync(join(dir, 'team', 'package.json'), JSON.stringify({ name: 'something', version: '1.0.0' }));
  writeFileSync(join(dir, 'team', 'broken.json'), JSON.stringify({ ...variedReport(set, 3, 'p3'), overall: { score: 140 } }));
  writeFileSync(join(dir, 'team', 'nested', 'p9.json'), JSON.stringify(variedReport(set, 9, 'p9')));
  writeFileSync(join(dir, 'extra.json'), JSON.stringify(variedReport(set, 4, 'p4')));
});

describe('readTeamReports', () => {
  it('reads the .json files directly inside a directory and the files given, in that order', async () => {
    const { reports } = await readTeamReports([join(dir, 'team'), join(dir, 'extra.json')]);
    expect(reports.map((entry) => entry.report.subject)).toEqual(['p0', 'p1', 'p2', 'p4']);
    expect(reports[0]!.source).toBe(join(dir, 'team', 'p0.json'));
  });

  it('names every file it cannot use and why, and carries on', async () => {
    const { problems } = await readTeamReports([join(dir, 'team'), join(dir, 'missing.json'), join(dir, 'team', 'nested', 'none')]);
    const byFile = Object.fromEntries(problems.map((problem) => [problem.file, problem.message]));
    expect(byFile[join(dir, 'team', 'package.json')]).toBe('not an ml-career JSON report');
    expect(byFile[join(dir, 'team', 'broken.json')]).toMatch(/^not a valid report: line \d+: overall\.score: /);
    expect(byFile[join(dir, 'missing.json')]).toBe('no such file or directory');
    expect(byFile[join(dir, 'team', 'nested', 'none')]).toBe('no such file or directory');
    expect(problems).toHaveLength(4);
  });

  it('says when a directory holds no reports', async () => {
    const empty = join(tempDir(), 'empty');
    mkdirSync(empty);
    expect((await readTeamReports([empty])).problems).toEqual([{ file: empty, message: 'no .json reports in this directory' }]);
  });
});
