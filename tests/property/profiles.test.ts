/**
 * Profiles of real careers (tests/profiles), answered blind from the anchors' words
 * and never tuned to a result: the full and the quick run must each land on a stage
 * that a fair assessor reading a real ladder accepts (`accept` in profiles.yaml).
 * When one fails, change the model or the rubric content, never the profile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { answersFromDocument } from '../../src/assessment/read-answers.ts';
import { parseDocument } from '../../src/parse/document.ts';
import { buildReport } from '../../src/assessment/build-report.ts';
import type { RubricSet } from '../../src/contracts/rubric.ts';
import { loadBuiltinRubricSet } from '../helpers/verdict-core.ts';

const DIR = join(import.meta.dirname, '..', 'profiles');

interface Profile {
  id: string;
  file: string;
  accept: string[];
}

const profiles = (parse(readFileSync(join(DIR, 'profiles.yaml'), 'utf8')) as { profiles: Profile[] }).profiles;

let set: RubricSet;
beforeAll(async () => {
  set = await loadBuiltinRubricSet();
});

function stageOf(profile: Profile, quick: boolean): string {
  const file = join(DIR, profile.file);
  const { answers } = answersFromDocument(parseDocument(readFileSync(file, 'utf8'), file), set);
  const report = buildReport(set, answers, { quick, generatedAt: new Date(0), toolVersion: 'test' });
  return report.stage.met ? report.stage.id : `below ${report.stage.id}`;
}

describe('profiles of real careers land where a fair assessor would put them', () => {
  test('there are at least ten profiles, each accepting at least one stage of the ladder', () => {
    expect(profiles.length).toBeGreaterThanOrEqual(10);
    const stageIds = new Set(set.stages.map((stage) => stage.id));
    for (const profile of profiles) {
      expect(profile.accept.length, profile.id).toBeGreaterThan(0);
      for (const id of profile.accept) expect(stageIds.has(id), `${profile.id}: ${id}`).toBe(true);
    }
  });

  test.each(profiles.map((profile) => [profile.id, profile] as const))('%s (full run)', (_, profile) => {
    expect(profile.accept).toContain(stageOf(profile, false));
  });

  test.each(profiles.map((profile) => [profile.id, profile] as const))('%s (quick run)', (_, profile) => {
    expect(profile.accept).toContain(stageOf(profile, true));
  });
});
