/**
 * The three terminal prompts of the questionnaire, built on @inquirer/core: a
 * single pick (scale, choice, yes/no), ticks (multi) and a typed number. Each
 * draws itself with screen.ts at the terminal's width, and each lets the person
 * add an evidence note with a key when --evidence is on.
 *
 * Keys of the single pick: the key shown before a row highlights it (0–4 are a
 * scale's levels), the arrows move, Enter confirms the highlighted row. A number
 * key never confirms on its own: the full text of what it highlighted is shown
 * beneath the list first, and Enter takes it.
 */
import { styleText } from 'node:util';
import { createPrompt, isDownKey, isEnterKey, isSpaceKey, isUpKey, makeTheme, useKeypress, usePrefix, useState, type KeypressEvent } from '@inquirer/core';
import {
  doneLines,
  type Frame,
  type Header,
  NOTE_KEY,
  type NoteState,
  numberFrame,
  pickFrame,
  type Row,
  type Styles,
  textWidth,
  tickFrame,
} from './screen.ts';
import { NOTE_MAX } from '../../contracts/limits.ts';

type Readline = Parameters<Parameters<typeof useKeypress>[0]>[1];
/** readline's key: `name` is undefined for keys such as "<", which only have a `sequence`. */
type Key = KeypressEvent & { sequence?: string };

const CURSOR_HIDE = '\u001b[?25l';

export interface NoteConfig {
  /** --evidence is on: the note key works. */
  enabled: boolean;
  /** The note given earlier, offered for editing. */
  current?: string;
}

interface Common {
  header: Header;
  note: NoteConfig;
  /** The terminal's width now, undefined when unknown (then 80). */
  columns: () => number | undefined;
  /** Colour on (Inquirer's theme, which itself honours NO_COLOR) or off (--no-color). */
  color: boolean;
}

const plain = (text: string) => text;
/** Inquirer's theme without its colours, for --no-color. */
const PLAIN_THEME = { prefix: { idle: '?', done: '✔' }, style: { message: plain, highlight: plain, help: plain, answer: plain } };

function useStyles(status: 'idle' | 'done', color: boolean): Styles {
  const theme = makeTheme(color ? {} : PLAIN_THEME);
  const prefix = usePrefix({ status, theme });
  return {
    prefix,
    message: (text) => theme.style.message(text, status),
    highlight: theme.style.highlight,
    help: theme.style.help,
    answer: theme.style.answer,
    error: color ? (text) => styleText('red', text) : plain,
  };
}

/**
 * The evidence note of one answer: the note key opens a one-line editor beneath
 * the question; Enter keeps what was typed (empty removes the note), Esc drops
 * the edit. `restore` puts back what the prompt had on its input line.
 */
function useNote(config: NoteConfig, restore: (rl: Readline) => void = () => undefined) {
  const [text, setText] = useState<string | undefined>(config.current);
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const state: NoteState = {
    enabled: config.enabled,
    ...(text === undefined ? {} : { text }),
    ...(draft === undefined ? {} : { draft }),
    ...(error === undefined ? {} : { error }),
  };
  /** Takes the key if it is the note's (opening it, or typed into it); says whether it did. */
  const handle = (key: Key, rl: Readline): boolean => {
    if (draft === undefined) {
      if (!config.enabled || key.ctrl || key.name !== NOTE_KEY) return false;
      rl.clearLine(0);
      if (text !== undefined) rl.write(text);
      setDraft(text ?? '');
      return true;
    }
    if (isEnterKey(key)) {
      const typed = draft.trim();
      // Counted as the answers file and the report count it.
      if (typed.length > NOTE_MAX) {
        // Enter emptied the input line; put the text back to be shortened.
        rl.write(draft);
        setError(`keep it under ${NOTE_MAX} characters (${typed.length} now)`);
        return true;
      }
      setText(typed === '' ? undefined : typed);
    } else if (key.name === 'escape') {
      rl.clearLine(0);
    } else {
      setDraft(rl.line);
      setError(undefined);
      return true;
    }
    setDraft(undefined);
    setError(undefined);
    restore(rl);
    return true;
  };
  return { state, handle, withNote: <T extends object>(answer: T): T & { note?: string } => (text === undefined ? answer : { ...answer, note: text }) };
}

function draw(frame: Frame, editing: boolean): string | [string, string] {
  const content = frame.content.join('\n') + (editing ? '' : CURSOR_HIDE);
  return frame.bottom.length > 0 ? [content, frame.bottom.join('\n')] : content;
}

interface PickRow extends Row {
  /** Shown on the answered line. */
  short: string;
}

interface PickConfig extends Common {
  rows: readonly PickRow[];
  /** "0–4 choose a level" */
  pickKeys: string;
  /** The row highlighted first. */
  initial: number;
}

interface Picked {
  /** The index of the confirmed row. */
  index: number;
  note?: string;
}

/** One of a list: keys highlight, the arrows move, Enter confirms. */
export const pickPrompt = createPrompt<Picked, PickConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const styles = useStyles(status, config.color);
  const [active, setActive] = useState(config.initial);
  const note = useNote(config.note);
  const count = config.rows.length;

  useKeypress((key: Key, rl) => {
    if (status !== 'idle' || note.handle(key, rl)) return;
    // Letters and digits land on readline's line; this prompt reads keys, not the line.
    rl.clearLine(0);
    if (isEnterKey(key)) {
      setStatus('done');
      done(note.withNote({ index: active }));
    } else if (isUpKey(key) || isDownKey(key)) {
      setActive((active + (isUpKey(key) ? count - 1 : 1)) % count);
    } else {
      const pressed = (key.name ?? key.sequence ?? '').toLowerCase();
      const index = pressed === '' ? -1 : config.rows.findIndex((row) => row.key === pressed);
      if (index !== -1) setActive(index);
    }
  });

  const width = textWidth(config.columns());
  if (status === 'done') return doneLines(config.header.title, config.rows[active]!.short, note.state.text, width, styles).join('\n');
  const frame = pickFrame({ header: config.header, rows: config.rows, active, pickKeys: config.pickKeys, note: note.state }, width, styles);
  return draw(frame, note.state.draft !== undefined);
});

interface TickOption {
  value: string;
  label: string;
}

interface TickConfig extends Common {
  options: readonly TickOption[];
  /** Not applicable and Previous: ticked alone, they stand for that answer. */
  extras: readonly TickOption[];
  ticked: readonly string[];
  /** true, or what is wrong with this set of ticks. */
  validate: (ticked: string[]) => true | string;
}

interface Ticked {
  ticked: string[];
  note?: string;
}

/** Any number of a list: space ticks, the arrows move, Enter confirms. */
export const tickPrompt = createPrompt<Ticked, TickConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const styles = useStyles(status, config.color);
  const all = [...config.options, ...config.extras];
  const [active, setActive] = useState(0);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set(config.ticked));
  const [error, setError] = useState<string | undefined>(undefined);
  const note = useNote(config.note);
  const chosen = () => all.filter((option) => ticked.has(option.value)).map((option) => option.value);

  useKeypress((key: Key, rl) => {
    if (status !== 'idle' || note.handle(key, rl)) return;
    rl.clearLine(0);
    setError(undefined);
    if (isEnterKey(key)) {
      const verdict = config.validate(chosen());
      if (verdict !== true) {
        setError(verdict);
        return;
      }
      setStatus('done');
      done(note.withNote({ ticked: chosen() }));
    } else if (isUpKey(key) || isDownKey(key)) {
      setActive((active + (isUpKey(key) ? all.length - 1 : 1)) % all.length);
    } else if (isSpaceKey(key)) {
      const value = all[active]!.value;
      const next = new Set(ticked);
      if (!next.delete(value)) next.add(value);
      setTicked(next);
    }
  });

  const width = textWidth(config.columns());
  if (status === 'done') {
    const labels = all.filter((option) => ticked.has(option.value)).map((option) => option.label);
    return doneLines(config.header.title, labels.length > 0 ? labels.join(', ') : 'none', note.state.text, width, styles).join('\n');
  }
  const row = (option: TickOption) => ({ label: option.label, ticked: ticked.has(option.value) });
  const frame = tickFrame(
    {
      header: config.header,
      options: config.options.map(row),
      extras: config.extras.map(row),
      active,
      note: note.state,
      ...(error === undefined ? {} : { error }),
    },
    width,
    styles,
  );
  return draw(frame, note.state.draft !== undefined);
});

interface NumberConfig extends Common {
  /** "(years, 0–30; < previous question)" */
  hint: string;
  /** The earlier answer, taken by Enter on an empty line. */
  fallback?: string;
  /** true, or what is wrong with the text. */
  validate: (text: string) => true | string;
}

interface Typed {
  text: string;
  note?: string;
}

/** A typed answer: Enter checks it and takes it, or says what to type instead. */
export const numberPrompt = createPrompt<Typed, NumberConfig>((config, done) => {
  const [status, setStatus] = useState<'idle' | 'done'>('idle');
  const styles = useStyles(status, config.color);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  // The note's editor borrows readline's line; closing it gives the typed number back.
  const note = useNote(config.note, (rl) => rl.write(typed));

  useKeypress((key: Key, rl) => {
    if (status !== 'idle' || note.handle(key, rl)) return;
    if (isEnterKey(key)) {
      const text = typed.trim() === '' && config.fallback !== undefined ? config.fallback : typed;
      const verdict = config.validate(text);
      if (verdict !== true) {
        // Enter emptied readline's line: put the text back to be corrected.
        rl.write(typed);
        setError(verdict);
        return;
      }
      setTyped(text);
      setStatus('done');
      done(note.withNote({ text }));
    } else {
      setTyped(rl.line);
      setError(undefined);
    }
  });

  const width = textWidth(config.columns());
  if (status === 'done') return doneLines(config.header.title, typed.trim(), note.state.text, width, styles).join('\n');
  const frame = numberFrame(
    {
      header: config.header,
      hint: config.hint,
      typed,
      ...(config.fallback === undefined ? {} : { fallback: config.fallback }),
      note: note.state,
      ...(error === undefined ? {} : { error }),
    },
    width,
    styles,
  );
  // The cursor stays visible: it is where the number is typed.
  return draw(frame, true);
});
