import { describe, expect, it } from 'vitest';
import type { Answers, AnswerValue } from '../../../src/contracts/answers.ts';
import { Interrupted } from '../../../src/errors.ts';
import { introText, runAdaptiveQuestionnaire, runQuestionnaire } from '../../../src/interactive/questionnaire.ts';
import type { Asker, AskResult, QuestionView } from '../../../src/interactive/prompt/asker.ts';
import { fixtureScope } from '../../helpers/scope-fixture.ts';

const answer = (value: AnswerValue, note?: string): AskResult => (note === undefined ? { kind: 'answer', value } : { kind: 'answer', value, note });
const back: AskResult = { kind: 'back' };

/** An asker that plays a script of results and records what it was shown. */
function scripted(steps: AskResult[]) {
  const asked: QuestionView[] = [];
  const asker: Asker = {
    intro: () => undefined,
    ask: async (view) => {
      asked.push(view);
      const step = steps.shift();
      if (!step) throw new Error(`the script ran out at ${view.scoped.question.id}`);
      return step;
    },
  };
  return { asker, asked, ids: () => asked.map((view) => view.scoped.question.id) };
}

const ids = fixtureScope.map((scoped) => scoped.question.id);
const fullScript = (): AskResult[] => [answer(2), answer(true), answer('kubernetes'), answer(['docker', 'ray']), answer(4)];

describe('runQuestionnaire', () => {
  it('asks every question in rubric order and returns every answer', async () => {
    const { asker, asked, ids: askedIds } = scripted(fullScript());
    const result = await runQuestionnaire({ scope: fixtureScope, answers: {}, asker, evidence: false, onChange: async () => undefined });
    expect(askedIds()).toEqual(ids);
    expect(asked.map((view) => [view.position, view.total, view.canGoBack])).toEqual([
      [1, 5, false],
      [2, 5, true],
      [3, 5, true],
      [4, 5, true],
      [5, 5, true],
    ]);
    expect(asked[2]!.breadcrumb).toBe('Craft › Tooling');
    expect(result).toEqual({
      'serving-depth': { value: 2 },
      'serving-gpu': { value: true },
      'tooling-orchestrator': { value: 'kubernetes' },
      'tooling-stack': { value: ['docker', 'ray'] },
      'tooling-years': { value: 4 },
    });
  });

  it('saves after every answer: the next answer is taken only once the save before it has finished', async () => {
    const saved: Answers[] = [];
    const script = scripted(fullScript());
    const asker: Asker = {
      ...script.asker,
      ask: async (view) => {
        const result = await script.asker.ask(view);
        // The save of the previous answer may run while this question is shown, but not longer.
        await new Promise((resolve) => setTimeout(resolve, 5));
        expect(Object.keys(saved.at(-1) ?? {})).toEqual(ids.slice(0, view.position - 1));
        return result;
      },
    };
    const slowSave = async (answers: Answers) => {
      await new Promise((resolve) => setTimeout(resolve, 2));
      saved.push(answers);
    };
    const result = await runQuestionnaire({ scope: fixtureScope, answers: {}, asker, evidence: false, onChange: slowSave });
    expect(saved).toHaveLength(5);
    expect(saved[1]).toEqual({ 'serving-depth': { value: 2 }, 'serving-gpu': { value: true } });
    // The run returns only after the last save.
    expect(saved.at(-1)).toEqual(result);
  });

  it('finishes the last save before an interruption ends the run', async () => {
    const saved: Answers[] = [];
    const { asker } = scripted([answer(3)]);
    const interrupting: Asker = {
      ...asker,
      ask: async (view) => {
        if (view.position === 2) throw new Interrupted();
        return asker.ask(view);
      },
    };
    const slowSave = async (answers: Answers) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      saved.push(answers);
    };
    await expect(runQuestionnaire({ scope: fixtureScope, answers: {}, asker: interrupting, evidence: false, onChange: slowSave })).rejects.toBeInstanceOf(Interrupted);
    expect(saved).toEqual([{ 'serving-depth': { value: 3 } }]);
  });

  it('goes back to the previous question showing its answer, then forward through it again', async () => {
    const { asker, asked, ids: askedIds } = scripted([answer(2), answer(true), back, answer(false), ...fullScript().slice(2)]);
    const result = await runQuestionnaire({ scope: fixtureScope, answers: {}, asker, evidence: false, onChange: async () => undefined });
    expect(askedIds()).toEqual(['serving-depth', 'serving-gpu', 'tooling-orchestrator', 'serving-gpu', ...ids.slice(2)]);
    expect(asked[3]!.current).toEqual({ value: true });
    expect(result['serving-gpu']).toEqual({ value: false });
  });

  it('walks forward through revisited questions instead of jumping to the first unanswered one', async () => {
    const script = [answer(1), answer(true), answer('none'), back, back, answer(false), answer('kubernetes'), answer([]), answer(0)];
    const { asker, asked, ids: askedIds } = scripted(script);
    const result = await runQuestionnaire({ scope: fixtureScope, answers: {}, asker, evidence: false, onChange: async () => undefined });
    expect(askedIds()).toEqual([...ids.slice(0, 4), 'tooling-orchestrator', 'serving-gpu', 'tooling-orchestrator', 'tooling-stack', 'tooling-years']);
    expect(asked[6]!.current).toEqual({ value: 'none' });
    expect(result['tooling-orchestrator']).toEqual({ value: 'kubernetes' });
  });

  it('resumes at the first unanswered question and can still go back to saved answers', async () => {
    const saved: Answers = { 'serving-depth': { value: 3 }, 'serving-gpu': { value: false } };
    const { asker, asked, ids: askedIds } = scripted([back, answer(true), answer('none'), answer('n/a'), answer(0)]);
    const result = await runQuestionnaire({ scope: fixtureScope, answers: saved, asker, evidence: false, onChange: async () => undefined });
    expect(asked[0]).toMatchObject({ position: 3, canGoBack: true });
    expect(askedIds()).toEqual(['tooling-orchestrator', 'serving-gpu', 'tooling-orchestrator', 'tooling-stack', 'tooling-years']);
    expect(asked[1]!.current).toEqual({ value: false });
    expect(result['serving-depth']).toEqual({ value: 3 });
    expect(result['tooling-stack']).toEqual({ value: 'n/a' });
  });

  it('skips questions answered in an earlier run once past where this run started', async () => {
    const saved: Answers = { 'serving-gpu': { value: true }, 'tooling-stack': { value: ['docker'] } };
    const { asker, ids: askedIds } = scripted([answer(2), answer('none'), answer(5)]);
    const result = await runQuestionnaire({ scope: fixtureScope, answers: saved, asker, evidence: false, onChange: async () => undefined });
    expect(askedIds()).toEqual(['serving-depth', 'tooling-orchestrator', 'tooling-years']);
    expect(Object.keys(result).sort()).toEqual([...ids].sort());
  });

  it('asks nothing when every question in scope is answered, and keeps answers outside the scope', async () => {
    const saved: Answers = Object.fromEntries([...ids, 'elsewhere'].map((id) => [id, { value: 'n/a' }]));
    const { asker, asked } = scripted([]);
    const result = await runQuestionnaire({ scope: fixtureScope, answers: saved, asker, evidence: false, onChange: async () => undefined });
    expect(asked).toHaveLength(0);
    expect(result).toEqual(saved);
  });

  it('with evidence, offers a note with each question (the earlier one shown) and keeps the note each answer comes with', async () => {
    const saved: Answers = { 'serving-depth': { value: 2, note: 'ran the ranking service' } };
    const { asker, asked } = scripted([back, back, answer(3, 'runs two services'), answer(true), answer('kubernetes', 'k8s daily')]);
    const result = await runQuestionnaire({
      scope: fixtureScope.slice(0, 3),
      answers: { ...saved, 'serving-gpu': { value: true, note: 'an old note' } },
      asker,
      evidence: true,
      onChange: async () => undefined,
    });
    expect(asked.every((view) => view.evidence)).toBe(true);
    expect(asked.map((view) => [view.scoped.question.id, view.current?.note])).toEqual([
      ['tooling-orchestrator', undefined],
      ['serving-gpu', 'an old note'],
      ['serving-depth', 'ran the ranking service'],
      ['serving-gpu', 'an old note'],
      ['tooling-orchestrator', undefined],
    ]);
    expect(result['serving-depth']).toEqual({ value: 3, note: 'runs two services' });
    // The asker handed the answer back without a note: the person removed it.
    expect(result['serving-gpu']).toEqual({ value: true });
    expect(result['tooling-orchestrator']).toEqual({ value: 'kubernetes', note: 'k8s daily' });
  });

  it('keeps an earlier note when evidence is off, and offers none', async () => {
    const { asker, asked } = scripted([back, answer(2), answer(true)]);
    const result = await runQuestionnaire({
      scope: fixtureScope.slice(0, 2),
      answers: { 'serving-depth': { value: 1, note: 'one demo' } },
      asker,
      evidence: false,
      onChange: async () => undefined,
    });
    expect(asked.some((view) => view.evidence)).toBe(false);
    expect(result['serving-depth']).toEqual({ value: 2, note: 'one demo' });
    expect(result['serving-gpu']).toEqual({ value: true });
  });

  it('refuses an answer that does not fit its question, without saving it', async () => {
    const saved: Answers[] = [];
    const { asker } = scripted([answer(99)]);
    const run = runQuestionnaire({ scope: fixtureScope.slice(4), answers: {}, asker, evidence: false, onChange: async (a) => void saved.push(a) });
    await expect(run).rejects.toThrow(/tooling-years.*0–30 years, got 99/);
    expect(saved).toHaveLength(0);
  });

  it('stops when saving fails, so no answer is silently lost', async () => {
    const { asker, asked } = scripted(fullScript());
    const run = runQuestionnaire({
      scope: fixtureScope,
      answers: {},
      asker,
      evidence: false,
      onChange: async () => {
        throw new Error('disk full');
      },
    });
    await expect(run).rejects.toThrow('disk full');
    // The first save failed while the second question was shown; its answer is not taken.
    expect(asked).toHaveLength(2);
  });

  it('reports a failed save at once, while the next question waits for a key, not one answer late', async () => {
    const asked: QuestionView[] = [];
    const asker: Asker = {
      intro: () => undefined,
      // The first question is answered; the second waits for a key that never comes, until it is cancelled.
      ask: (view, cancel) => {
        asked.push(view);
        if (view.position === 1) return Promise.resolve(answer(2));
        return new Promise((_resolve, reject) => cancel?.addEventListener('abort', () => reject(new Interrupted())));
      },
    };
    const run = runQuestionnaire({
      scope: fixtureScope,
      answers: {},
      asker,
      evidence: false,
      onChange: async () => {
        throw new Error('disk full');
      },
    });
    await expect(run).rejects.toThrow('disk full');
    expect(asked.map((view) => view.position)).toEqual([1, 2]);
  });
});

describe('rating someone else', () => {
  it('every breadcrumb names the person whose work is judged; the questions stay as written', async () => {
    const { asker, asked } = scripted(fullScript());
    await runQuestionnaire({ scope: fixtureScope, answers: {}, asker, evidence: false, ratee: 'Ada Lovelace', onChange: async () => undefined });
    expect(asked).toHaveLength(fixtureScope.length);
    for (const view of asked) expect(view.breadcrumb).toBe(`Rating Ada Lovelace › ${view.scoped.category.title} › ${view.scoped.competency.title}`);
    expect(asked.map((view) => view.scoped.question)).toEqual(fixtureScope.map((scoped) => scoped.question));
  });

  it('the opening says whose work is judged and in which role', () => {
    const manager = introText(fixtureScope, 3, 'ml-career', { subject: 'Ada Lovelace', role: 'manager' });
    expect(manager).toContain('You are rating the work of Ada Lovelace, as their manager.');
    expect(manager).toContain('what Ada Lovelace has actually done');
    expect(manager).not.toContain('what you have actually done');
    expect(introText(fixtureScope, 3, 'ml-career', { subject: 'Ada', role: 'peer' })).toContain('as a peer');
  });
});

describe('introText', () => {
  it('says how many questions, how long, and that Ctrl-C is safe, naming the resume command as the program was run', () => {
    const text = introText(fixtureScope, 3, 'ml-career');
    expect(text).toContain('5 questions, about 3 minutes.');
    expect(text).toContain('saved after every answer');
    expect(text).toContain('Ctrl-C');
    expect(text).toContain('`ml-career assess --resume`');
    expect(introText(fixtureScope, 3, 'npx ml-career')).toContain('`npx ml-career assess --resume`');
  });

  it('uses the singular for one question and one minute', () => {
    expect(introText(fixtureScope.slice(0, 1), 1, 'ml-career')).toMatch(/^1 question, about 1 minute\./);
  });
});

describe('runQuestionnaire with earlier answers (--from)', () => {
  it('shows each earlier answer preselected until this run answers it', async () => {
    const preset: Answers = { 'serving-depth': { value: 3 }, 'tooling-years': { value: 7, note: 'since 2018' } };
    const { asker, asked } = scripted(fullScript());
    await runQuestionnaire({ scope: fixtureScope, answers: {}, asker, evidence: false, preset, onChange: async () => undefined });
    expect(asked.map((view) => view.current)).toEqual([{ value: 3 }, undefined, undefined, undefined, { value: 7, note: 'since 2018' }]);
  });
});

describe('runAdaptiveQuestionnaire', () => {
  /** A planner that asks the questions in reverse rubric order until three are answered. */
  const reverseUntilThree = (answers: Answers): number | null => {
    if (Object.keys(answers).length >= 3) return null;
    for (let index = fixtureScope.length - 1; index >= 0; index -= 1) if (answers[ids[index]!] === undefined) return index;
    return null;
  };

  it('asks what the planner picks, goes back through the questions asked, and saves the order', async () => {
    const orders: string[][] = [];
    const { asker, asked, ids: askedIds } = scripted([answer(4), answer(['docker']), back, answer(['ray']), answer('kubernetes')]);
    const result = await runAdaptiveQuestionnaire({
      scope: fixtureScope,
      answers: {},
      asked: [],
      asker,
      evidence: false,
      next: reverseUntilThree,
      onChange: async (_, order) => {
        orders.push(order);
      },
    });
    // Back from the third question (the orchestrator) returns to the second, whose changed answer stands.
    expect(askedIds()).toEqual(['tooling-years', 'tooling-stack', 'tooling-orchestrator', 'tooling-stack', 'tooling-orchestrator']);
    expect(asked.map((view) => [view.position, view.total, view.canGoBack, view.atMost])).toEqual([
      [1, 5, false, true],
      [2, 5, true, true],
      [3, 5, true, true],
      [2, 5, true, true],
      [3, 5, true, true],
    ]);
    expect(asked[3]!.current).toEqual({ value: ['docker'] });
    expect(result.asked).toEqual(['tooling-years', 'tooling-stack', 'tooling-orchestrator']);
    expect(result.answers['tooling-stack']).toEqual({ value: ['ray'] });
    expect(orders.at(-1)).toEqual(result.asked);
  });

  it('resumes after the questions asked before, numbering on from them', async () => {
    const { asker, asked } = scripted([answer('kubernetes')]);
    const result = await runAdaptiveQuestionnaire({
      scope: fixtureScope,
      answers: { 'tooling-years': { value: 4 }, 'tooling-stack': { value: ['docker'] } },
      asked: ['tooling-years', 'tooling-stack'],
      asker,
      evidence: false,
      next: reverseUntilThree,
      onChange: async () => undefined,
    });
    expect(asked.map((view) => [view.scoped.question.id, view.position])).toEqual([['tooling-orchestrator', 3]]);
    expect(result.asked).toEqual(['tooling-years', 'tooling-stack', 'tooling-orchestrator']);
  });
});
