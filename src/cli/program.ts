/**
 * The commander program: flags, help and examples. Each command's module is
 * imported only when that command runs, so `--version` and `--help` stay fast.
 */
import { Argument, Command, InvalidArgumentError, Option } from 'commander';
import type { CliContext, GlobalOptions } from './context.ts';
import type { SchemaName } from '../contracts/json-schemas.ts';


const formats = ['text', 'json', 'md', 'html'];
// Spelled out rather than imported: the module that holds the schemas loads zod, which --help should not wait for.
const schemaNames: SchemaName[] = ['rubric', 'stages', 'answers', 'report', 'compare', 'team'];

const examples = `
Examples:
  $ ml-career assess                               answer the questions in this terminal
  $ ml-career assess --quick                       only the key question of each competency
  $ ml-career assess --resume                      continue an interrupted assessment
  $ ml-career template -o answers.yaml             an answers file to fill in
  $ ml-career assess --answers answers.yaml --format json
  $ ml-career assess --answers answers.yaml --fail-below mid -o report.html
  $ ml-career report report.json --format md       render a saved report again
  $ ml-career history                              your past assessments
  $ ml-career compare                              what moved since the previous assessment
  $ ml-career compare 1 3 --format html -o moved.html
  $ ml-career team reports/ --anonymize -o team.html
  $ ml-career rubrics list                         the categories and their questions
  $ ml-career rubrics validate ./my-rubrics        check your own rubrics

Exit codes: 0 success, 1 bad input or data, 2 usage error, 3 gate not met (--fail-below), 130 interrupted.
Documentation: README.md in the package.`;

export function buildProgram(context: CliContext): Command {
  const program = new Command('ml-career')
    .description('Assess your skills as an AI/ML systems engineer: your career stage, why not the next one, and what to learn next.')
    .version(context.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--rubrics <dir>', 'use the rubrics in <dir> (its categories replace or add to the built-in ones)')
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces for errors (or set ML_CAREER_DEBUG=1)')
    .addHelpText('after', examples)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(text.replace(/^error: /, 'ml-career: ')),
    });

  const globals = (): GlobalOptions => program.opts<GlobalOptions>();

  program
    .command('assess')
    .description('answer the questions (or read an answers file) and print the gap report')
    .option('-a, --answers <file>', 'read answers from a YAML or JSON file ("-" for stdin) instead of asking')
    .option('--quick', 'only the key question of each competency')
    .option('--only <ids>', 'only these categories (comma-separated ids, see `rubrics list`)', splitList)
    .option('--evidence', 'after each answer, ask for an optional one-line note of evidence')
    .option('--resume', 'continue the interrupted assessment saved in the state directory')
    .option('--restart', 'discard (set aside) a saved unfinished assessment and start over')
    .option('--no-input', 'never prompt: fail at once unless --answers is given')
    .option('--allow-partial', 'score what is answered when some answers are missing (the report is marked incomplete)')
    .option('--name <subject>', 'a name or handle to put in the report')
    .option('--target <stage>', 'the stage to report gaps against (default: the next stage)')
    .option('--fail-below <stage>', 'exit 3 when the assessed stage is below <stage> (after writing the report)')
    .addOption(new Option('-f, --format <format>', 'report format (default: from the -o extension, else text)').choices(formats))
    .option('-o, --output <file>', 'write the report to <file> (atomically) instead of stdout')
    .option('--save-answers <file>', 'also write the answers as an answers file for later scripted runs')
    .option('--no-history', 'do not keep this report in the history (see `ml-career history`)')
    .action(async (options) => {
      const { assessCommand } = await import('./commands/assess.ts');
      await assessCommand(context, globals(), options);
    });

  program
    .command('template')
    .description('write an answers file with every question, its prompt and allowed values as comments')
    .option('--quick', 'only the key question of each competency')
    .option('--only <ids>', 'only these categories (comma-separated ids)', splitList)
    .option('-o, --output <file>', 'write to <file> instead of stdout')
    .action(async (options) => {
      const { templateCommand } = await import('./commands/template.ts');
      await templateCommand(context, globals(), options);
    });

  program
    .command('report')
    .description('render a saved JSON report again, in any format')
    .argument('<report>', 'a JSON report written by `assess --format json` ("-" for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else text)').choices(formats))
    .option('-o, --output <file>', 'write to <file> (atomically) instead of stdout')
    .action(async (file: string, options) => {
      const { reportCommand } = await import('./commands/report.ts');
      await reportCommand(context, globals(), file, options);
    });

  const history = program.command('history').description('list your past assessments, or show one');
  history
    .command('list', { isDefault: true })
    .description('one line per assessment kept in the history, oldest first (the default)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options) => {
      const { historyListCommand } = await import('./commands/history.ts');
      await historyListCommand(context, options);
    });
  history
    .command('show')
    .description('render one assessment of the history (or a report file) in any format')
    .argument('<entry>', 'a number from `ml-career history`, or a report file')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else text)').choices(formats))
    .option('-o, --output <file>', 'write to <file> (atomically) instead of stdout')
    .action(async (ref: string, options) => {
      const { historyShowCommand } = await import('./commands/history.ts');
      await historyShowCommand(context, globals(), ref, options);
    });

  program
    .command('compare')
    .description('what moved between two assessments: stage, scores, competencies, gaps closed and opened')
    .argument('[old]', 'a history number or report file (default: the second-to-last history entry)')
    .argument('[new]', 'a history number or report file (default: the last history entry)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else text)').choices(formats))
    .option('-o, --output <file>', 'write to <file> (atomically) instead of stdout')
    .action(async (old: string | undefined, now: string | undefined, options) => {
      const { compareCommand } = await import('./commands/compare.ts');
      await compareCommand(context, globals(), { ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) }, options);
    });

  program
    .command('team')
    .description("one view of a team's JSON reports: stages, competency spread, shared gaps, heatmap")
    .argument('<paths...>', 'JSON report files, or directories of them')
    .option('--anonymize', 'replace names with stable pseudonyms and leave out file names')
    .option('--strict', 'fail (exit 1) on a bad or foreign report instead of skipping it with a warning')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else text)').choices(formats))
    .option('-o, --output <file>', 'write to <file> (atomically) instead of stdout')
    .action(async (paths: string[], options) => {
      const { teamCommand } = await import('./commands/team.ts');
      await teamCommand(context, globals(), paths, options);
    });

  const rubrics = program.command('rubrics').description('list, show and validate rubric sets');
  rubrics
    .command('list')
    .description('a table of categories with their competency and question counts and estimated minutes')
    .action(async () => {
      const { rubricsListCommand } = await import('./commands/rubrics.ts');
      await rubricsListCommand(context, globals());
    });
  rubrics
    .command('show')
    .description('print the loaded rubric set (after --rubrics merging), resolved')
    .argument('[id]', 'only this category')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['yaml', 'json']).default('yaml'))
    .action(async (id: string | undefined, options) => {
      const { rubricsShowCommand } = await import('./commands/rubrics.ts');
      await rubricsShowCommand(context, globals(), id, options);
    });
  rubrics
    .command('validate')
    .description('check a rubric directory (default: the built-in rubrics, or --rubrics)')
    .argument('[dir]', 'the directory to check')
    .action(async (dir: string | undefined) => {
      const { rubricsValidateCommand } = await import('./commands/rubrics.ts');
      await rubricsValidateCommand(context, globals(), dir);
    });

  program
    .command('schema')
    .description('print a JSON Schema (draft-07) for editors and other tools')
    .addArgument(new Argument('<name>', 'which schema').choices(schemaNames))
    .action(async (name: SchemaName) => {
      const { schemaCommand } = await import('./commands/schema.ts');
      await schemaCommand(context, name);
    });

  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput(program.configureOutput());
    for (const sub of command.commands) {
      sub.exitOverride();
      sub.configureOutput(program.configureOutput());
    }
  }
  return program;
}

/** `--only a,b --only c` → [a, b, c]; an empty list is refused here, for every command that takes one. */
function splitList(value: string, previous: string[] = []): string[] {
  const ids = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  if (ids.length === 0) {
    throw new InvalidArgumentError('--only needs at least one category id (e.g. --only ml,production; `ml-career rubrics list` shows the ids)');
  }
  return [...previous, ...ids];
}
