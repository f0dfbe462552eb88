import { screen } from '@inquirer/testing/vitest';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Interrupted } from '../../src/errors.ts';
import type { QuestionView } from '../../src/interactive/prompt/asker.ts';
import { createInquirerAsker } from '../../src/interactive/prompt/inquirer-asker.ts';
import { scopedById } from './scope-fixture.ts';

function view(id: string, extra: Partial<QuestionView> = {}): QuestionView {
  return { position: 2, total: 5, breadcrumb: 'Craft › Model serving', scoped: scopedById(id), canGoBack: false, ...extra };
}

const asker = createInquirerAsker();

describe('the Inquirer asker', () => {
  it('shows position, breadcrumb, question, help and the five anchors of a scale, plus Not applicable', async () => {
    const answer = asker.ask(view('serving-depth'));
    const shown = screen.getScreen();
    expect(shown).toContain('[2/5] Craft › Model serving');
    expect(shown).toContain('How far have you taken model serving?');
    expect(shown).toContain('Think of the last year.');
    for (const line of ['0 · Has not served a model', '1 · Served a demo', '2 · Runs one service', '3 · Runs several with SLOs', '4 · Sets serving practice']) {
      expect(shown).toContain(line);
    }
    expect(shown).toContain('Not applicable');
    expect(shown).not.toContain('Previous question');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 2 });
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

  it('asks a yes/no question with Yes and No and no Not applicable when the rubric does not allow it', async () => {
    const answer = asker.ask(view('serving-gpu', { current: { value: false } }));
    const shown = screen.getScreen();
    expect(shown).toMatch(/Yes[\s\S]*No/);
    expect(shown).not.toContain('Not applicable');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: false });
  });

  it('answers a choice question with the option id', async () => {
    const answer = asker.ask(view('tooling-orchestrator'));
    expect(screen.getScreen()).toContain('Kubernetes');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual({ kind: 'answer', value: 'kubernetes' });
  });

  it('ticks several options of a multi question', async () => {
    const answer = asker.ask(view('tooling-stack', { canGoBack: true }));
    expect(screen.getScreen()).toContain('ticking none is an answer too');
    expect(screen.getScreen()).not.toContain('a all');
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
    await screen.next();
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
    await screen.next();
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
    await screen.next();
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

  it('asks for an evidence note, trimmed, with an empty one meaning none', async () => {
    const note = asker.askNote(view('serving-depth'));
    expect(screen.getScreen()).toContain('Evidence (optional)');
    screen.type('  ran the ranking service  ');
    screen.keypress('enter');
    await expect(note).resolves.toBe('ran the ranking service');
    const empty = asker.askNote(view('serving-depth'));
    screen.keypress('enter');
    await expect(empty).resolves.toBeUndefined();
  });

  it('offers the earlier note for editing', async () => {
    const note = asker.askNote(view('serving-depth'), 'one demo');
    screen.type(' and a pilot');
    screen.keypress('enter');
    await expect(note).resolves.toBe('one demo and a pilot');
  });

  it('writes the intro to its output stream', () => {
    let written = '';
    const output = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    createInquirerAsker({ output }).intro('5 questions, about 2 minutes.');
    expect(written).toBe('5 questions, about 2 minutes.\n\n');
  });
});
