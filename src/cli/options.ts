/**
 * The flags that more than one command takes, each worded once. A builder returns a
 * typed commander Option (@commander-js/extra-typings), so a command that adds it
 * gets the flag's type in its inferred options, with nothing written by hand.
 */
import { InvalidArgumentError, Option } from '@commander-js/extra-typings';

type FormatOption<Choice extends string, Fallback> = Option<'-f, --format <format>', undefined, Fallback, undefined, false, Choice>;

/**
 * `-f, --format <format>`, one of `choices`. Without a fallback the command picks the
 * format itself (from the -o extension, else text); with one, that is the default.
 */
export function formatOption<const T extends readonly string[]>(choices: T): FormatOption<T[number], undefined>;
export function formatOption<const T extends readonly string[], const D extends T[number]>(choices: T, fallback: D): FormatOption<T[number], D>;
export function formatOption(choices: readonly string[], fallback?: string): FormatOption<string, string | undefined> {
  if (fallback === undefined) return new Option('-f, --format <format>', 'output format (default: from the -o extension, else text)').choices(choices);
  return new Option('-f, --format <format>', 'output format').choices(choices).default(fallback);
}

/** `-o, --output <file>`: the result goes to a file, written atomically, instead of stdout (`-` is stdout). */
export function outputOption() {
  return new Option('-o, --output <file>', 'write to <file> (atomically) instead of stdout');
}

/** `--quick`: one half of the scope of a run. */
export function quickOption() {
  return new Option('--quick', 'only the key question of each competency');
}

/** `--only <ids>`: the other half of the scope; repeatable, comma-separated, never empty. */
export function onlyOption() {
  return new Option('--only <ids>', 'only these categories (comma-separated ids, see `rubrics list`)').argParser(splitList);
}

/** `--track <id>`: a specialization track of the rubric set (tracks.yaml). */
export function trackOption(description: string) {
  return new Option('--track <id>', description);
}

/** `--rubrics <dir>`: a rubric directory merged over the built-in one (a global flag). */
export function rubricsOption() {
  return new Option('--rubrics <dir>', 'use the rubrics in <dir> (its categories replace or add to the built-in ones)');
}

/** `--only a,b --only c` → [a, b, c]; an empty list is refused here, for every command that takes one. */
export function splitList(value: string, previous: string[] = []): string[] {
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (ids.length === 0) {
    throw new InvalidArgumentError('--only needs at least one category id (e.g. --only ml,production; `ml-career rubrics list` shows the ids)');
  }
  return [...previous, ...ids];
}
