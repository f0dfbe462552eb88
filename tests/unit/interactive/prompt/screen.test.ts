/**
 * Every built-in question, drawn as the terminal shows it at 80×24: no line wider
 * than the screen, no word broken across lines, every choice of a scale on screen
 * at once, and the whole question (title to keys) within 24 lines in every state.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScopedQuestion } from '../../../../src/assessment/scope.ts';
import { questionsInScope } from '../../../../src/assessment/scope.ts';
import type { Question } from '../../../../src/contracts/rubric.ts';
import { builtinRubricDir, readRubricDir } from '../../../../src/io/read-rubric-dir.ts';
import { extraPicks, pickKeysHint, singlePicks } from '../../../../src/interactive/prompt/choices.ts';
import { numberHint } from '../../../../src/interactive/prompt/number-input.ts';
import { type Frame, type NoteState, numberFrame, pickFrame, textWidth, tickFrame } from '../../../../src/interactive/prompt/screen.ts';
import { columns } from '../../../../src/interactive/prompt/text-layout.ts';
import { loadRubricSet } from '../../../../src/rubric/load.ts';

const SCREEN = { columns: 80, rows: 24 };
const width = textWidth(SCREEN.columns);
const title = (scoped: ScopedQuestion) => `[58/58] ${scoped.category.title} › ${scoped.competency.title}`;
const header = (scoped: ScopedQuestion) => ({
  title: title(scoped),
  prompt: scoped.question.prompt,
  ...(scoped.question.help ? { help: scoped.question.help } : {}),
});
const LONG_NOTE = 'ran the weekly review of the ranking model with the product team for two years';
const noteStates: NoteState[] = [
  { enabled: false },
  { enabled: true, text: LONG_NOTE },
  { enabled: true, text: LONG_NOTE, draft: LONG_NOTE, error: 'keep it under 500 characters (512 now)' },
];

/** Every frame a question can show: each row highlighted, the note shown and being typed, an error. */
function framesOf(scoped: ScopedQuestion): Frame[] {
  return shownFrames(scoped).map(({ frame }) => frame);
}

/** The frames, each with whether its last line is one being typed on (a number, a note). */
function shownFrames(scoped: ScopedQuestion): { frame: Frame; typing: boolean }[] {
  // The most a question can offer: Not applicable and Previous.
  const question = { ...scoped.question, allowNA: true } as Question;
  const frames: { frame: Frame; typing: boolean }[] = [];
  const add = (frame: Frame, note: NoteState) => frames.push({ frame, typing: question.kind === 'number' || note.draft !== undefined });
  if (question.kind === 'multi') {
    const options = question.options.map((option) => ({ label: option.label, ticked: false }));
    const extras = extraPicks(question, true).map((pick) => ({ label: pick.name, ticked: false }));
    for (const note of noteStates) {
      for (let active = 0; active < options.length + extras.length; active += 1) {
        add(tickFrame({ header: header(scoped), options, extras, active, note, error: 'tick "Not applicable" on its own, or untick it to answer' }, width), note);
      }
    }
  } else if (question.kind === 'number') {
    for (const note of noteStates) {
      add(numberFrame({ header: header(scoped), hint: numberHint(question, true, note.enabled), typed: '12', fallback: '7', note, error: `type a number of ${question.unit} from ${question.min} to ${question.max}` }, width), note);
    }
  } else {
    const picks = singlePicks(question, true);
    const rows = picks.map((pick) => ({ key: pick.key, label: pick.name, ...(pick.detail === undefined ? {} : { detail: pick.detail }) }));
    for (const note of noteStates) {
      for (let active = 0; active < rows.length; active += 1) {
        add(pickFrame({ header: header(scoped), rows, active, pickKeys: pickKeysHint(question, picks), note }, width), note);
      }
    }
  }
  return frames;
}

/** The texts a frame lays out, each of which must read whole when its lines are joined. */
function textsOf(scoped: ScopedQuestion): string[] {
  const { question } = scoped;
  const texts = [question.prompt, ...(question.help ? [question.help] : [])];
  if (question.kind === 'multi') texts.push(...question.options.map((option) => option.label));
  return texts;
}

const flat = (text: string) => text.split(/\s+/).join(' ');

let scope: ScopedQuestion[];
beforeAll(async () => {
  scope = questionsInScope(loadRubricSet(await readRubricDir(builtinRubricDir())));
});

describe('every built-in question on an 80×24 terminal', () => {
  it('has scale questions to check', () => {
    expect(scope.filter((scoped) => scoped.question.kind === 'scale').length).toBeGreaterThan(10);
  });

  it('fits the height in every state, title to keys, and no line is wider than the screen', () => {
    const tallest: [number, string][] = [];
    for (const scoped of scope) {
      for (const { frame, typing } of shownFrames(scoped)) {
        // A line being typed on (the last of the content) wraps as the terminal likes, like any input line.
        const typed = typing ? [frame.content.at(-1)!] : [];
        const laidOut = [...frame.content.slice(0, typing ? -1 : undefined), ...frame.bottom];
        for (const line of laidOut) expect(columns(line), `${scoped.question.id}: ${line}`).toBeLessThan(SCREEN.columns);
        const height = laidOut.length + typed.reduce((rows, line) => rows + Math.ceil(Math.max(1, columns(line)) / SCREEN.columns), 0);
        tallest.push([height, scoped.question.id]);
      }
    }
    const [height, id] = tallest.sort((a, b) => b[0] - a[0])[0]!;
    expect(height, `the tallest question is ${id}`).toBeLessThanOrEqual(SCREEN.rows);
  });

  it('shows all five anchors of every scale at once, each on one line, shortened only at a word', () => {
    for (const scoped of scope) {
      const { question } = scoped;
      if (question.kind !== 'scale') continue;
      const [frame] = framesOf(scoped);
      question.levels.forEach((anchor, level) => {
        const line = frame!.content.find((candidate) => candidate.slice(2).startsWith(`${level} `));
        expect(line, `${question.id}: level ${level}`).toBeDefined();
        const shown = line!.slice(4);
        if (shown === anchor) return;
        expect(shown.endsWith('…'), `${question.id}: ${shown}`).toBe(true);
        const kept = shown.slice(0, -1);
        // Cut where a word ends: the anchor goes on with a space (after any comma dropped).
        expect(anchor.startsWith(kept), `${question.id}: ${shown}`).toBe(true);
        expect(anchor.slice(kept.length), `${question.id}: ${shown}`).toMatch(/^[,;:]? /);
      });
    }
  });

  it('breaks no word: each text reads whole when its lines are joined, and the highlighted anchor is shown in full', () => {
    for (const scoped of scope) {
      for (const frame of framesOf(scoped)) {
        // Lines joined with spaces, the list's cursor and keys and the tick marks taken off.
        const joined = flat(frame.content.map((line) => line.replace(/^[❯ ] ([0-9yn] |\[[ x]\] )?/, '')).join(' '));
        for (const text of textsOf(scoped)) expect(joined, scoped.question.id).toContain(flat(text));
      }
      const { question } = scoped;
      if (question.kind !== 'scale') continue;
      framesOf(scoped)
        .slice(0, 5)
        .forEach((frame, level) => {
          const joined = flat(frame.content.join(' '));
          expect(joined, `${question.id} level ${level}`).toContain(flat(`Level ${level}: ${question.levels[level]!}`));
        });
    }
  });
});
