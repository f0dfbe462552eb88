/**
 * The commander program: the declarations of specs.ts with their actions attached.
 * Each command's module is imported only when that command runs, so `--version`
 * and `--help` stay fast; the global flags are resolved once, into the context
 * every command is handed.
 */
import { Help, type CommandOptions, type CommandUnknownOpts } from '@commander-js/extra-typings';
import { colorEnabled, type CliContext, type CommandContext } from './context.ts';
import { invokedAs, namingInvocation } from './invocation.ts';
import { cutQuotedValues, messageText } from './message-text.ts';
import {
  assessSpec,
  calibrateSpec,
  compareSpec,
  historyListSpec,
  historyShowSpec,
  historySpec,
  programSpec,
  reportSpec,
  rubricsListSpec,
  rubricsShowSpec,
  rubricsSpec,
  rubricsValidateSpec,
  schemaSpec,
  teamSpec,
  templateSpec,
  type GlobalOptions,
} from './specs.ts';

export function buildProgram(context: CliContext) {
  // The help and commander's messages name commands as the person ran the program (`npx ml-career …` through npx).
  const invoked = invokedAs(context.env);
  const program = programSpec(context.version, invoked)
    .showSuggestionAfterError(true)
    .exitOverride()
    // Renamed before commander wraps the help to the width (copied to every subcommand by adopt()).
    .configureHelp({
      optionDescription(option) {
        return namingInvocation(Help.prototype.optionDescription.call(this, option), invoked);
      },
      argumentDescription(argument) {
        return namingInvocation(Help.prototype.argumentDescription.call(this, argument), invoked);
      },
    })
    .configureOutput({
      writeOut: (text) => context.stdout.write(namingInvocation(text, invoked)),
      writeErr: (text) => context.stderr.write(messageText(text, invoked)),
      outputError: (text, write) => write(cutQuotedValues(text.replace(/^error: /, 'ml-career: '))),
    });

  let resolved: CommandContext | undefined;
  const ctx = (): CommandContext => (resolved ??= resolveGlobals(context, program.opts()));

  adopt(
    program,
    assessSpec().action(async (options) => (await import('./commands/assess.ts')).assessCommand(ctx(), options)),
  );
  adopt(
    program,
    templateSpec().action(async (options) => (await import('./commands/template.ts')).templateCommand(ctx(), options)),
  );
  adopt(
    program,
    reportSpec().action(async (file, options) => (await import('./commands/report.ts')).reportCommand(ctx(), file, options)),
  );

  const history = adopt(program, historySpec());
  adopt(
    history,
    historyListSpec().action(async (options) => (await import('./commands/history.ts')).historyListCommand(ctx(), options)),
    { isDefault: true },
  );
  adopt(
    history,
    historyShowSpec().action(async (ref, options) => (await import('./commands/history.ts')).historyShowCommand(ctx(), ref, options)),
  );

  adopt(
    program,
    compareSpec().action(async (old, now, options) =>
      (await import('./commands/compare.ts')).compareCommand(
        ctx(),
        { ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) },
        options,
      ),
    ),
  );
  adopt(
    program,
    teamSpec().action(async (paths, options) => (await import('./commands/team.ts')).teamCommand(ctx(), paths, options)),
  );

  adopt(
    program,
    calibrateSpec().action(async (files, options) => (await import('./commands/calibrate.ts')).calibrateCommand(ctx(), files, options)),
  );

  const rubrics = adopt(program, rubricsSpec());
  adopt(
    rubrics,
    rubricsListSpec().action(async () => (await import('./commands/rubrics.ts')).rubricsListCommand(ctx())),
  );
  adopt(
    rubrics,
    rubricsShowSpec().action(async (id, options) => (await import('./commands/rubrics.ts')).rubricsShowCommand(ctx(), id, options)),
  );
  adopt(
    rubrics,
    rubricsValidateSpec().action(async (dir) => (await import('./commands/rubrics.ts')).rubricsValidateCommand(ctx(), dir)),
  );

  adopt(
    program,
    schemaSpec().action(async (name) => (await import('./commands/schema.ts')).schemaCommand(ctx(), name)),
  );
  return program;
}

/** Adds `child` under `parent` with the parent's help flag, output, error handling and suggestions. */
function adopt<Child extends CommandUnknownOpts>(parent: CommandUnknownOpts, child: Child, options?: CommandOptions): Child {
  child.copyInheritedSettings(parent);
  parent.addCommand(child, options);
  return child;
}

/** The global flags, resolved once into what commands use of them. */
function resolveGlobals(context: CliContext, globals: GlobalOptions): CommandContext {
  const resolved = {
    color: colorEnabled(context.stdout, context.env, globals.color),
    promptColor: colorEnabled(context.stderr, context.env, globals.color),
    invoked: invokedAs(context.env),
    ...(globals.rubrics === undefined ? {} : { rubrics: globals.rubrics }),
  };
  // Copied by descriptor, not spread: a spread would call the context's lazy getters (stdin: see main.ts).
  return Object.defineProperties({ ...resolved }, Object.getOwnPropertyDescriptors(context)) as CliContext & typeof resolved;
}
