/**
 * The terminal asker: the only place that runs Inquirer prompts (prompts.ts holds
 * them). Prompts write to stderr by default, because stdout carries the report.
 */
import { NOT_APPLICABLE } from '../../contracts/limits.ts';
import { terminalText } from '../../parse/terminal-text.ts';
import { Interrupted } from '../../errors.ts';
import type { MultiQuestion, NumberQuestion, Question } from '../../contracts/rubric.ts';
import type { Asker, AskResult, QuestionView } from './asker.ts';
import { extraPicks, multiResult, pickKeysHint, questionTitle, resultOf, singlePicks } from './choices.ts';
import { numberHint, numberResult } from './number-input.ts';
import { numberPrompt, pickPrompt, tickPrompt, type NoteConfig } from './prompts.ts';
import { textWidth, type Header } from './screen.ts';
import { wrapWords } from './text-layout.ts';

interface AskerStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Aborting it ends the current prompt as Ctrl-C does (SIGTERM, a closed terminal). */
  signal?: AbortSignal;
  /** Colour in the prompts (default on): off with --no-color as with NO_COLOR. */
  color?: boolean;
  /** The terminal's width; by default the output's columns (80 when it has none). */
  columns?: () => number | undefined;
}

export function createInquirerAsker(streams: AskerStreams = {}): Asker {
  const output = streams.output ?? process.stderr;
  const base = { input: streams.input, output, clearPromptOnDone: false };
  // Inquirer takes one signal: the session's (a signal, a closed terminal) and this question's (a failed save).
  const contextFor = (cancel: AbortSignal | undefined) => {
    const signals = [streams.signal, cancel].filter((signal): signal is AbortSignal => signal !== undefined);
    return signals.length === 0 ? base : { ...base, signal: signals.length === 1 ? signals[0]! : AbortSignal.any(signals) };
  };
  let context = contextFor(undefined);
  const columns = streams.columns ?? (() => (output as { columns?: number }).columns);

  const color = streams.color ?? true;
  const common = (view: QuestionView) => ({ header: headerOf(view), note: noteOf(view), columns, color });

  const askMulti = async (view: QuestionView, question: MultiQuestion): Promise<AskResult> => {
    const current = view.current?.value;
    const ticked = Array.isArray(current) ? current : current === NOT_APPLICABLE ? [NOT_APPLICABLE] : [];
    const answer = await tickPrompt(
      {
        ...common(view),
        options: question.options.map((option) => ({ value: option.id, label: shown(option.label) })),
        extras: extraPicks(question, view.canGoBack).map((pick) => ({ value: String(pick.value), label: shown(pick.name) })),
        ticked,
        validate: (items) => {
          const result = multiResult(items);
          return typeof result === 'string' ? result : true;
        },
      },
      context,
    );
    const result = multiResult(answer.ticked);
    if (typeof result === 'string') throw new Error(`bug: the tick prompt accepted an invalid tick set (${result})`);
    return withNote(result, answer.note);
  };

  const askNumber = async (view: QuestionView, question: NumberQuestion): Promise<AskResult> => {
    const current = view.current?.value;
    const answer = await numberPrompt(
      {
        ...common(view),
        hint: shown(numberHint(question, view.canGoBack, view.evidence)),
        ...(current === undefined ? {} : { fallback: String(current) }),
        validate: (text) => {
          const result = numberResult(text, question, view.canGoBack);
          return typeof result === 'string' ? result : true;
        },
      },
      context,
    );
    const result = numberResult(answer.text, question, view.canGoBack);
    if (typeof result === 'string') throw new Error(`bug: the number prompt accepted "${answer.text}" (${result})`);
    return withNote(result, answer.note);
  };

  return {
    intro(text) {
      const width = textWidth(columns());
      const lines = terminalText(text).split('\n').flatMap((line) => wrapWords(line, width));
      output.write(`${lines.join('\n')}\n\n`);
    },

    ask(view, cancel) {
      context = contextFor(cancel);
      const { question } = view.scoped;
      return interruptible(async () => {
        if (question.kind === 'multi') return askMulti(view, question);
        if (question.kind === 'number') return askNumber(view, question);
        const picks = singlePicks(question, view.canGoBack);
        const current = view.current?.value;
        const initial = Array.isArray(current) ? -1 : picks.findIndex((pick) => pick.value === current);
        const picked = await pickPrompt(
          {
            ...common(view),
            rows: picks.map((pick) => ({ key: pick.key, label: shown(pick.name), short: shown(pick.short), ...(pick.detail === undefined ? {} : { detail: shown(pick.detail) }) })),
            pickKeys: pickKeysHint(question, picks),
            initial: Math.max(0, initial),
          },
          context,
        );
        return withNote(resultOf(picks[picked.index]!.value), picked.note);
      });
    },

    choose(title, prompt, labels) {
      return interruptible(async () => {
        const rows = labels.map((label, index) => ({ key: String(index + 1), label, short: label }));
        const picked = await pickPrompt(
          { header: { title, prompt }, note: { enabled: false }, columns, color, rows, pickKeys: `1–${labels.length} choose`, initial: 0 },
          context,
        );
        return picked.index;
      });
    },

    pickSome(title, prompt, options) {
      return interruptible(async () => {
        const answer = await tickPrompt(
          {
            header: { title, prompt },
            note: { enabled: false },
            columns,
            color,
            options,
            extras: [],
            ticked: [],
            validate: (items) => (items.length > 0 ? true : 'tick at least one (Space ticks, Enter confirms)'),
          },
          context,
        );
        return [...answer.ticked];
      });
    },
  };
}

/**
 * Rubric text as the prompts show it: its control characters visible (terminal-text.ts), so a
 * rubric cannot steer the terminal. The person's own note and typing are made safe where screen.ts draws them.
 */
function shown(text: string): string {
  return terminalText(text, { oneLine: true });
}

function headerOf(view: QuestionView): Header {
  const question: Question = view.scoped.question;
  return { title: shown(questionTitle(view)), prompt: shown(question.prompt), ...(question.help ? { help: shown(question.help) } : {}) };
}

function noteOf(view: QuestionView): NoteConfig {
  const current = view.current?.note;
  return { enabled: view.evidence, ...(current === undefined ? {} : { current }) };
}

function withNote(result: AskResult, note: string | undefined): AskResult {
  return result.kind === 'answer' && note !== undefined ? { ...result, note } : result;
}

/** Ctrl-C in a prompt becomes Interrupted, which the CLI turns into "saved, resume with …" and exit 130. */
async function interruptible<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new Interrupted();
    }
    throw error;
  }
}
