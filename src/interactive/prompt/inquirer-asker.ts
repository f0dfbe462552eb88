/**
 * The terminal asker: the only place that imports Inquirer. Prompts write to
 * stderr by default, because stdout carries the report.
 */
import { checkbox, input, select, Separator } from '@inquirer/prompts';
import { NOT_APPLICABLE, NOTE_MAX } from '../../contracts/limits.ts';
import { Interrupted } from '../../errors.ts';
import type { MultiQuestion, NumberQuestion } from '../../contracts/rubric.ts';
import type { Asker, AskResult, QuestionView } from './asker.ts';
import { extraPicks, multiResult, promptMessage, resultOf, singlePicks, type PickValue } from './choices.ts';
import { numberHint, numberResult } from './number-input.ts';

interface AskerStreams {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Aborting it ends the current prompt as Ctrl-C does (SIGTERM, a closed terminal). */
  signal?: AbortSignal;
}

// Ticking "Not applicable" or "Previous" together with options is refused with a message saying so.
const MULTI_HINT = '(space ticks, enter confirms; ticking none is an answer too)';

export function createInquirerAsker(streams: AskerStreams = {}): Asker {
  const output = streams.output ?? process.stderr;
  const context = { input: streams.input, output, clearPromptOnDone: false, ...(streams.signal ? { signal: streams.signal } : {}) };

  const askMulti = async (view: QuestionView, question: MultiQuestion): Promise<AskResult> => {
    const current = view.current?.value;
    const chosen = new Set(Array.isArray(current) ? current : current === NOT_APPLICABLE ? [NOT_APPLICABLE] : []);
    const extras = extraPicks(question, view.canGoBack).map((pick) => ({
      name: pick.name,
      value: String(pick.value),
      checked: chosen.has(String(pick.value)),
    }));
    const ticked = await checkbox(
      {
        message: `${promptMessage(view)}\n${MULTI_HINT}`,
        choices: [
          ...question.options.map((option) => ({ name: option.label, value: option.id, checked: chosen.has(option.id) })),
          ...(extras.length > 0 ? [new Separator(), ...extras] : []),
        ],
        pageSize: question.options.length + extras.length + 1,
        // "all" and "invert" would tick Previous and Not applicable along with the options.
        ...(extras.length > 0 ? { shortcuts: { all: null, invert: null } } : {}),
        validate: (items) => {
          const result = multiResult(items.map((item) => item.value));
          return typeof result === 'string' ? result : true;
        },
      },
      context,
    );
    const result = multiResult(ticked);
    if (typeof result === 'string') throw new Error(`bug: the checkbox accepted an invalid tick set (${result})`);
    return result;
  };

  const askNumber = async (view: QuestionView, question: NumberQuestion): Promise<AskResult> => {
    const current = view.current?.value;
    const typed = await input(
      {
        message: `${promptMessage(view)}\n${numberHint(question, view.canGoBack)}`,
        default: current === undefined ? undefined : String(current),
        validate: (text) => {
          const result = numberResult(text, question, view.canGoBack);
          return typeof result === 'string' ? result : true;
        },
      },
      context,
    );
    const result = numberResult(typed, question, view.canGoBack);
    if (typeof result === 'string') throw new Error(`bug: the number prompt accepted "${typed}" (${result})`);
    return result;
  };

  return {
    intro(text) {
      output.write(`${text}\n\n`);
    },

    ask(view) {
      const { question } = view.scoped;
      return interruptible(async () => {
        if (question.kind === 'multi') return askMulti(view, question);
        if (question.kind === 'number') return askNumber(view, question);
        const picks = singlePicks(question, view.canGoBack);
        const picked = await select<PickValue>(
          {
            message: promptMessage(view),
            choices: picks,
            pageSize: picks.length,
            default: currentPick(view),
          },
          context,
        );
        return resultOf(picked);
      });
    },

    askNote(_view, current) {
      return interruptible(async () => {
        const note = await input(
          {
            message: 'Evidence (optional): one line on what backs this answer',
            default: current,
            prefill: 'editable',
            validate: (text) => text.trim().length <= NOTE_MAX || `keep it under ${NOTE_MAX} characters`,
          },
          context,
        );
        return note.trim() === '' ? undefined : note.trim();
      });
    },
  };
}

function currentPick(view: QuestionView): PickValue | undefined {
  const value = view.current?.value;
  return Array.isArray(value) ? undefined : value;
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
