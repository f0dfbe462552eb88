import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { answersFileSchema } from '../../../src/contracts/answers.ts';
import { answersFileFor, answersTemplate } from '../../../src/assessment/answers-file.ts';
import { answersFromDocument } from '../../../src/assessment/read-answers.ts';
import { questionsInScope } from '../../../src/assessment/scope.ts';
import { parseDocument } from '../../../src/parse/document.ts';
import { syntheticSet } from '../../helpers/synthetic-set.ts';

const set = syntheticSet();

describe('answersFileFor', () => {
  it('writes bare values, and { value, note } only where there is a note', () => {
    const file = answersFileFor(
      { 'py-level': { value: 3 }, 'mentor-done': { value: true, note: 'two interns' }, 'cloud-depth': { value: 'n/a' } },
      { subject: 'Ada', rubricSet: 'synthetic@1.2.3' },
    );
    expect(file).toEqual({
      rubricSet: 'synthetic@1.2.3',
      subject: 'Ada',
      answers: { 'py-level': 3, 'mentor-done': { value: true, note: 'two interns' }, 'cloud-depth': 'n/a' },
    });
    expect(answersFileSchema.parse(file)).toEqual(file);
  });

  it('records a quick or --only scope, and no scope for a full run', () => {
    const quick = answersFileFor({}, { rubricSet: 'synthetic', scope: { quick: true, only: [] } });
    expect(quick).toEqual({ rubricSet: 'synthetic', scope: { quick: true }, answers: {} });
    expect(answersFileFor({}, { rubricSet: 'synthetic', scope: { quick: false, only: ['tech'] } }).scope).toEqual({ only: ['tech'] });
    expect(answersFileFor({}, { rubricSet: 'synthetic', scope: { quick: false, only: [] } })).not.toHaveProperty('scope');
    expect(answersFileSchema.parse(quick)).toEqual(quick);
  });

  it('leaves the subject out when there is none', () => {
    expect(answersFileFor({}, { rubricSet: 'synthetic' })).toEqual({ rubricSet: 'synthetic', answers: {} });
  });
});

describe('answersTemplate', () => {
  const text = answersTemplate(set, questionsInScope(set));

  it('parses back to zero answers and zero problems', () => {
    const result = answersFromDocument(parseDocument(text, 'template.yaml'), set);
    expect(result).toEqual({ rubricSet: 'synthetic@1.2.3', answers: {} });
  });

  it('lists every question in scope, in rubric order, unanswered', () => {
    const data = parse(text) as { answers: Record<string, unknown> };
    expect(Object.keys(data.answers)).toEqual(questionsInScope(set).map((entry) => entry.question.id));
    expect(Object.values(data.answers).every((value) => value === null)).toBe(true);
  });

  it('holds only the quick questions for a quick scope', () => {
    const quick = answersTemplate(set, questionsInScope(set, { quick: true }));
    expect(Object.keys((parse(quick) as { answers: object }).answers)).not.toContain('py-years');
  });

  it('records the scope it was written for, with a comment, and reads it back', () => {
    const options = { quick: true, only: ['tech'] };
    const scoped = answersTemplate(set, questionsInScope(set, options), options);
    expect(scoped).toMatch(/^# The questions this file answers: `assess --answers` scores it with this scope,$/m);
    expect(scoped).toMatch(/^scope: \{ quick: true, only: \[ tech \] \}$/m);
    expect(answersFromDocument(parseDocument(scoped, 't.yaml'), set)).toEqual({ rubricSet: 'synthetic@1.2.3', scope: { quick: true, only: ['tech'] }, answers: {} });
  });

  it('records no scope for a full template', () => {
    expect(answersTemplate(set, questionsInScope(set), { quick: false, only: [] })).not.toMatch(/^scope:/m);
    expect(text).not.toMatch(/^scope:/m);
  });

  it('comments each question with where it belongs, its prompt and the values it accepts', () => {
    const comment = (id: string) => {
      const lines = text.split('\n');
      const at = lines.findIndex((line) => line.trim() === `${id}:`);
      let start = at;
      while (start > 0 && lines[start - 1]?.trim().startsWith('#')) start -= 1;
      return lines.slice(start, at).map((line) => line.trim()).join('\n');
    };
    expect(comment('py-level')).toBe(
      [
        '# Technical › Python',
        '# How well do you write Python?',
        '#   0 = never done it',
        '#   1 = done it with help',
        '#   2 = done it alone',
        '#   3 = done it at scale',
        '#   4 = taught others to do it',
      ].join('\n'),
    );
    expect(comment('cloud-depth')).toContain('#     few = A few services');
    expect(comment('cloud-depth')).toContain('#   or n/a if it does not apply to you');
    expect(comment('mlops-tools')).toContain('#   a list of: docker, kubernetes, airflow, mlflow');
    expect(comment('py-years')).toContain('#   a number of years, 0 to 40');
    expect(comment('mentor-done')).toContain('#   true or false');
    expect(comment('mentor-done')).not.toContain('n/a');
  });

  it('offers a commented subject line and names the rubric set with its version', () => {
    expect(text).toMatch(/^# subject: your-name$/m);
    expect(text).toMatch(/^rubricSet: synthetic@1\.2\.3$/m);
  });

  it('keeps rubric text with line breaks inside one comment line', () => {
    const custom = syntheticSet();
    const question = custom.categories[0]!.competencies[0]!.questions[0]!;
    question.prompt = 'How well do you\nwrite Python?';
    const result = answersTemplate(custom, questionsInScope(custom));
    expect(result).toContain('# How well do you write Python?');
    expect(answersFromDocument(parseDocument(result, 't.yaml'), custom).answers).toEqual({});
  });
});
