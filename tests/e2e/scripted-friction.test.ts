/**
 * End-to-end, through the built binary: the scripted paths that used to need a
 * workaround. A quick template scores as a quick run; a JSON report re-runs as
 * answers; compare warns when two reports are not of the same person or questions,
 * and tells gaps that opened because the next stage expects more from gaps opened
 * by a lower level; history shows each entry's scope.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { comparisonSchema } from '../../src/contracts/comparison.ts';
import type { Question, RubricSet } from '../../src/contracts/rubric.ts';
import { answersFileAt, valueAtLevel } from '../helpers/answers-at.ts';
import { runCli, tempDir } from '../helpers/cli.ts';
import { builtinSet } from '../helpers/built-reports.ts';

let set: RubricSet;
let work: string;
let questions: Map<string, Question>;

beforeAll(async () => {
  set = await builtinSet();
  work = tempDir();
  questions = new Map(set.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions.map((question) => [question.id, question] as const))));
});

/** A data directory shared by the runs of one test. */
function dataEnv(): Record<string, string> {
  return { XDG_DATA_HOME: join(tempDir(), 'data') };
}

/** Writes `template <args>` filled in at `level`, keeping its comments and scope. */
function filledTemplate(name: string, args: string[], level: number): string {
  const template = runCli(['template', ...args]);
  expect(template.status).toBe(0);
  const doc = parseDocument(template.stdout);
  for (const id of Object.keys(doc.toJS().answers as object)) doc.setIn(['answers', id], valueAtLevel(questions.get(id)!, level));
  const file = join(work, name);
  writeFileSync(file, doc.toString());
  return file;
}

/** A JSON report of every built-in question answered at `level`, scored with `args`. */
function reportFile(name: string, level: number, args: string[] = []): string {
  const answers = join(work, `${name}-answers.json`);
  writeFileSync(answers, JSON.stringify(answersFileAt(set, level)));
  const file = join(work, `${name}.json`);
  const run = runCli(['assess', '--answers', answers, '-o', file, '--no-history', ...args]);
  expect(run.status).toBe(0);
  return file;
}

function jsonOf(stdout: string) {
  return JSON.parse(stdout) as {
    subject: string | null;
    scope: { quick: boolean; only: string[] | null; questions: number };
    complete: boolean;
    stage: { id: string };
    competencies: { id: string; level: number | null }[];
    answers: Record<string, { value: unknown; note?: string }>;
  };
}

describe('an answers file records its scope', () => {
  it('a filled-in `template --quick` scores as a quick run without --allow-partial', () => {
    const file = filledTemplate('quick.yaml', ['--quick'], 2);
    expect(readFileSync(file, 'utf8')).toMatch(/^scope: \{ quick: true \}$/m);
    const run = runCli(['assess', '--answers', file, '--format', 'json', '--no-history']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = jsonOf(run.stdout);
    expect(report.scope).toMatchObject({ quick: true, only: null });
    expect(report.complete).toBe(true);
  });

  it('`template --only` files score with their categories; a flag given wins over its half of the scope', () => {
    const file = filledTemplate('only.yaml', ['--quick', '--only', 'ml,production'], 3);
    expect(jsonOf(runCli(['assess', '--answers', file, '--format', 'json', '--no-history']).stdout).scope).toMatchObject({ quick: true, only: ['ml', 'production'] });
    const narrowed = runCli(['assess', '--answers', file, '--only', 'ml', '--format', 'json', '--no-history']);
    expect(narrowed.status).toBe(0);
    expect(jsonOf(narrowed.stdout).scope).toMatchObject({ quick: true, only: ['ml'] });
    // --only beyond what the file answers: the missing answers are named, with the template that lists them.
    const widened = runCli(['assess', '--answers', file, '--only', 'soft-skills', '--no-history']);
    expect(widened.status).toBe(1);
    expect(widened.stderr).toContain('`ml-career template --quick --only soft-skills` lists every question');
  });

  it('--save-answers after a quick run writes the scope, so the saved file re-runs as quick', () => {
    const quick = filledTemplate('quick-save.yaml', ['--quick'], 1);
    const saved = join(work, 'saved.json');
    expect(runCli(['assess', '--answers', quick, '--save-answers', saved, '--no-history', '--format', 'json']).status).toBe(0);
    expect(JSON.parse(readFileSync(saved, 'utf8')).scope).toEqual({ quick: true });
    const again = runCli(['assess', '--answers', saved, '--format', 'json', '--no-history']);
    expect(again.status).toBe(0);
    expect(jsonOf(again.stdout).scope.quick).toBe(true);
  });
});

describe('a JSON report given to --answers', () => {
  it('re-runs the assessment from its answers: same answers, notes, subject, scope and stage', () => {
    const answers = join(work, 'noted.json');
    const file = { subject: 'Ada', ...answersFileAt(set, 2) } as { subject: string; answers: Record<string, unknown> };
    const first = Object.keys(file.answers)[0]!;
    file.answers[first] = { value: file.answers[first], note: 'shipped the fraud model' };
    writeFileSync(answers, JSON.stringify(file));
    const report = join(work, 'report.json');
    expect(runCli(['assess', '--answers', answers, '--only', 'engineering,ml', '-o', report, '--no-history']).status).toBe(0);

    const rerun = runCli(['assess', '--answers', report, '--format', 'json', '--no-history']);
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);
    const before = jsonOf(readFileSync(report, 'utf8'));
    const after = jsonOf(rerun.stdout);
    expect(after.answers).toEqual(before.answers);
    expect(after.answers[first]!.note).toBe('shipped the fraud model');
    expect(after.subject).toBe('Ada');
    expect(after.scope).toEqual(before.scope);
    expect(after.stage).toEqual(before.stage);
    expect(after.competencies).toEqual(before.competencies);

    // Flags still win: a name, and a scope.
    const renamed = jsonOf(runCli(['assess', '--answers', report, '--name', 'Grace', '--quick', '--format', 'json', '--no-history']).stdout);
    expect(renamed.subject).toBe('Grace');
    expect(renamed.scope).toMatchObject({ quick: true, only: ['engineering', 'ml'] });
  });

  it('needs --allow-partial for a report that does not answer every question of its scope', () => {
    const report = join(work, 'partial.json');
    const data = JSON.parse(readFileSync(reportFile('for-partial', 2), 'utf8'));
    delete data.answers[Object.keys(data.answers)[0]!];
    writeFileSync(report, JSON.stringify(data));
    const run = runCli(['assess', '--answers', report, '--no-history']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 question is not answered');
    expect(run.stderr).toContain('the report does not answer them (a partial run, or questions added since); pass --allow-partial');
    const partial = runCli(['assess', '--answers', report, '--allow-partial', '--format', 'json', '--no-history']);
    expect(partial.status).toBe(0);
    expect(jsonOf(partial.stdout).complete).toBe(false);
  });

  it('refuses a report of another rubric set in one line naming both', () => {
    const report = join(work, 'other.json');
    writeFileSync(report, readFileSync(reportFile('for-other', 2), 'utf8').replace('"id": "ml-systems-engineer"', '"id": "data-platform"'));
    const run = runCli(['assess', '--answers', report, '--no-history']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/other\.json:\d+:\d+: rubricSet\.id: this report is from rubric set "data-platform", not the loaded set "ml-systems-engineer"/);
  });

  it('refuses a damaged report in one located line', () => {
    const report = join(work, 'damaged.json');
    const data = JSON.parse(readFileSync(reportFile('for-damage', 2), 'utf8'));
    for (const entry of Object.values(data.answers) as { value: unknown }[]) entry.value = { broken: true };
    writeFileSync(report, JSON.stringify(data, null, 2));
    const run = runCli(['assess', '--answers', report, '--no-history']);
    expect(run.status).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^ml-career: .*damaged\.json:\d+:\d+: answers\.[\w-]+\.value: .*got an object \(and \d+ more problems\)$/m);
  });
});

describe('compare', () => {
  it('warns in one stderr line when the subjects or scopes differ, and the comparison is the same as without it', () => {
    const ada = reportFile('ada-full', 2, ['--name', 'Ada']);
    const adaAgain = reportFile('ada-full-again', 2, ['--name', ' ada ']);
    const grace = reportFile('grace-quick', 2, ['--name', 'Grace', '--quick']);
    const same = runCli(['compare', ada, adaAgain]);
    expect(same.status).toBe(0);
    expect(same.stderr).toBe('');

    const differ = runCli(['compare', ada, grace]);
    expect(differ.status).toBe(0);
    const lines = differ.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `ml-career: warning: the reports differ in subject ("Ada" in ${ada}, "Grace" in ${grace}) and scope (full in ${ada}, quick in ${grace}); ` +
        'compared anyway, so a move may reflect that difference rather than progress',
    );
    expect(differ.stdout).not.toContain('warning');
    const json = runCli(['compare', ada, grace, '--format', 'json']);
    expect(() => comparisonSchema.parse(JSON.parse(json.stdout))).not.toThrow();

    const only = reportFile('ada-only', 2, ['--name', 'Ada', '--only', 'ml,engineering']);
    expect(runCli(['compare', ada, only]).stderr).toContain(`scope (full in ${ada}, only: ml,engineering in ${only})`);
  });

  it('groups opened gaps by cause: new at the next stage, lower than before', () => {
    const low = reportFile('low', 1);
    const high = reportFile('high', 3);
    const json = comparisonSchema.parse(JSON.parse(runCli(['compare', low, high, '--format', 'json']).stdout));
    expect(json.schemaVersion).toBe(2);
    expect(json.gapsOpened.length).toBeGreaterThan(0);
    for (const gap of json.gapsOpened) expect(gap.cause).toBe('target-raised');
    const text = runCli(['compare', low, high]).stdout;
    expect(text).toContain(`New at the next stage (it expects more; your level did not drop): ${json.gapsOpened.length}`);
    expect(text).not.toContain('Lower than before');

    const down = comparisonSchema.parse(JSON.parse(runCli(['compare', high, low, '--format', 'json']).stdout));
    for (const gap of down.gapsOpened) expect(gap.cause).toBe('level-dropped');
    expect(down.gapsOpened.length).toBeGreaterThan(0);
    expect(runCli(['compare', high, low]).stdout).toContain(`Lower than before: ${down.gapsOpened.length}`);
  });
});

describe('history list shows each entry\'s scope', () => {
  it('in the table and in JSON', () => {
    const env = dataEnv();
    const answers = join(work, 'history-answers.json');
    writeFileSync(answers, JSON.stringify(answersFileAt(set, 2)));
    expect(runCli(['assess', '--answers', answers, '--format', 'json'], { env }).status).toBe(0);
    expect(runCli(['assess', '--answers', answers, '--quick', '--format', 'json'], { env }).status).toBe(0);
    expect(runCli(['assess', '--answers', answers, '--only', 'ml,production', '--format', 'json'], { env }).status).toBe(0);
    const list = runCli(['history'], { env });
    expect(list.status).toBe(0);
    const [header, , ...rows] = list.stdout.trimEnd().split('\n');
    expect(header).toMatch(/\boverall\s+scope\s+rubric set\b/);
    const scopes = rows.map((row) => row.match(/\s(full|quick|only: \S+)\s+ml-systems-engineer@/)?.[1]);
    expect(scopes.sort()).toEqual(['full', 'only: ml,production', 'quick']);
    const json = JSON.parse(runCli(['history', 'list', '--format', 'json'], { env }).stdout) as { scope: { quick: boolean; only: string[] | null; label: string } }[];
    expect(json.map((entry) => entry.scope.label).sort()).toEqual(['full', 'only: ml,production', 'quick']);
    expect(json.find((entry) => entry.scope.quick)!.scope).toEqual({ quick: true, only: null, label: 'quick' });
  });
});
