/**
 * The summary a report leads with: it fits an 80×24 terminal for every profile of a
 * real career, states the rule with the person's numbers, lists the shortest path,
 * and says when a quick run's stage is not settled, in every format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { buildReport } from '../../../../src/assessment/build-report.ts';
import { answersFromDocument } from '../../../../src/assessment/read-answers.ts';
import type { Answers } from '../../../../src/contracts/answers.ts';
import type { RubricSet } from '../../../../src/contracts/rubric.ts';
import { parseDocument } from '../../../../src/parse/document.ts';
import { renderJson } from '../../../../src/render/json.ts';
import { renderHtml } from '../../../../src/render/report/render-html.ts';
import { renderMarkdown } from '../../../../src/render/report/render-markdown.ts';
import { renderText, renderTextSummary } from '../../../../src/render/report/render-text.ts';
import { ruleSentence } from '../../../../src/render/report/summary.ts';
import { loadBuiltinRubricSet } from '../../../helpers/verdict-core.ts';

const PROFILES = join(import.meta.dirname, '..', '..', '..', 'profiles');
const profileIds = (parse(readFileSync(join(PROFILES, 'profiles.yaml'), 'utf8')) as { profiles: { id: string; file: string }[] }).profiles;

let set: RubricSet;
beforeAll(async () => {
  set = await loadBuiltinRubricSet();
});

function answersOf(file: string): Answers {
  const path = join(PROFILES, file);
  return answersFromDocument(parseDocument(readFileSync(path, 'utf8'), path), set).answers;
}

const options = { generatedAt: new Date('2026-11-30T12:00:00Z'), toolVersion: 'test' };

describe('the text summary', () => {
  test.each(profileIds.map((profile) => [profile.id, profile.file] as const))('%s: at most 24 lines of at most 80 columns', (_, file) => {
    for (const quick of [false, true]) {
      const summary = renderTextSummary(buildReport(set, answersOf(file), { ...options, quick }), { color: false, width: 80 });
      const lines = summary.trimEnd().split('\n');
      expect(lines.length).toBeLessThanOrEqual(24);
      for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    }
  });

  test('a mid-level report leads with the stage, the rule with its numbers and the shortest path, before the details', () => {
    const report = buildReport(set, answersOf('mid-ml-engineer.yaml'), { ...options, quick: false });
    const text = renderText(report, { color: false, width: 80 });
    const summary = renderTextSummary(report, { color: false, width: 80 });
    expect(text.startsWith(summary)).toBe(true);
    expect(summary).toContain(`Stage: ${report.stage.title}`);
    const rule = ruleSentence(report)!;
    expect(rule).toMatch(/^Senior AI\/ML Engineer needs 80% of its expectations met \(one level short counts half\) and none more than 2 levels short; you meet \d+%\.$/);
    expect(summary.replace(/\s+/g, ' ')).toContain(rule);
    expect(report.nextStage!.path.length).toBeGreaterThan(0);
    const first = report.nextStage!.path[0]!;
    expect(summary).toContain(`1. ${first.title} ${first.from} → ${first.to}`);
    expect(text.indexOf('Why not')).toBeGreaterThan(summary.length);
  });
});

describe('a quick run whose stage is not settled', () => {
  // Every key question at the senior expectation, every other behaviour question unasked: the
  // other questions could still pull a competency down or up, so the stage is not certain.
  function unsettled() {
    const answers: Answers = {};
    for (const category of set.categories) {
      for (const competency of category.competencies) {
        const key = competency.questions.find((question) => question.key)!;
        const level = competency.expectations.senior ?? 0;
        if (key.kind === 'scale') answers[key.id] = { value: level };
        else if (key.kind === 'choice') answers[key.id] = { value: [...key.options].sort((a, b) => Math.abs(a.level - level) - Math.abs(b.level - level))[0]!.id };
      }
    }
    return buildReport(set, answers, { ...options, quick: true });
  }

  test('shows both bounds in text, Markdown, HTML and JSON', () => {
    const report = unsettled();
    expect(report.stage.bounds.certain).toBe(false);
    const { low, high } = report.stage.bounds;
    expect(low.id).not.toBe(high.id);
    const sentence = new RegExp(`from ${low.met ? '' : 'below '}${low.title} to ${high.title}`.replace(/\//g, '\\/'));
    expect(renderText(report, { color: false, width: 200 })).toMatch(sentence);
    expect(renderMarkdown(report)).toMatch(sentence);
    expect(renderHtml(report)).toMatch(sentence);
    const json = JSON.parse(renderJson(report)) as typeof report;
    expect(json.stage.bounds).toMatchObject({ certain: false, low: { id: low.id }, high: { id: high.id } });
    expect(json.stage.bounds.possible?.map((bound) => bound.id)).toEqual(expect.arrayContaining([low.id, high.id]));
  });

  test('names the other stages it could be, and how many questions would settle it', () => {
    const report = unsettled();
    const others = (report.stage.bounds.possible ?? []).filter((bound) => bound.id !== report.stage.id).map((bound) => bound.title);
    expect(others.length).toBeGreaterThan(0);
    expect(renderText(report, { color: false, width: 400 })).toContain(`Not settled: possibly ${others.join(' or ')} — `);
    expect(renderText(report, { color: false, width: 400 })).toContain(`${report.stage.bounds.open} more questions would settle it`);
  });
});
