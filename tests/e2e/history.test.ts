/**
 * End-to-end: history, compare and team through the built binary, with a private
 * data directory, stdout parsed for real.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparisonSchema } from '../../src/contracts/comparison.ts';
import { reportSchema } from '../../src/contracts/report.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { teamSchema } from '../../src/contracts/team.ts';
import { answersFileAt } from '../helpers/answers-at.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { builtinSet, variedReport } from '../helpers/built-reports.ts';

let set: RubricSet;
let work: string;
let low: string;
let high: string;

beforeAll(async () => {
  set = await builtinSet();
  work = tempDir();
  low = join(work, 'low.json');
  high = join(work, 'high.json');
  writeFileSync(low, JSON.stringify({ subject: 'ada', ...answersFileAt(set, 1) }));
  writeFileSync(high, JSON.stringify({ subject: 'ada', ...answersFileAt(set, 3) }));
});

/** A data directory shared by the runs of one test. */
function dataEnv(): { env: Record<string, string>; history: string } {
  const data = join(tempDir(), 'data');
  return { env: { XDG_DATA_HOME: data }, history: join(data, 'ml-career', 'history') };
}

describe('assess keeps each report in the history', () => {
  it('writes the JSON report, mode 0600, and the listing shows it', () => {
    const { env, history } = dataEnv();
    expect(runCli(['assess', '--answers', low, '--format', 'json'], { env }).status).toBe(0);
    expect(runCli(['assess', '--answers', high, '-o', join(work, 'r.md')], { env }).status).toBe(0);
    const files = readdirSync(history);
    expect(files).toHaveLength(2);
    for (const file of files) {
      expect(statSync(join(history, file)).mode & 0o777).toBe(0o600);
      expect(() => reportSchema.parse(JSON.parse(readFileSync(join(history, file), 'utf8')))).not.toThrow();
    }
    const list = runCli(['history'], { env });
    expect(list.status).toBe(0);
    expect(list.stderr).toBe('');
    const rows = list.stdout.trimEnd().split('\n').slice(2);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(new RegExp(`^1 .* ml-systems-engineer@${set.info.version.replaceAll('.', '\\.')}\\s+yes\\s+ada$`));
    const json = JSON.parse(runCli(['history', 'list', '--format', 'json'], { env }).stdout);
    expect(json.map((entry: { number: number }) => entry.number)).toEqual([1, 2]);
  });

  it('keeps nothing with --no-history', () => {
    const { env, history } = dataEnv();
    expect(runCli(['assess', '--answers', low, '--no-history', '--format', 'json'], { env }).status).toBe(0);
    expect(() => readdirSync(history)).toThrow();
    const list = runCli(['history'], { env });
    expect(list.status).toBe(0);
    expect(list.stdout).toBe('');
    expect(list.stderr).toContain('No assessments in the history yet');
  });

  it('warns, and still writes the report and exits 0, when the history cannot be written', () => {
    const blocked = join(tempDir(), 'data');
    writeFileSync(blocked, 'a file where the data directory should be');
    const result = runCli(['assess', '--answers', low, '--format', 'json'], { env: { XDG_DATA_HOME: blocked } });
    expect(result.status).toBe(0);
    expect(() => reportSchema.parse(JSON.parse(result.stdout))).not.toThrow();
    expect(result.stderr).toMatch(/^ml-career: warning: .*the report was not kept in the history/);
  });

  it('history show renders an entry in any format', () => {
    const { env } = dataEnv();
    runCli(['assess', '--answers', low, '--format', 'json'], { env });
    const shown = runCli(['history', 'show', '1', '--format', 'json'], { env });
    expect(shown.status).toBe(0);
    expect(reportSchema.parse(JSON.parse(shown.stdout)).subject).toBe('ada');
    expect(runCli(['history', 'show', '1'], { env }).stdout).toContain('ML career report for ada');
    const missing = runCli(['history', 'show', '5'], { env });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no history entry 5: the history has entries 1 to 1');
  });

  it('names a damaged history file in a warning, and lists the rest', () => {
    const { env, history } = dataEnv();
    runCli(['assess', '--answers', low, '--format', 'json'], { env });
    writeFileSync(join(history, 'junk.json'), 'not json: [');
    const list = runCli(['history'], { env });
    expect(list.status).toBe(0);
    expect(list.stderr).toContain(`${join(history, 'junk.json')}`);
    expect(list.stdout.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('compare', () => {
  it('compares the last two history entries by default', () => {
    const { env } = dataEnv();
    runCli(['assess', '--answers', low, '--format', 'json'], { env });
    runCli(['assess', '--answers', high, '--format', 'json'], { env });
    const result = runCli(['compare', '--format', 'json'], { env });
    expect(result.status).toBe(0);
    const comparison = comparisonSchema.parse(JSON.parse(result.stdout));
    expect([comparison.old.source, comparison.new.source]).toEqual(['history #1', 'history #2']);
    expect(comparison.stage.change).toBe('up');
    expect(comparison.moved.length).toBeGreaterThan(0);
    expect(comparison.moved.every((move) => (move.change ?? 0) > 0)).toBe(true);
    const text = runCli(['compare', '2', '1'], { env });
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/Stage: .* → .* \(down \d stages?\)/);
  });

  it('compares report files, and writes html with -o', () => {
    const a = join(work, 'a.json');
    const b = join(work, 'b.json');
    writeFileSync(a, JSON.stringify(variedReport(set, 1, 'ada')));
    writeFileSync(b, JSON.stringify(variedReport(set, 2, 'ada')));
    const out = join(tempDir(), 'moved.html');
    const result = runCli(['compare', a, b, '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it('needs two reports: exit 1 with what to do', () => {
    const { env } = dataEnv();
    runCli(['assess', '--answers', low, '--format', 'json'], { env });
    const result = runCli(['compare'], { env });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('compare needs two reports, and the history holds 1');
  });
});

describe('team', () => {
  function teamDir(): string {
    const dir = join(tempDir(), 'team');
    mkdirSync(dir);
    for (const n of [0, 1, 2, 3]) writeFileSync(join(dir, `p${n}.json`), JSON.stringify(variedReport(set, n, `engineer ${n}`)));
    return dir;
  }

  it('aggregates a directory of reports as versioned JSON', () => {
    const result = runCli(['team', teamDir(), '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const team = teamSchema.parse(JSON.parse(result.stdout));
    expect(team.size).toBe(4);
    expect(team.people.map((person) => person.name).sort()).toEqual(['engineer 0', 'engineer 1', 'engineer 2', 'engineer 3']);
  });

  it('skips a bad or foreign report with a warning naming it, or fails with --strict', () => {
    const dir = teamDir();
    writeFileSync(join(dir, 'package.json'), '{"name": "x"}');
    const lenient = runCli(['team', dir, '--format', 'json']);
    expect(lenient.status).toBe(0);
    expect(JSON.parse(lenient.stdout).size).toBe(4);
    expect(lenient.stderr).toBe(`ml-career: warning: ${join(dir, 'package.json')}: not an ml-career JSON report — skipped\n`);
    const strict = runCli(['team', dir, '--strict']);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toContain(`${join(dir, 'package.json')}: not an ml-career JSON report`);
  });

  it('--anonymize gives stable pseudonyms and names no person and no file', () => {
    const dir = teamDir();
    const { env } = dataEnv();
    const first = runCli(['team', dir, '--anonymize', '--format', 'json'], { env });
    const second = runCli(['team', dir, '--anonymize', '--format', 'md'], { env });
    expect(first.status).toBe(0);
    expect(first.stdout).not.toMatch(/engineer \d|p\d\.json/);
    expect(second.stdout).not.toMatch(/engineer \d|p\d\.json/);
    const names: string[] = JSON.parse(first.stdout).people.map((person: { name: string }) => person.name);
    expect(names.every((name) => /^person-[a-z2-9]{6}$/.test(name))).toBe(true);
    for (const name of names) expect(second.stdout).toContain(name);
    // Who fits each track best is named by the same pseudonyms.
    const bestFits: string[] = JSON.parse(first.stdout).tracks.flatMap((track: { bestFits: { name: string }[] }) => track.bestFits.map((fit) => fit.name));
    expect(bestFits.length).toBeGreaterThan(0);
    expect(bestFits.every((name) => names.includes(name))).toBe(true);
    expect(second.stdout).toContain('## Tracks');
  });

  it('fails with exit 1 when nothing is left to aggregate, and 2 for no argument', () => {
    const empty = join(tempDir(), 'none');
    mkdirSync(empty);
    const result = runCli(['team', empty]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('no reports to aggregate');
    expect(runCli(['team']).status).toBe(2);
  });

  it('prints its schema and the comparison schema', () => {
    for (const name of ['team', 'compare']) {
      const result = runCli(['schema', name]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).$id).toBe(`urn:ml-career:schema:${name}`);
    }
  });
});

describe('temporary files a killed run left behind', () => {
  it('are removed by the next run that writes to the same directory, when their process no longer runs', () => {
    const { env, history } = dataEnv();
    const out = tempDir();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const stamp = Date.now().toString(36);
    mkdirSync(history, { recursive: true });
    const staleReport = join(out, `.report.json.${gone}.${stamp}.tmp`);
    const staleEntry = join(history, `.${gone}.${stamp}.tmp`);
    // One of a process that still runs (this one) is left alone.
    const live = join(out, `.report.json.${process.pid}.${stamp}.tmp`);
    for (const file of [staleReport, staleEntry, live]) writeFileSync(file, '{"half":');
    expect(runCli(['assess', '--answers', low, '--format', 'json', '-o', join(out, 'report.json')], { env }).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`.report.json.${process.pid}.${stamp}.tmp`, 'report.json']);
    expect(readdirSync(history).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    rmSync(live);
  });
});
