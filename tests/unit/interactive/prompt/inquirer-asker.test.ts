import { screen } from '@inquirer/testing/vitest';
import { Writable } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../../src/contracts/rubric.ts';
import { Interrupted } from '../../../../src/errors.ts';
import type { QuestionView } from '../../../../src/interactive/prompt/asker.ts';
import { createInquirerAsker } from '../../../../src/interactive/prompt/inquirer-asker.ts';
import { scopedById } from '../../../helpers/scope-fixture.ts';

// The questionnaire's own prompts, drawn on the test screen like Inquirer's.
vi.mock('../../../../src/interactive/prompt/prompts.ts', async (importOriginal) => {
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  const actual = await importOriginal<typeof import('../../../../src/interactive/prompt/prompts.ts')>();
  return { ...actual, pickPrompt: wrapPrompt(actual.pickPrompt), tickPrompt: wrapPrompt(actual.tickPrompt), numberPrompt: wrapPrompt(actual.numberPrompt) };
});

function view(id: string, extra: Partial<QuestionView> = {}): QuestionView {
  return { position: 2, total: 5, breadcrumb: 'Craft › Model serving', scoped: scopedById(id), canGoBack: false, evidence: false, ...extra };
}

const asker = createInquirerAsker({ columns: () => 80 });

describe('the Inquirer asker', () => {
  it('shows position, breadcrumb, question, help and the five anchors of a scale with their levels as keys, plus Not applicable', async () => {
    const answer = asker.ask(view('serving-depth'));
    const shown = screen.getScreen();
    expect(shown).toContain('[2/5] Craft › Model serving');
    expect(shown).toContain('How far have you taken model serving?');
    expect(shown).toContain('Think of the last year.');
    for (const line of ['❯ 0 Has not served a model', '  1 Served a demo', '  2 Runs one service', '  3 Runs several with SLOs', '  4 Sets serving practice']) {
      expect(shown).toContain(line);
    }
    expect(shown).toContain('Not applicable');
    expect(shown).not.toContain('Previous question');
    expect(shown).toContain('0–4 choose a level · ↑↓ move · ⏎ confirm');
    expect(shown).not.toContain('add a note');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2 });
  });

  it.each([0, 1, 2, 3, 4])('takes level %i when its number key is pressed, then Enter', async (level) => {
    const answer = asker.ask(view('serving-depth', { canGoBack: true }));
    screen.keypress(String(level));
    expect(screen.getScreen()).toContain(`❯ ${level} `);
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: level });
  });

  it('ignores number keys that name no level, and a number key alone confirms nothing', async () => {
    const answer = asker.ask(view('serving-depth'));
    screen.keypress('3');
    screen.keypress('7');
    screen.keypress('9');
    const settled = await Promise.race([answer.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 50))]);
    expect(settled).toBe('waiting');
    expect(screen.getScreen()).toContain('❯ 3 Runs several with SLOs');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 3 });
  });

  it('shows the full text of the highlighted anchor beneath the list when the list shortens them', async () => {
    const long = scopedById('serving-depth');
    if (long.question.kind !== 'scale') throw new Error('fixture changed');
    const levels = long.question.levels.map((anchor) => `${anchor}, which is spelled out here at length so that the line cannot fit an eighty-column terminal`);
    const answer = asker.ask(view('serving-depth', { scoped: { ...long, question: { ...long.question, levels } } }));
    screen.keypress('4');
    const shown = screen.getScreen();
    expect(shown).toContain('❯ 4 Sets serving practice, which is spelled out here at length so that the…');
    expect(shown).toContain('  Level 4: Sets serving practice, which is spelled out here at length so that\n  the line cannot fit an eighty-column terminal');
    for (const line of shown.split('\n')) expect(line.length).toBeLessThan(80);
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 4 });
  });

  it('offers the previous question when there is one, last in the list', async () => {
    const answer = asker.ask(view('serving-depth', { canGoBack: true }));
    expect(screen.getScreen()).toContain('← Previous question');
    screen.keypress('up');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'back' });
  });

  it('marks Not applicable as n/a', async () => {
    const answer = asker.ask(view('serving-depth', { canGoBack: true }));
    screen.keypress('up');
    screen.keypress('up');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'n/a' });
  });

  it('preselects the current answer when revisiting', async () => {
    const answer = asker.ask(view('serving-depth', { current: { value: 3 } }));
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 3 });
  });

  it('asks a yes/no question with Yes and No (keys y and n) and no Not applicable when the rubric does not allow it', async () => {
    const answer = asker.ask(view('serving-gpu', { current: { value: false } }));
    const shown = screen.getScreen();
    expect(shown).toMatch(/y Yes[\s\S]*❯ n No/);
    expect(shown).toContain('y/n choose');
    expect(shown).not.toContain('Not applicable');
    screen.keypress('y');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: true });
  });

  it('answers a choice question with the option id, its options keyed by their levels', async () => {
    const answer = asker.ask(view('tooling-orchestrator'));
    const shown = screen.getScreen();
    expect(shown).toContain('❯ 0 None');
    expect(shown).toContain('  3 Kubernetes');
    expect(shown).toContain('0/3 choose');
    screen.keypress('1');
    expect(screen.getScreen()).toContain('❯ 0 None');
    screen.keypress('3');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'kubernetes' });
  });

  it('keys a choice question by position when two options share a level', async () => {
    const orchestrator = scopedById('tooling-orchestrator');
    const question = orchestrator.question as Extract<Question, { kind: 'choice' }>;
    const options = [...question.options, { id: 'nomad', label: 'Nomad', level: 3 }];
    const answer = asker.ask(view('tooling-orchestrator', { scoped: { ...orchestrator, question: { ...question, options } } }));
    const shown = screen.getScreen();
    expect(shown).toContain('❯ 1 None');
    expect(shown).toContain('  3 Nomad');
    expect(shown).toContain('1–3 choose');
    screen.keypress('3');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'nomad' });
  });

  it('ticks several options of a multi question', async () => {
    const answer = asker.ask(view('tooling-stack', { canGoBack: true }));
    expect(screen.getScreen()).toContain('ticking none is an answer too');
    expect(screen.getScreen()).toContain('❯ [ ] Docker');
    screen.keypress('space');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: ['docker', 'ray'] });
  });

  it('keeps the earlier ticks of a multi question when revisiting', async () => {
    const answer = asker.ask(view('tooling-stack', { current: { value: ['triton'] } }));
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: ['triton'] });
  });

  it('refuses Not applicable ticked together with an option, then takes it on its own', async () => {
    const answer = asker.ask(view('tooling-stack', { canGoBack: true }));
    screen.keypress('space');
    for (let step = 0; step < 3; step += 1) screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('tick "Not applicable" on its own');
    for (let step = 0; step < 3; step += 1) screen.keypress('up');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'n/a' });
  });

  it('goes back from a multi question when only Previous is ticked', async () => {
    const answer = asker.ask(view('tooling-stack', { canGoBack: true }));
    screen.keypress('up');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'back' });
  });

  it('takes a typed number within range, with the unit and range in the hint', async () => {
    const answer = asker.ask(view('tooling-years', { canGoBack: true }));
    expect(screen.getScreen()).toContain('(years, 0–30; < previous question)');
    screen.type('42');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('expected a number in 0–30 years, got 42');
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.type('4.5');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 4.5 });
  });

  it('goes back from a number question with <, and refuses n/a where the rubric does not allow it', async () => {
    const answer = asker.ask(view('tooling-years', { canGoBack: true, current: { value: 7 } }));
    screen.type('n/a');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('no "not applicable"');
    for (let step = 0; step < 3; step += 1) screen.keypress('backspace');
    screen.type('<');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'back' });
  });

  it('keeps the current number when Enter is pressed on a revisit', async () => {
    const answer = asker.ask(view('tooling-years', { current: { value: 7 } }));
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 7 });
  });

  it('turns Ctrl-C into Interrupted', async () => {
    const answer = asker.ask(view('serving-depth'));
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toBeInstanceOf(Interrupted);
  });

  it('with --evidence, adds a note only when e is pressed: typed, trimmed, kept with Enter, then the answer confirmed', async () => {
    const answer = asker.ask(view('serving-depth', { evidence: true }));
    expect(screen.getScreen()).toContain('e add a note');
    expect(screen.getScreen()).not.toContain('Evidence:');
    screen.keypress('2');
    screen.keypress('e');
    expect(screen.getScreen()).toContain('Evidence:');
    expect(screen.getScreen()).toContain('⏎ keep this note · Esc cancel');
    screen.type('  ran the ranking service 3 years ');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('Evidence: ran the ranking service 3 years');
    expect(screen.getScreen()).toContain('e edit the note');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2, note: 'ran the ranking service 3 years' });
  });

  it('with --evidence, asks for no note when e is not pressed', async () => {
    const answer = asker.ask(view('serving-gpu', { evidence: true }));
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: true });
  });

  it('without --evidence, e does nothing', async () => {
    const answer = asker.ask(view('serving-depth'));
    screen.keypress('e');
    expect(screen.getScreen()).not.toContain('Evidence:');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 0 });
  });

  it('offers the earlier note for editing; Esc drops an edit, and an emptied note is removed', async () => {
    const edited = asker.ask(view('serving-depth', { evidence: true, current: { value: 1, note: 'one demo' } }));
    expect(screen.getScreen()).toContain('Evidence: one demo');
    screen.keypress('e');
    screen.type(' and a pilot');
    screen.keypress('enter');
    screen.keypress('enter');
    await expect(edited).resolves.toEqual({ kind: 'answer', value: 1, note: 'one demo and a pilot' });

    const kept = asker.ask(view('serving-depth', { evidence: true, current: { value: 1, note: 'one demo' } }));
    screen.keypress('e');
    screen.type(' typed by mistake');
    screen.keypress('escape');
    screen.keypress('enter');
    await expect(kept).resolves.toEqual({ kind: 'answer', value: 1, note: 'one demo' });

    const removed = asker.ask(view('serving-depth', { evidence: true, current: { value: 1, note: 'one' } }));
    screen.keypress('e');
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.keypress('backspace');
    screen.keypress('enter');
    screen.keypress('enter');
    await expect(removed).resolves.toEqual({ kind: 'answer', value: 1 });
  });

  it('refuses a note over 500 characters and keeps the text to shorten', async () => {
    const answer = asker.ask(view('serving-depth', { evidence: true }));
    screen.keypress('e');
    screen.type('x'.repeat(501));
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('keep it under 500 characters (501 now)');
    screen.keypress('backspace');
    screen.keypress('enter');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 0, note: 'x'.repeat(500) });
  });

  it('adds a note to a typed number with e, and gives the number back to finish', async () => {
    const answer = asker.ask(view('tooling-years', { evidence: true }));
    expect(screen.getScreen()).toContain('(years, 0–30; e adds a note)');
    screen.type('6');
    screen.keypress('e');
    screen.type('since 2019');
    screen.keypress('enter');
    expect(screen.getScreen()).toContain('❯ 6');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 6, note: 'since 2019' });
  });

  it('adds a note to the ticks of a multi question', async () => {
    const answer = asker.ask(view('tooling-stack', { evidence: true }));
    screen.keypress('space');
    screen.keypress('e');
    screen.type('all our services');
    screen.keypress('enter');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: ['docker'], note: 'all our services' });
  });

  it('drops a note typed on a question left with Previous', async () => {
    const answer = asker.ask(view('serving-gpu', { evidence: true, canGoBack: true }));
    screen.keypress('e');
    screen.type('not kept');
    screen.keypress('enter');
    screen.keypress('up');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'back' });
  });

  it('writes the intro to its output stream, wrapped at words to the width', () => {
    let written = '';
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    createInquirerAsker({ output, columns: () => 41 }).intro('5 questions, about 2 minutes.\nAnswer with what you have actually done, not what you could do.');
    expect(written).toBe('5 questions, about 2 minutes.\nAnswer with what you have actually done,\nnot what you could do.\n\n');
  });

  it('draws without colour when told so (--no-color), with it otherwise', async () => {
    // Node's styleText colours only for a terminal or FORCE_COLOR; force it so that the difference shows.
    vi.stubEnv('FORCE_COLOR', '1');
    vi.stubEnv('NO_COLOR', '');
    try {
      for (const color of [true, false]) {
        const answer = createInquirerAsker({ columns: () => 80, color }).ask(view('serving-depth'));
        expect(/\u001b\[[0-9;]*m/.test(screen.getScreen({ raw: true })), `color ${color}`).toBe(color);
        screen.keypress('enter');
        await answer;
      }
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('shows control characters of rubric text visibly', async () => {
    const scoped = scopedById('serving-depth');
    const hostile = { ...scoped, question: { ...scoped.question, prompt: 'Served\u001b]0;pwned\u0007 models?', help: 'Think\u009b2J' } } as typeof scoped;
    const answer = asker.ask({ ...view('serving-depth'), scoped: hostile });
    const raw = screen.getScreen({ raw: true });
    expect(raw).toContain('Served\\e]0;pwned\\x07 models?');
    expect(raw).toContain('Think\\x9b2J');
    expect(raw).not.toContain(']0;pwned\u0007');
    screen.keypress('enter');
    await answer;
  });
});
