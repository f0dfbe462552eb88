/**
 * The done-when of raters and calibration: one person assessed as self and by their
 * manager from answers files, then `calibrate`: the flags, each rater's stage, and
 * every format (JSON against the committed JSON Schema).
 */
import { Ajv } from 'ajv';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/contracts/answers.ts';
import type { Calibration } from '../../src/contracts/calibration.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { valueAtLevel } from '../helpers/answers-at.ts';
import { builtinSet } from '../helpers/built-reports.ts';
import { repoRoot, runCli, tempDir } from '../helpers/cli.ts';

let set: RubricSet;
let work: string;
const path = (name: string) => join(work, name);

/** Every question at `level`, except the competencies given their own level. */
function answersAt(level: number, except: Record<string, number>, note?: { question: string; text: string }) {
  const answers: Record<string, AnswerValue | { value: AnswerValue; note: string }> = {};
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) answers[question.id] = valueAtLevel(question, except[competency.id] ?? level);
    }
  }
  if (note !== undefined) answers[note.question] = { value: answers[note.question] as AnswerValue, note: note.text };
  return { answers };
}

let discussId: string;
let checkId: string;
let noteQuestion: string;

beforeAll(async () => {
  set = await builtinSet();
  work = tempDir();
  const competencies = set.categories.flatMap((category) => category.competencies);
  discussId = competencies[0]!.id;
  checkId = competencies[1]!.id;
  noteQuestion = competencies[0]!.questions[0]!.id;
  writeFileSync(path('self.json'), JSON.stringify(answersAt(3, {}, { question: noteQuestion, text: 'Led the <feature store> migration' })));
  writeFileSync(path('manager.json'), JSON.stringify(answersAt(3, { [discussId]: 1, [checkId]: 2 }, { question: noteQuestion, text: 'Saw the design; not the rollout' })));
  expect(runCli(['assess', '--answers', path('self.json'), '--name', 'Ada', '--no-history', '-o', path('self-report.json')]).status).toBe(0);
  const manager = runCli(['assess', '--answers', path('manager.json'), '--about', 'Ada', '--rater', 'manager', '--rater-name', 'Grace', '--no-history', '-o', path('manager-report.json')]);
  expect(manager.status).toBe(0);
});

describe('calibrate self and manager', () => {
  it('json: valid against schemas/calibrate.schema.json, with the flags and each rater\'s stage', () => {
    const result = runCli(['calibrate', path('manager-report.json'), path('self-report.json'), '--format', 'json']);
    expect(result.status).toBe(0);
    const calibration = JSON.parse(result.stdout) as Calibration;
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'calibrate.schema.json'), 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(calibration), JSON.stringify(validate.errors)).toBe(true);

    expect(calibration.subject).toBe('Ada');
    expect(calibration.raters.map((rater) => [rater.role, rater.name])).toEqual([['self', 'Ada'], ['manager', 'Grace']]);
    const self = JSON.parse(readFileSync(path('self-report.json'), 'utf8')) as { stage: { id: string } };
    const manager = JSON.parse(readFileSync(path('manager-report.json'), 'utf8')) as { stage: { id: string } };
    expect(calibration.raters.map((rater) => rater.stage.id)).toEqual([self.stage.id, manager.stage.id]);

    const byId = new Map(calibration.competencies.map((competency) => [competency.id, competency]));
    expect(byId.get(discussId)).toMatchObject({ levels: [3, 1], spread: 2, difference: 2, flag: 'discuss-first' });
    expect(byId.get(checkId)).toMatchObject({ levels: [3, 2], spread: 1, flag: 'check' });
    const flagged = calibration.competencies.filter((competency) => competency.flag !== null).map((competency) => competency.id);
    expect(flagged.sort()).toEqual([discussId, checkId].sort());
    expect(calibration.notes).toEqual([{ question: noteQuestion, notes: ['Led the <feature store> migration', 'Saw the design; not the rollout'] }]);
  });

  it('text, Markdown and HTML carry the same raters, flags and notes, escaped', () => {
    const args = ['calibrate', path('self-report.json'), path('manager-report.json')];
    const text = runCli([...args, '--format', 'text']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Calibration for Ada');
    expect(text.stdout).toContain('manager (Grace)');
    expect(text.stdout).toContain('discuss first');
    expect(text.stdout).toContain('1 to discuss first');
    const md = runCli([...args, '--format', 'md']).stdout;
    expect(md).toContain('# Calibration for Ada');
    expect(md).toContain('**discuss first**');
    expect(md).toContain('Led the \\<feature store\\> migration');
    const html = runCli([...args, '-o', path('calibration.html')]);
    expect(html.status).toBe(0);
    const page = readFileSync(path('calibration.html'), 'utf8');
    expect(page).toContain('<tr class="discuss-first">');
    expect(page).toContain('Led the &lt;feature store&gt; migration');
  });

  it('refuses reports about different people in one line naming them', () => {
    expect(runCli(['assess', '--answers', path('self.json'), '--name', 'Bob', '--no-history', '-o', path('bob.json')]).status).toBe(0);
    const result = runCli(['calibrate', path('self-report.json'), path('bob.json')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the reports are about different people: "Ada"');
    expect(result.stderr).toContain('"Bob"');
    expect(result.stdout).toBe('');
  });
});
