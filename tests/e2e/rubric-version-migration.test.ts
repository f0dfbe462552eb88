/**
 * An answers file written for ml-systems-engineer 1.0.0 loads into the current
 * version: answers to questions that still exist are kept, the rest are named in one
 * warning, and only the questions that are new are reported missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runCli } from '../helpers/cli.ts';

const FIXTURES = join(repoRoot, 'tests', 'fixtures', 'answers');
const oldFile = join(FIXTURES, 'ml-systems-engineer-1.0.0.yaml');
const oldIds = readFileSync(join(FIXTURES, 'ml-systems-engineer-1.0.0-question-ids.txt'), 'utf8').trim().split('\n');

function currentIds(): string[] {
  const template = runCli(['template']);
  expect(template.status).toBe(0);
  return Object.keys((parse(template.stdout) as { answers: Record<string, unknown> }).answers);
}

describe('answers for rubric set 1.0.0', () => {
  test('the fixture answers every 1.0.0 question and says it was written for 1.0.0', () => {
    const file = parse(readFileSync(oldFile, 'utf8')) as { rubricSet: string; answers: Record<string, unknown> };
    expect(file.rubricSet).toBe('ml-systems-engineer@1.0.0');
    expect(Object.keys(file.answers).sort()).toEqual([...oldIds].sort());
  });

  test('load with the kept answers, one warning naming the rest, and only the new questions missing', () => {
    const current = currentIds();
    const kept = oldIds.filter((id) => current.includes(id));
    const retired = oldIds.filter((id) => !current.includes(id));
    const added = current.filter((id) => !oldIds.includes(id));

    const result = runCli(['assess', '--answers', oldFile, '--allow-partial', '--no-history', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { missing: string[]; answers: Record<string, unknown>; rubricSet: { version: string } };
    expect(report.rubricSet.version).not.toBe('1.0.0');
    expect([...report.missing].sort()).toEqual([...added].sort());
    for (const id of kept) expect(Object.keys(report.answers)).toContain(id);
    for (const id of retired) expect(Object.keys(report.answers)).not.toContain(id);

    // 2.0.0 keeps every 1.0.0 question and adds new ones, so nothing is set aside here
    // (the last test sets one aside) and only the new questions are missing.
    expect(retired).toEqual([]);
    expect(added.length).toBeGreaterThan(0);
    expect(result.stderr.split('\n').filter((line) => line.includes('set aside'))).toEqual([]);
  });

  test('without --allow-partial, a scripted run reports the new questions as missing', () => {
    const added = currentIds().filter((id) => !oldIds.includes(id));
    expect(added.length).toBeGreaterThan(0);
    const result = runCli(['assess', '--answers', oldFile, '--no-history']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(added[0]!);
  });

  test('an answer to a question this version no longer asks is set aside with a warning, not refused', () => {
    const answers = `rubricSet: ml-systems-engineer@1.0.0\nanswers:\n  a-question-retired-since: 3\n`;
    const result = runCli(['assess', '--answers', '-', '--allow-partial', '--no-history', '--format', 'json'], { input: answers });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/ml-career: warning: .*set aside: a-question-retired-since/);
    const same = runCli(['assess', '--answers', '-', '--allow-partial', '--no-history'], { input: 'answers:\n  a-question-retired-since: 3\n' });
    expect(same.status).toBe(1);
    expect(same.stderr).toContain('unknown question "a-question-retired-since"');
  });
});
