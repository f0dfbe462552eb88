import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.ts';
import { readHistory } from '../../../src/io/history-store.ts';
import { historyDir, recordReport } from '../../../src/io/record-report.ts';
import { isHistoryNumber } from '../../../src/io/known-files.ts';
import { historyEntry, loadReportRef } from '../../../src/io/report-ref.ts';
import { historyJson, historyTable } from '../../../src/render/history/history-table.ts';
import type { Report } from '../../../src/contracts/report.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';
import { tempDir } from '../../helpers/cli.ts';
import { builtinSet, reportAt } from '../../helpers/built-reports.ts';

let set: RubricSet;
let early: Report;
let late: Report;

beforeAll(async () => {
  set = await builtinSet();
  early = reportAt(set, { level: 1, generatedAt: '2026-01-01T08:00:00.000Z', subject: 'ada' });
  late = reportAt(set, { level: 3, generatedAt: '2026-06-01T08:00:00.000Z', subject: 'ada' });
});

describe('historyDir', () => {
  it.each([
    [{ XDG_DATA_HOME: '/data' }, '/home/ada', '/data/ml-career/history'],
    [{}, '/home/ada', '/home/ada/.local/share/ml-career/history'],
    [{ XDG_DATA_HOME: 'relative/dir' }, '/home/ada', '/home/ada/.local/share/ml-career/history'],
  ])('%j with home %s → %s', (env, home, expected) => {
    expect(historyDir(env, home)).toBe(expected);
  });
});

describe('recordReport and readHistory', () => {
  it('keeps each report as a private file in a private directory, oldest numbered 1', async () => {
    const dir = join(tempDir(), 'history');
    const second = await recordReport(dir, late);
    const first = await recordReport(dir, early);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const file of [first, second]) expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.endsWith('2026-01-01T08-00-00.000Z.json')).toBe(true);
    const history = await readHistory(dir);
    expect(history.problems).toEqual([]);
    expect(history.entries.map((entry) => [entry.number, entry.report.generatedAt])).toEqual([
      [1, early.generatedAt],
      [2, late.generatedAt],
    ]);
    expect(history.entries[1]!.report).toEqual(late);
  });

  it('never overwrites: two reports with the same time get two files', async () => {
    const dir = join(tempDir(), 'history');
    await recordReport(dir, early);
    await recordReport(dir, { ...early, subject: 'grace' });
    expect(readdirSync(dir).sort()).toEqual(['2026-01-01T08-00-00.000Z-2.json', '2026-01-01T08-00-00.000Z.json']);
    expect((await readHistory(dir)).entries.map((entry) => entry.report.subject).sort()).toEqual(['ada', 'grace']);
  });

  it('skips a damaged file with a located problem, and leaves it in place', async () => {
    const dir = join(tempDir(), 'history');
    await recordReport(dir, early);
    writeFileSync(join(dir, 'broken.json'), '{"schemaVersion": 1,\n  "tool": ');
    const history = await readHistory(dir);
    expect(history.entries).toHaveLength(1);
    expect(history.problems).toHaveLength(1);
    expect(history.problems[0]!.file).toBe(join(dir, 'broken.json'));
    expect(readdirSync(dir)).toContain('broken.json');
  });

  it('reads a missing directory as an empty history', async () => {
    const missing = join(tempDir(), 'nothing-here');
    expect(await readHistory(missing)).toEqual({ dir: missing, entries: [], problems: [] });
  });

  it('rejects when the history cannot be written (assess turns that into a warning)', async () => {
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, 'not a directory');
    await expect(recordReport(join(file, 'history'), early)).rejects.toMatchObject({ code: expect.stringMatching(/^E(NOTDIR|EXIST)$/) });
  });
});

describe('report references', () => {
  it.each([
    ['1', true],
    ['12', true],
    ['./1', false],
    ['-1', false],
    ['report.json', false],
    ['1.json', false],
  ])('%s is a history number: %s', (ref, expected) => {
    expect(isHistoryNumber(ref)).toBe(expected);
  });

  it('finds a history entry by number, and says which exist when it is not there', async () => {
    const dir = join(tempDir(), 'history');
    await recordReport(dir, early);
    await recordReport(dir, late);
    const history = await readHistory(dir);
    expect((await loadReportRef('2', async () => history)).source).toBe('history #2');
    expect(() => historyEntry(history, 3)).toThrow(DataError);
    expect(() => historyEntry(history, 3)).toThrow('no history entry 3: the history has entries 1 to 2');
  });

  it('reads a report file, never touching the history', async () => {
    const file = join(tempDir(), 'report.json');
    writeFileSync(file, JSON.stringify(early));
    const named = await loadReportRef(file, () => Promise.reject(new Error('history read')));
    expect(named).toEqual({ source: file, report: early });
  });

  it('names the file and the problem for a report that is not valid', async () => {
    const dir = tempDir();
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ ...early, stage: 'senior' }));
    await expect(loadReportRef(file, () => Promise.reject(new Error('unused')))).rejects.toThrow(/bad\.json:\d+:\d+: stage/);
  });
});

describe('the listing', () => {
  it('shows number, date, stage, score, scope, rubric set and completeness, one line each', async () => {
    const dir = join(tempDir(), 'history');
    await recordReport(dir, early);
    await recordReport(dir, late);
    const { entries } = await readHistory(dir);
    const lines = historyTable(entries).trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^#\s+date \(UTC\)\s+stage\s+overall\s+scope\s+rubric set\s+complete\s+name$/);
    expect(lines[2]).toMatch(new RegExp(`^1\\s+2026-01-01 08:00\\s+${early.stage.title}\\s+${early.overall.score}\\s+full\\s+${early.rubricSet.id}@${early.rubricSet.version.replaceAll('.', '\\.')}\\s+yes\\s+ada$`));
    const json = JSON.parse(historyJson(entries));
    expect(json[1]).toEqual(expect.objectContaining({ number: 2, overall: late.overall.score, complete: true, stage: expect.objectContaining({ id: late.stage.id }) }));
    expect(json[0].scope).toEqual({ quick: false, only: null, label: 'full' });
  });
});
