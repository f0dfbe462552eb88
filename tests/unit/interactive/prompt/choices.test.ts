import { describe, expect, it } from 'vitest';
import type { NumberQuestion } from '../../../../src/contracts/rubric.ts';
import { multiResult, PREVIOUS, singlePicks } from '../../../../src/interactive/prompt/choices.ts';
import { numberHint, numberResult } from '../../../../src/interactive/prompt/number-input.ts';
import { scopedById } from '../../../helpers/scope-fixture.ts';

const years = scopedById('tooling-years').question as NumberQuestion;
const yearsWithNA: NumberQuestion = { ...years, allowNA: true };

describe('numberResult', () => {
  it.each([
    ['4', years, true, { kind: 'answer', value: 4 }],
    [' 2.5 ', years, false, { kind: 'answer', value: 2.5 }],
    ['0', years, false, { kind: 'answer', value: 0 }],
    ['30', years, false, { kind: 'answer', value: 30 }],
    ['<', years, true, { kind: 'back' }],
    ['N/A', yearsWithNA, false, { kind: 'answer', value: 'n/a' }],
    ['31', years, false, 'expected a number in 0–30 years, got 31'],
    ['-1', years, false, 'expected a number in 0–30 years, got -1'],
    ['', years, false, 'type a number of years from 0 to 30'],
    ['four', years, false, 'type a number of years from 0 to 30'],
    ['Infinity', years, false, 'type a number of years from 0 to 30'],
    ['<', years, false, 'this is the first question; there is no previous one'],
    ['n/a', years, true, 'this question has no "not applicable"; type a number'],
  ] as const)('%j → %j', (typed, question, canGoBack, expected) => {
    expect(numberResult(typed, question, canGoBack)).toEqual(expected);
  });

  it('hints at the unit, the range and only the ways out that exist', () => {
    expect(numberHint(years, false)).toBe('(years, 0–30)');
    expect(numberHint(yearsWithNA, true)).toBe('(years, 0–30; < previous question; n/a not applicable)');
  });
});

describe('multiResult', () => {
  it.each([
    [[], { kind: 'answer', value: [] }],
    [['docker', 'ray'], { kind: 'answer', value: ['docker', 'ray'] }],
    [['n/a'], { kind: 'answer', value: 'n/a' }],
    [[PREVIOUS], { kind: 'back' }],
    [['docker', 'n/a'], 'tick "Not applicable" on its own, or untick it to answer'],
    [[PREVIOUS, 'ray'], 'tick "← Previous question" on its own, or untick it to answer'],
    [['n/a', PREVIOUS], 'tick "Not applicable" on its own, or untick it to answer'],
  ] as const)('%j → %j', (ticked, expected) => {
    expect(multiResult(ticked)).toEqual(expected);
  });
});

describe('singlePicks', () => {
  it('lists a choice question by label, then Not applicable and Previous only where they apply', () => {
    const orchestrator = scopedById('tooling-orchestrator').question;
    if (orchestrator.kind !== 'choice') throw new Error('fixture changed');
    expect(singlePicks(orchestrator, false).map((pick) => [pick.name, pick.value])).toEqual([
      ['None', 'none'],
      ['Kubernetes', 'kubernetes'],
    ]);
    expect(singlePicks({ ...orchestrator, allowNA: true }, true).map((pick) => pick.value)).toEqual(['none', 'kubernetes', 'n/a', PREVIOUS]);
  });
});
