/**
 * What a question looks like on the terminal, as plain functions of its state and
 * the width: the prompts in prompts.ts hand their state here and draw the result.
 * Every line is laid out as plain text first (so nothing is wider than the width
 * and no word is broken) and styled afterwards.
 *
 * A question reads, top to bottom: `? [12/58] Category › Competency`, the prompt,
 * its help, the list (one line per choice, shortened at a word with "…" when
 * long), the full text of the highlighted choice, the evidence note, any error,
 * and the keys.
 */
import { stripVTControlCharacters } from 'node:util';
import { columns, hangingIndent, shorten, wrapWords } from './text-layout.ts';
import { terminalText } from '../../parse/terminal-text.ts';

export interface Styles {
  prefix: string;
  message: (text: string) => string;
  highlight: (text: string) => string;
  help: (text: string) => string;
  answer: (text: string) => string;
  error: (text: string) => string;
}

const plainStyles: Styles = {
  prefix: '?',
  message: (text) => text,
  highlight: (text) => text,
  help: (text) => text,
  answer: (text) => text,
  error: (text) => text,
};

/** Lines no wider than the terminal, and no wider than this on a wide one, to stay readable. */
const MAX_WIDTH = 100;

/** The width text may take on a terminal of `terminalColumns`: one column is kept free, so a full line never wraps. */
export function textWidth(terminalColumns: number | undefined): number {
  const available = terminalColumns !== undefined && terminalColumns > 0 ? terminalColumns : 80;
  return Math.max(20, Math.min(available, MAX_WIDTH) - 1);
}

export interface Header {
  /** `[12/58] Category › Competency` */
  title: string;
  prompt: string;
  help?: string;
}

export interface NoteState {
  /** --evidence is on: the note key works and is shown. */
  enabled: boolean;
  /** The note kept with this answer so far. */
  text?: string;
  /** Being typed: the text on the edit line. */
  draft?: string;
  error?: string;
}

const NOTE_LABEL = 'Evidence: ';
export const NOTE_KEY = 'e';

export interface Row {
  /** The key that highlights this row ("3", "y"); empty for rows reached by the arrows only. */
  key: string;
  label: string;
  /** The full text to show beneath the list while this row is highlighted, when the list had to shorten a line. */
  detail?: string;
}

/** A rendered frame: `content` ends on the line the cursor sits on; `bottom` goes below it. */
export interface Frame {
  content: string[];
  bottom: string[];
}

function headerLines(header: Header, width: number, styles: Styles): string[] {
  return [
    `${styles.prefix} ${styles.message(shorten(header.title, width - visibleColumns(styles.prefix) - 1))}`,
    ...wrapWords(header.prompt, width).map(styles.message),
    ...(header.help ? wrapWords(header.help, width).map(styles.help) : []),
  ];
}

const CURSOR = '❯';

function rowLead(rows: readonly Row[], index: number, active: number): string {
  const keyWidth = Math.max(0, ...rows.map((row) => columns(row.key)));
  return `${index === active ? CURSOR : ' '} ${keyWidth > 0 ? `${rows[index]!.key.padEnd(keyWidth)} ` : ''}`;
}

/** One line per row, cut at a word with "…" where it does not fit. */
function listLines(rows: readonly Row[], active: number, width: number, styles: Styles): string[] {
  return rows.map((row, index) => {
    const lead = rowLead(rows, index, active);
    const line = `${lead}${shorten(row.label, width - columns(lead))}`;
    return index === active ? styles.highlight(line) : line;
  });
}

/**
 * The full text of the highlighted row, when the list had to shorten any line; as
 * high as the longest row's text, so the lines below stay put while moving.
 */
function detailLines(rows: readonly Row[], active: number, width: number, styles: Styles): string[] {
  const shortened = rows.some((row, index) => {
    const lead = rowLead(rows, index, active);
    return shorten(row.label, width - columns(lead)) !== row.label;
  });
  if (!shortened) return [];
  const wrap = (text: string | undefined) => (text === undefined ? [] : wrapWords(text, width - 2));
  const height = Math.max(0, ...rows.map((row) => wrap(row.detail).length));
  if (height === 0) return [];
  const lines = wrap(rows[active]?.detail).map((line) => styles.highlight(`  ${line}`));
  return ['', ...lines, ...Array.from({ length: height - lines.length }, () => '')];
}

/** The note line when not editing it, or nothing. */
function noteLines(note: NoteState, width: number, styles: Styles): string[] {
  if (note.text === undefined) return [];
  return [styles.help(`  ${NOTE_LABEL}${shorten(typedText(note.text), width - 2 - columns(NOTE_LABEL))}`)];
}

/** While the note is typed: the edit line (last, where the cursor is), and the keys for it below. */
function noteEditing(note: NoteState & { draft: string }, width: number, styles: Styles): Frame {
  return {
    content: [`  ${NOTE_LABEL}${typedText(note.draft)}`],
    bottom: [
      ...errorLines(note.error, width, styles),
      ...wrapWords('⏎ keep this note · Esc cancel · an empty note removes it', width).map(styles.help),
    ],
  };
}

/** An error, wrapped at words, each line marked. */
function errorLines(error: string | undefined, width: number, styles: Styles): string[] {
  // An error can quote rubric text (a number question's unit): drawn as typed text is.
  return error ? wrapWords(typedText(error), width - 2).map((line) => styles.error(`> ${line}`)) : [];
}

/** The part a list question (pick or tick) ends with: the note being typed, or the note, the error and the keys. */
function listFrame(above: readonly string[], note: NoteState, error: string | undefined, keys: readonly string[], width: number, styles: Styles): Frame {
  if (note.draft !== undefined) {
    const editing = noteEditing({ ...note, draft: note.draft }, width, styles);
    return { content: [...above, ...editing.content], bottom: editing.bottom };
  }
  return {
    content: [...above, ...noteLines(note, width, styles), ...errorLines(error, width, styles), '', ...keyLines([...keys, ...noteKey(note)], width, styles)],
    bottom: [],
  };
}

function keyLines(keys: readonly string[], width: number, styles: Styles): string[] {
  return wrapWords(keys.join(' · '), width).map(styles.help);
}

function noteKey(note: NoteState): string[] {
  if (!note.enabled) return [];
  return [`${NOTE_KEY} ${note.text === undefined ? 'add a note' : 'edit the note'}`];
}

interface PickScreen {
  header: Header;
  rows: readonly Row[];
  active: number;
  /** e.g. "0–4 choose a level" */
  pickKeys: string;
  note: NoteState;
  error?: string;
}

/** A single-choice question: scale, choice or yes/no. */
export function pickFrame(screen: PickScreen, width: number, styles: Styles = plainStyles): Frame {
  const above = [
    ...headerLines(screen.header, width, styles),
    ...listLines(screen.rows, screen.active, width, styles),
    ...detailLines(screen.rows, screen.active, width, styles),
  ];
  return listFrame(above, screen.note, screen.error, [screen.pickKeys, '↑↓ move', '⏎ confirm'], width, styles);
}

interface TickRow {
  label: string;
  ticked: boolean;
}

interface TickScreen {
  header: Header;
  options: readonly TickRow[];
  /** Not applicable and Previous, below a rule. */
  extras: readonly TickRow[];
  /** Index into options followed by extras. */
  active: number;
  note: NoteState;
  error?: string;
}

/** A multi question: every option in full (wrapped under itself), ticked or not. */
export function tickFrame(screen: TickScreen, width: number, styles: Styles = plainStyles): Frame {
  const row = (item: TickRow, index: number): string[] => {
    const lines = hangingIndent(`${index === screen.active ? CURSOR : ' '} ${item.ticked ? '[x]' : '[ ]'} `, item.label, width);
    return index === screen.active ? lines.map(styles.highlight) : lines;
  };
  const above = [
    ...headerLines(screen.header, width, styles),
    ...screen.options.flatMap((item, index) => row(item, index)),
    ...(screen.extras.length > 0 ? [styles.help('  ──────'), ...screen.extras.flatMap((item, index) => row(item, screen.options.length + index))] : []),
  ];
  return listFrame(above, screen.note, screen.error, ['space ticks', '↑↓ move', '⏎ confirm (ticking none is an answer too)'], width, styles);
}

interface NumberScreen {
  header: Header;
  /** "(years, 0–30; < previous question; n/a not applicable)" */
  hint: string;
  typed: string;
  /** The earlier answer, taken by Enter on an empty line. */
  fallback?: string;
  note: NoteState;
  error?: string;
}

/** A number question: typed on the last line. */
export function numberFrame(screen: NumberScreen, width: number, styles: Styles = plainStyles): Frame {
  const above = [...headerLines(screen.header, width, styles), ...wrapWords(screen.hint, width).map(styles.help)];
  if (screen.note.draft !== undefined) {
    const editing = noteEditing({ ...screen.note, draft: screen.note.draft }, width, styles);
    return { content: [...above, `${CURSOR} ${typedText(screen.typed)}`, ...editing.content], bottom: editing.bottom };
  }
  const fallback = screen.typed === '' && screen.fallback !== undefined ? `${styles.help(`(${screen.fallback})`)} ` : '';
  return {
    content: [...above, `${CURSOR} ${fallback}${typedText(screen.typed)}`],
    bottom: [
      ...errorLines(screen.error, width, styles),
      ...noteLines(screen.note, width, styles),
    ],
  };
}

/** What stays on screen once answered: the title and the answer on one line (the title shortened first), and the note if any. */
export function doneLines(title: string, answer: string, note: string | undefined, width: number, styles: Styles): string[] {
  const done = `${styles.prefix} `;
  const room = width - visibleColumns(done);
  const answerRoom = Math.min(columns(typedText(answer)), ANSWER_ROOM);
  const titleText = shorten(title, room - answerRoom - 1);
  const answerText = shorten(typedText(answer), room - columns(titleText) - 1);
  const lines = [`${done}${styles.message(titleText)} ${styles.answer(answerText)}`];
  if (note !== undefined) lines.push(styles.help(`  ${NOTE_LABEL}${shorten(typedText(note), width - 2 - columns(NOTE_LABEL))}`));
  return lines;
}

/** What the person typed or pasted (a note, a number), or a message, as drawn: its control characters visible (terminal-text.ts). */
function typedText(text: string): string {
  return terminalText(text, { oneLine: true });
}

/** The columns an answer keeps on its answered line before the title gives way. */
const ANSWER_ROOM = 40;

/** Columns of text that may hold terminal styling (the styled prefix). */
function visibleColumns(text: string): number {
  return columns(stripVTControlCharacters(text));
}
