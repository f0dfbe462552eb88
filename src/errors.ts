/**
 * Typed errors. The core throws these (or returns them); only the CLI entry
 * turns them into a message on stderr and an exit code.
 */

export const ExitCode = {
  ok: 0,
  badInput: 1,
  usage: 2,
  gateNotMet: 3,
  interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** One thing wrong with an input, located as precisely as we can. */
export interface Problem {
  file?: string;
  line?: number;
  col?: number;
  /** Field path inside the file, e.g. `competencies[2].questions[0].levels`. */
  path?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** How much of a value a message quotes: a typo is recognisable in far less, and a 1 MB value must not be echoed whole. */
export const QUOTE_MAX = 60;

/** `value` cut to QUOTE_MAX characters (ending in "…" when cut) and quoted, with its line breaks and controls escaped. */
export function quote(value: string): string {
  const chars = [...value];
  return JSON.stringify(chars.length <= QUOTE_MAX ? value : `${chars.slice(0, QUOTE_MAX - 1).join('')}…`);
}

/** A number as a message shows it: NaN and the infinities as YAML writes them (`.nan`, `.inf`), so that no message says NaN. */
export function numberText(value: number): string {
  if (Number.isNaN(value)) return '.nan (not a number)';
  if (!Number.isFinite(value)) return `${value > 0 ? '' : '-'}.inf (infinite)`;
  return String(value);
}

/** How many items of a list a message names before "and N more". */
const LISTED = 5;

/** The first few of `items` joined with commas, then how many more there are. */
export function listSome(items: readonly string[]): string {
  return items.length <= LISTED ? items.join(', ') : `${items.slice(0, LISTED).join(', ')} and ${items.length - LISTED} more`;
}

/** The first few `values`, each quoted (quote), then how many more there are. */
export function quoteList(values: readonly string[]): string {
  // Only the values shown are quoted: a list of a quarter of a million costs no more than one of five.
  return listSome([...values.slice(0, LISTED).map(quote), ...values.slice(LISTED)]);
}

/** A field path is built from keys of the data, which may be as long as the data: shown up to this length. */
const PATH_MAX = 120;

/** `file:line:col: path: message (hint)` — one line per problem. */
export function formatProblem(problem: Problem): string {
  let where = '';
  if (problem.file) {
    where = problem.file;
    if (problem.line !== undefined) {
      where += `:${problem.line}`;
      if (problem.col !== undefined) where += `:${problem.col}`;
    }
    where += ': ';
  }
  const path = problem.path ? `${problem.path.length <= PATH_MAX ? problem.path : `${problem.path.slice(0, PATH_MAX - 1)}…`}: ` : '';
  const hint = problem.hint ? ` — ${problem.hint}` : '';
  return `${where}${path}${problem.message}${hint}`;
}

/** Base of every error that is the user's to fix (never a bug). */
export abstract class CliError extends Error {
  abstract readonly exitCode: ExitCode;
}

/** Bad input or data: one or more located problems. Exit 1. */
export class DataError extends CliError {
  readonly exitCode = ExitCode.badInput;
  readonly problems: Problem[];
  constructor(problems: Problem[] | Problem, summary?: string) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(summary ?? list.map(formatProblem).join('\n'));
    this.name = 'DataError';
    this.problems = list;
  }
}

/** A rubric file or set that does not pass the schema or the lints. */
export class RubricError extends DataError {
  constructor(problems: Problem[] | Problem, summary?: string) {
    super(problems, summary);
    this.name = 'RubricError';
  }
}

/** Wrong flags, arguments or an impossible mode (e.g. prompting with no terminal). Exit 2. */
export class UsageError extends CliError {
  readonly exitCode = ExitCode.usage;
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}

/** A gate such as `--fail-below` was not met. The report has already been written. Exit 3. */
export class GateNotMet extends CliError {
  readonly exitCode = ExitCode.gateNotMet;
  constructor(message: string) {
    super(message);
    this.name = 'GateNotMet';
  }
}

/** The person pressed Ctrl-C (or the process got SIGINT/SIGTERM). Exit 130. */
export class Interrupted extends CliError {
  readonly exitCode = ExitCode.interrupted;
  constructor(message = 'Interrupted.') {
    super(message);
    this.name = 'Interrupted';
  }
}
