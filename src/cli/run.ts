/**
 * Runs the program and maps every outcome to an exit code. This is the one place
 * that turns errors into messages; nothing else decides how the process ends.
 */
import { CommanderError } from '@commander-js/extra-typings';
import { CliError, DataError, ExitCode, formatProblem, UsageError } from '../errors.ts';
import type { CliContext } from './context.ts';
import { commandHint, invokedAs } from './invocation.ts';
import { messageText } from './message-text.ts';
import { buildProgram } from './program.ts';

/** Enough to fix in one go; a thousand lines of problems hide the first one. */
const PROBLEMS_SHOWN = 50;

export async function run(context: CliContext): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(context.argv, { from: 'user' });
    return ExitCode.ok;
  } catch (error) {
    // commander parses --debug wherever it stands; only its own usage errors can come first, and they show no stack.
    const debug = program.opts().debug === true || context.env.ML_CAREER_DEBUG === '1';
    return reportError(error, context, debug);
  }
}

function reportError(error: unknown, context: CliContext, debug: boolean): number {
  // Commands named in messages (in backticks) read as the person ran the program: `npx ml-career …` through npx;
  // the data a message quotes reaches the terminal without its control characters (message-text.ts).
  const invoked = invokedAs(context.env);
  const write = (text: string) => context.stderr.write(`${messageText(text, invoked)}\n`);
  if (error instanceof CommanderError) {
    // commander has already printed its message (or the help / version).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return ExitCode.ok;
    }
    if (error.code === 'commander.executeSubCommandAsync') return ExitCode.usage;
    write(`Run ${commandHint(invoked, '--help')} (or ${commandHint(invoked, '<command> --help')}) for the usage.`);
    return ExitCode.usage;
  }
  if (error instanceof DataError) {
    // A broken bracket can make the YAML parser report the same thing many times over.
    const lines = [...new Set(error.problems.map(formatProblem))];
    if (lines.length === 1) {
      write(`ml-career: ${lines[0]!}`);
    } else {
      write(`ml-career: ${lines.length} problems:`);
      for (const line of lines.slice(0, PROBLEMS_SHOWN)) write(`  ${line}`);
      if (lines.length > PROBLEMS_SHOWN) write(`  … and ${lines.length - PROBLEMS_SHOWN} more; fix these first`);
    }
  } else if (error instanceof UsageError) {
    write(`ml-career: ${error.message}`);
    if (error.hint) write(`  ${error.hint}`);
  } else if (error instanceof CliError) {
    write(`ml-career: ${error.message}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    write(`ml-career: internal error (this is a bug in ml-career): ${message}`);
    if (!debug) write('  Run again with --debug (or ML_CAREER_DEBUG=1) to see the details, and please report them.');
  }
  if (debug && error instanceof Error && error.stack) write(error.stack);
  return error instanceof CliError ? error.exitCode : ExitCode.badInput;
}
