/** `assess --about … --rater …` through the built binary: the report says who rated whom, and the history stays one's own. */
import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/contracts/report.ts';
import { runCli, tempDir } from '../helpers/cli.ts';

const ANSWERS = 'tests/corpus/inputs/answers.yaml';

describe('assess as a manager', () => {
  it('records the subject and the rater, and says so in the title of every view', () => {
    const args = ['assess', '--answers', ANSWERS, '--about', 'Ada Lovelace', '--rater', 'manager', '--rater-name', 'Grace', '--no-history'];
    const json = runCli([...args, '--format', 'json']);
    expect(json.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(json.stdout));
    expect(report.subject).toBe('Ada Lovelace');
    expect(report.rater).toEqual({ role: 'manager', name: 'Grace' });
    for (const format of ['text', 'md', 'html']) {
      expect(runCli([...args, '--format', format]).stdout).toContain('ML career report for Ada Lovelace, rated by their manager (Grace)');
    }
  });

  it('a plain run records no rater: the report is the subject own, as before', () => {
    const report = reportSchema.parse(JSON.parse(runCli(['assess', '--answers', ANSWERS, '--no-history', '--format', 'json']).stdout));
    expect(report.rater).toBeUndefined();
  });

  it('keeps a rating of someone else out of the history, in a ratings directory of its own', () => {
    const data = tempDir();
    const env = { XDG_DATA_HOME: data };
    expect(runCli(['assess', '--answers', ANSWERS, '--about', 'Ada', '--rater', 'peer', '--format', 'json'], { env }).status).toBe(0);
    const history = runCli(['history', 'list', '--format', 'json'], { env });
    expect(history.status).toBe(0);
    expect(JSON.parse(history.stdout === '' ? '[]' : history.stdout)).toEqual([]);
    const ratings = join(data, 'ml-career', 'ratings');
    expect(existsSync(ratings) && readdirSync(ratings).filter((name) => name.endsWith('.json'))).toHaveLength(1);
    expect(runCli(['assess', '--answers', ANSWERS, '--format', 'json'], { env }).status).toBe(0);
    expect(JSON.parse(runCli(['history', 'list', '--format', 'json'], { env }).stdout)).toHaveLength(1);
  });

  it('team leaves ratings out unless --include-ratings', () => {
    const dir = tempDir();
    for (const name of ['a', 'b', 'c']) copyFileSync('tests/fixtures/reports/sample.json', join(dir, `${name}.json`));
    expect(runCli(['assess', '--answers', ANSWERS, '--about', 'Ada', '--rater', 'manager', '--no-history', '-o', join(dir, 'rating.json')]).status).toBe(0);
    const team = runCli(['team', dir, '--min-group', '1', '--format', 'json']);
    expect(team.stderr).toContain('a rating of Ada by their manager');
    expect((JSON.parse(team.stdout) as { people: { name: string }[] }).people.map((person) => person.name)).not.toContain('Ada');
    const all = runCli(['team', dir, '--min-group', '1', '--include-ratings', '--format', 'json']);
    expect((JSON.parse(all.stdout) as { people: { name: string }[] }).people.map((person) => person.name)).toContain('Ada');
  });
});
