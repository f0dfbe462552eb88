/**
 * End-to-end: the built binary, spawned without a terminal, as scripts and
 * onboarding checklists run it. stdout is parsed for real.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import { reportSchema } from '../../src/contracts/report.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { answersFileAt } from '../helpers/answers-at.ts';
import { runCli, runCliWithOpenStdin, tempDir } from '../helpers/cli.ts';

let set: RubricSet;
let work: string;
let highAnswers: string;
let lowAnswers: string;

beforeAll(async () => {
  set = loadRubricSet(await readRubricDir(builtinRubricDir()));
  work = tempDir();
  highAnswers = join(work, 'high.json');
  lowAnswers = join(work, 'low.yaml');
  writeFileSync(highAnswers, JSON.stringify({ subject: 'ada', ...answersFileAt(set, 4) }));
  const low = answersFileAt(set, 1).answers;
  writeFileSync(lowAnswers, `answers:\n${Object.entries(low).map(([id, value]) => `  ${id}: ${JSON.stringify(value)}`).join('\n')}\n`);
});

describe('program', () => {
  it('prints its version and help, exit 0', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('assess');
    expect(help.stdout).toContain('Exit codes');
  });

  it('answers an unknown command or flag with exit 2 and a pointer to --help', () => {
    const command = runCli(['asses']);
    expect(command.status).toBe(2);
    expect(command.stderr).toContain('--help');
    const flag = runCli(['assess', '--bogus']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/unknown option '--bogus'/);
  });
});

describe('rubrics', () => {
  it('validates the built-in set with a one-line summary', () => {
    const result = runCli(['rubrics', 'validate']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/^ok: .*6 stages, \d+ categories, \d+ competencies, \d+ questions/);
  });

  it('lists categories with counts and minutes', () => {
    const result = runCli(['rubrics', 'list']);
    expect(result.status).toBe(0);
    for (const category of set.categories) expect(result.stdout).toContain(category.id);
    expect(result.stdout).toMatch(/total\s+\d+\s+\d+\s+\d+\s+\d+/);
  });

  it('shows the resolved set as the JSON contract', () => {
    const result = runCli(['rubrics', 'show', '--format', 'json']);
    expect(result.status).toBe(0);
    const shown = JSON.parse(result.stdout);
    expect(shown.stages.map((stage: { id: string }) => stage.id)).toEqual(['entry', 'mid', 'senior', 'lead', 'architect', 'director']);
    expect(shown.categories.length).toBe(set.categories.length);
    const question = shown.categories[0].competencies[0].questions[0];
    expect(question).toEqual(expect.objectContaining({ id: expect.any(String), kind: expect.any(String), key: expect.any(Boolean), allowNA: expect.any(Boolean) }));
    const competency = shown.categories.find((category: { id: string }) => category.id === 'production').competencies[0];
    expect(Object.keys(competency.expectations)).toEqual(['entry', 'mid', 'senior', 'lead', 'architect', 'director']);
    expect(competency.learning.map((step: { from: number; to: number }) => `${step.from}-${step.to}`)).toEqual(['0-1', '1-2', '2-3', '3-4']);
  });

  it('shows one category, and says which exist for an unknown id', () => {
    expect(JSON.parse(runCli(['rubrics', 'show', 'ml', '-f', 'json']).stdout).id).toBe('ml');
    const unknown = runCli(['rubrics', 'show', 'nope']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('categories: ');
  });

  it('prints JSON Schemas', () => {
    for (const name of ['rubric', 'stages', 'answers', 'report']) {
      const result = runCli(['schema', name]);
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout).$schema).toBe('http://json-schema.org/draft-07/schema#');
    }
    expect(runCli(['schema', 'nope']).status).toBe(2);
  });
});

describe('assess without a terminal', () => {
  it('exits 2 at once when there are no answers to read', async () => {
    const result = runCli(['assess']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--answers');
    expect(result.stdout).toBe('');
    // "At once": it does not wait for input. With a stdin that stays open, a run that waited would never end.
    const waiting = await runCliWithOpenStdin(['assess']);
    expect(waiting.signal, 'killed while waiting for stdin').toBeNull();
    expect(waiting.status).toBe(2);
    expect(waiting.stderr).toContain('--answers');
    const noInput = runCli(['assess', '--no-input']);
    expect(noInput.status).toBe(2);
    expect(noInput.stderr).toContain('--answers');
  });

  it('prints a JSON report on stdout that matches the report schema', () => {
    const result = runCli(['assess', '--answers', highAnswers, '--format', 'json']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    // Every answer at its best meets both paths at the top of the ladder: both are named.
    expect(report.stage.id).toBe('architect');
    expect(report.stage.alsoMet.map((stage) => stage.id)).toEqual(['director']);
    expect(report.nextStage).toBeNull();
    expect(report.subject).toBe('ada');
    expect(report.complete).toBe(true);
    expect(report.rubricSet.digest).toBe(set.info.digest);
  });

  it('reads answers from stdin, and gives the same report in every format', () => {
    const json = runCli(['assess', '--answers', '-', '--format', 'json'], { input: readFileSync(lowAnswers, 'utf8') });
    expect(json.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(json.stdout));
    expect(report.gaps.length).toBeGreaterThan(0);
    const title = report.stage.title;
    for (const format of ['text', 'md', 'html']) {
      const rendered = runCli(['assess', '--answers', lowAnswers, '--format', format]);
      expect(rendered.status).toBe(0);
      expect(rendered.stdout).toContain(title.replace(/&/g, '&amp;'));
      expect(rendered.stdout).toContain(report.gaps[0]!.title.replace(/&/g, '&amp;'));
    }
  });

  it('gates with --fail-below: exit 3 after writing the report', () => {
    const out = join(work, 'gated.json');
    const result = runCli(['assess', '--answers', lowAnswers, '--fail-below', 'director', '-o', out]);
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('--fail-below director');
    expect(reportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).stage.id).not.toBe('director');
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(runCli(['assess', '--answers', highAnswers, '--fail-below', 'director', '--format', 'json']).status).toBe(0);
  });

  it('lists missing answers (exit 1) unless --allow-partial', () => {
    const partial = join(work, 'partial.json');
    const all = answersFileAt(set, 2).answers;
    const [dropped] = Object.keys(all);
    delete all[dropped!];
    writeFileSync(partial, JSON.stringify({ answers: all }));
    const strict = runCli(['assess', '--answers', partial]);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain(dropped!);
    expect(strict.stderr).toContain('--allow-partial');
    const lenient = runCli(['assess', '--answers', partial, '--allow-partial', '--format', 'json']);
    expect(lenient.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(lenient.stdout));
    expect(report.complete).toBe(false);
    expect(report.missing).toEqual([dropped]);
  });

  it('locates a bad answer as file:line:col', () => {
    const bad = join(work, 'bad.yaml');
    const lines = readFileSync(lowAnswers, 'utf8').split('\n');
    lines[2] = '  no-such-question: 3';
    writeFileSync(bad, lines.join('\n'));
    const result = runCli(['assess', '--answers', bad]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${bad}:3:3`);
    expect(result.stderr).toContain('no-such-question');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('picks the format from the -o extension, refuses an unknown one, and writes nothing on failure', () => {
    const html = join(work, 'report.html');
    expect(runCli(['assess', '--answers', lowAnswers, '-o', html]).status).toBe(0);
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/i);
    const unknown = join(work, 'report.pdf');
    const result = runCli(['assess', '--answers', lowAnswers, '-o', unknown]);
    expect(result.status).toBe(2);
    expect(existsSync(unknown)).toBe(false);
    const nowhere = join(work, 'missing-dir', 'report.json');
    const failed = runCli(['assess', '--answers', lowAnswers, '-o', nowhere]);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain(nowhere);
  });

  it('rejects unknown stages and conflicting flags as usage errors', () => {
    expect(runCli(['assess', '--answers', lowAnswers, '--target', 'wizard']).stderr).toContain('stages: entry, mid, senior, lead, architect, director');
    expect(runCli(['assess', '--answers', lowAnswers, '--target', 'wizard']).status).toBe(2);
    expect(runCli(['assess', '--answers', lowAnswers, '--resume']).status).toBe(2);
    expect(runCli(['assess', '--answers', lowAnswers, '--format', 'pdf']).status).toBe(2);
    expect(runCli(['assess', '--answers', lowAnswers, '--only', 'nope']).status).toBe(2);
  });

  it('reports against --target and limits the scope with --only and --quick', () => {
    const result = runCli(['assess', '--answers', lowAnswers, '--target', 'lead', '--only', 'ml', '--quick', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(result.stdout));
    expect(report.target.id).toBe('lead');
    expect(report.scope).toEqual(expect.objectContaining({ quick: true, only: ['ml'] }));
    expect(new Set(report.competencies.map((competency) => competency.category))).toEqual(new Set(['ml']));
    const keyQuestions = set.categories.find((category) => category.id === 'ml')!.competencies.length;
    expect(Object.keys(report.answers)).toHaveLength(keyQuestions);
  });
});

describe('tracks', () => {
  // Research core at the top, production work thin: the ladder and the research track disagree on the stage.
  const researcher = () => {
    const file = join(work, 'researcher.json');
    const thin = new Set(['deployment', 'data-pipelines', 'monitoring-reliability', 'cloud-containers', 'infrastructure-design', 'operations', 'distributed-systems', 'continuous-training']);
    const core = new Set(['ml-foundations', 'math-statistics', 'training-evaluation', 'learning-adaptability']);
    const answers = Object.fromEntries(
      set.categories.flatMap((category) =>
        category.competencies.flatMap((competency) => {
          const level = core.has(competency.id) ? 4 : thin.has(competency.id) ? 1 : 3;
          return Object.entries(answersFileAt({ ...set, categories: [{ ...category, competencies: [competency] }] }, level).answers);
        }),
      ),
    );
    writeFileSync(file, JSON.stringify({ answers }));
    return file;
  };

  it('assess --track changes the stage and the gap order, names the track in every format, and the JSON validates', () => {
    const file = researcher();
    const ladder = reportSchema.parse(JSON.parse(runCli(['assess', '--answers', file, '--format', 'json', '--no-history']).stdout));
    const result = runCli(['assess', '--answers', file, '--track', 'ai-research-scientist', '--format', 'json', '--no-history']);
    expect(result.status).toBe(0);
    const tracked = reportSchema.parse(JSON.parse(result.stdout));
    expect(tracked.schemaVersion).toBe(3);
    expect([ladder.stage.id, tracked.stage.id]).toEqual(['mid', 'lead']);
    expect(tracked.track).toEqual({ id: 'ai-research-scientist', title: 'AI Research Scientist' });
    expect(ladder.tracks[0]).toMatchObject({ id: 'ai-research-scientist', strong: true });
    expect(tracked.gaps.map((gap) => gap.competency)).not.toEqual(ladder.gaps.map((gap) => gap.competency));
    for (const format of ['text', 'md', 'html']) {
      const rendered = runCli(['assess', '--answers', file, '--track', 'ai-research-scientist', '--format', format, '--no-history']);
      expect(rendered.status).toBe(0);
      expect(rendered.stdout).toContain('measured as AI Research Scientist');
      expect(rendered.stdout).toContain('Which track fits');
      expect(rendered.stdout).toContain(tracked.stage.title);
      const plain = runCli(['assess', '--answers', file, '--format', format, '--no-history']).stdout;
      expect(plain).toContain(ladder.stage.title);
    }
  });

  it('template --track lists the questions of the core competencies first', () => {
    const result = runCli(['template', '--quick', '--track', 'ai-ethics-policy-analyst']);
    expect(result.status).toBe(0);
    const ids = [...result.stdout.matchAll(/^ {2}([a-z0-9-]+):/gm)].map((match) => match[1]);
    expect(ids.slice(0, 3)).toEqual(['fairness-governance-ethical-deployment', 'privacy-security-practices', 'communication-explaining']);
  });

  it('rubrics show gives a track by id, and validate counts the tracks', () => {
    const shown = JSON.parse(runCli(['rubrics', 'show', 'data-scientist', '--format', 'json']).stdout);
    expect(shown).toMatchObject({ id: 'data-scientist', weights: { 'math-statistics': 3, operations: 0 } });
    expect(runCli(['rubrics', 'validate']).stdout).toContain(`, ${set.tracks.length} tracks`);
  });
});

describe('template, save-answers and report', () => {
  it('writes a template that lists every question and parses back as empty answers', () => {
    const template = join(work, 'template.yaml');
    expect(runCli(['template', '-o', template]).status).toBe(0);
    const text = readFileSync(template, 'utf8');
    for (const category of set.categories) {
      for (const competency of category.competencies) {
        for (const question of competency.questions) expect(text).toContain(`${question.id}:`);
      }
    }
    const result = runCli(['assess', '--answers', template]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\d+ questions are not answered/);
  });

  it('saves answers that a later scripted run reuses for the same report', () => {
    const saved = join(work, 'saved.yaml');
    const first = runCli(['assess', '--answers', lowAnswers, '--save-answers', saved, '--format', 'json']);
    expect(first.status).toBe(0);
    const second = runCli(['assess', '--answers', saved, '--format', 'json']);
    expect(second.status).toBe(0);
    const strip = (text: string) => ({ ...JSON.parse(text), generatedAt: null });
    expect(strip(second.stdout)).toEqual(strip(first.stdout));
  });

  it('renders a saved JSON report again in another format, and rejects a report from the future', () => {
    const json = join(work, 'saved-report.json');
    expect(runCli(['assess', '--answers', lowAnswers, '-o', json]).status).toBe(0);
    const markdown = runCli(['report', json, '--format', 'md']);
    expect(markdown.status).toBe(0);
    const report = reportSchema.parse(JSON.parse(readFileSync(json, 'utf8')));
    expect(markdown.stdout).toContain(report.stage.title);
    const future = join(work, 'future.json');
    writeFileSync(future, JSON.stringify({ ...report, schemaVersion: 99 }));
    const refused = runCli(['report', future]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/newer/);
  });
});
