/**
 * What each command accepts: its arguments, flags and help, declared once. The
 * option types of the commands are inferred from these declarations
 * (@commander-js/extra-typings), never written again by hand: a command module
 * imports its `…Options` type from here, and program.ts attaches the actions.
 *
 * This module imports no command implementation (and nothing that loads zod or
 * yaml), so that every command may import its types without a cycle and --help
 * stays fast.
 */
import { Argument, Command, Option } from '@commander-js/extra-typings';
import type { SchemaName } from '../contracts/json-schemas.ts';
import type { RaterRole } from '../contracts/report.ts';
import { reportFormats, teamFormats, viewFormats } from '../render/format.ts';
import { DEFAULT_MIN_GROUP } from '../team/min-group.ts';
import { builtinStageIds } from './builtin-stages.ts';
import { formatOption, onlyOption, outputOption, positiveInt, quickOption, rubricsOption, summaryFileOption, summaryOption, trackOption } from './options.ts';

// Spelled out rather than imported: the module that holds the schemas loads zod, which --help should not wait for.
const schemaNames = ['rubric', 'stages', 'tracks', 'answers', 'report', 'compare', 'team', 'calibrate'] as const satisfies readonly SchemaName[];
// …and checked the other way round: a schema added there and not here fails the type check.
const everySchemaNamed: Exclude<SchemaName, (typeof schemaNames)[number]> extends never ? true : false = true;
void everySchemaNamed;
// The rater roles of the report contract, spelled out for the same reason, and checked the same way.
const raterRoleNames = ['self', 'manager', 'peer'] as const satisfies readonly RaterRole[];
const everyRoleNamed: Exclude<RaterRole, (typeof raterRoleNames)[number]> extends never ? true : false = true;
void everyRoleNamed;

const examples: [string, string?][] = [
  ['assess', 'answer the questions in this terminal'],
  ['assess --quick', 'only the key question of each competency'],
  ['assess --resume', 'continue an interrupted assessment'],
  ['assess --adaptive', 'only the questions that can still change your stage'],
  ['assess --from 1', 'start from your last answers'],
  ['template -o answers.yaml', 'an answers file to fill in'],
  ['assess --answers answers.yaml --format json'],
  ['assess --answers answers.yaml --fail-below mid -o report.html'],
  ['report report.json --format md', 'render a saved report again'],
  ['history', 'your past assessments'],
  ['compare', 'what moved since the previous assessment'],
  ['compare 1 3 --format html -o moved.html'],
  ['team reports/ --anonymize -o team.html'],
  ['calibrate self.json manager.json -o 1on1.md', 'where self and manager disagree'],
  ['rubrics list', 'the categories and their questions'],
  ['rubrics validate ./my-rubrics', 'check your own rubrics'],
];

/** The examples after the program's help, named as the person ran it (`npx ml-career …` through npx). */
function examplesHelp(invoked: string): string {
  const lines = examples.map(([args, what]) => {
    const command = `  $ ${invoked} ${args}`;
    return what === undefined ? command : `${command.padEnd(51)}${what}`;
  });
  return [
    '',
    'Examples:',
    ...lines,
    '',
    'Exit codes: 0 success, 1 bad input or data, 2 usage error, 3 gate not met (--fail-below), 130 interrupted.',
    'Documentation: README.md in the package.',
  ].join('\n');
}

/** The program itself and its global flags, which every command reads through its context. */
export function programSpec(version: string, invoked = 'ml-career') {
  return new Command('ml-career')
    .description('Assess your skills as an AI/ML systems engineer: your career stage, why not the next one, and what to learn next.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addOption(rubricsOption())
    .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces for errors (or set ML_CAREER_DEBUG=1)')
    .addHelpText('after', examplesHelp(invoked));
}

export function assessSpec() {
  return new Command('assess')
    .description('answer the questions (or read an answers file) and print the gap report')
    .option('-a, --answers <file>', 'read answers from a YAML or JSON file ("-" for stdin) instead of asking')
    .addOption(quickOption())
    .addOption(onlyOption())
    .addOption(
      new Option('--adaptive [mode]', 'ask only what can still change the stage, stopping once it is settled (gaps: also the top three gaps)').choices(['stage', 'gaps'] as const),
    )
    .option('--from <ref>', 'start from earlier answers: a history number, a report.json or an answers file (Enter keeps each one)')
    .option('--changed', 'with --from: ask again only the competencies you pick from a list; keep the other answers')
    .option('--evidence', 'let any answer carry a one-line note of evidence (press e at a question to add one)')
    .option('--resume', 'continue the interrupted assessment saved in the state directory')
    .option('--restart', 'discard (set aside) a saved unfinished assessment and start over')
    .option('--no-input', 'never prompt: fail at once unless --answers is given')
    .option('--allow-partial', 'score what is answered when some answers are missing (the report is marked incomplete)')
    .option('--name <subject>', 'a name or handle to put in the report')
    .option('--about <name>', "rate someone else's work: the person the answers are about (with --rater)")
    .addOption(new Option('--rater <role>', 'who is answering: self (the default), or the manager or a peer of the --about person').choices(raterRoleNames))
    .option('--rater-name <name>', 'the name of the person answering, kept in the report with the role')
    .option('--target <stage>', 'the stage to report gaps against (default: the next stage)')
    .addOption(trackOption("measure stage and gaps against a specialization track's expectations and weights; asks its questions first"))
    .option('--fail-below <stage>', 'exit 3 when the assessed stage is below <stage> (after writing the report)')
    .addOption(formatOption(reportFormats))
    .addOption(outputOption())
    .addOption(summaryFileOption())
    .addOption(summaryOption())
    .option('--save-answers <file>', 'also write the answers as an answers file for later scripted runs')
    .option('--no-history', 'do not keep this report in the history (see `ml-career history`)')
    .addHelpText('after', stagesHelp);
}

/** Which stage ids --target and --fail-below take; worked out only when the help is shown. */
function stagesHelp(): string {
  const ids = builtinStageIds();
  if (ids === undefined) return '\nStages for --target and --fail-below: see `ml-career rubrics show`';
  return `\nStages for --target and --fail-below: ${ids.join(', ')}\n  (the built-in ones; a --rubrics directory with a stages.yaml replaces them)`;
}

export function templateSpec() {
  return new Command('template')
    .description('write an answers file with every question, its prompt and allowed values as comments')
    .addOption(quickOption())
    .addOption(onlyOption())
    .addOption(trackOption('list the questions that matter most for this track first'))
    .addOption(outputOption());
}

export function reportSpec() {
  return new Command('report')
    .description('render a saved JSON report again, in any format')
    .argument('<report>', 'a JSON report written by `assess --format json` ("-" for stdin)')
    .addOption(formatOption(reportFormats))
    .addOption(outputOption())
    .addOption(summaryFileOption())
    .addOption(summaryOption());
}

export function historySpec() {
  return new Command('history').description('list your past assessments, or show one');
}

export function historyListSpec() {
  return new Command('list')
    .description('one line per assessment kept in the history, oldest first (the default)')
    .addOption(formatOption(['text', 'json'], 'text'));
}

export function historyShowSpec() {
  return new Command('show')
    .description('render one assessment of the history (or a report file) in any format')
    .argument('<entry>', 'a number from `ml-career history`, or a report file')
    .addOption(formatOption(reportFormats))
    .addOption(outputOption());
}

export function compareSpec() {
  return new Command('compare')
    .description('what moved between two assessments: stage, scores, competencies, gaps closed and opened')
    .argument('[old]', 'a history number or report file (default: the second-to-last history entry)')
    .argument('[new]', 'a history number or report file (default: the last history entry)')
    .addOption(formatOption(viewFormats))
    .addOption(outputOption());
}

export function teamSpec() {
  return new Command('team')
    .description("one view of a team's JSON reports: stages, competency spread, shared gaps, heatmap")
    .argument('<paths...>', 'JSON report files, or directories of them')
    .option('--anonymize', 'replace names with stable pseudonyms and leave out file names')
    .option('--strict', 'fail (exit 1) on a bad or foreign report instead of skipping it with a warning')
    .option('--include-ratings', "count reports in which a manager or peer rated someone (assess --about); by default only people's own")
    .addOption(
      new Option('--min-group <n>', 'hold back per-person rows and any number that describes fewer than <n> people (1 shows everything)')
        .argParser(positiveInt('--min-group'))
        .default(DEFAULT_MIN_GROUP),
    )
    .addOption(formatOption(teamFormats))
    .addOption(outputOption());
}

export function calibrateSpec() {
  return new Command('calibrate')
    .description("one person's self-assessment and the ratings of others side by side: levels, spread, flags, stages, notes")
    .argument('<reports...>', 'JSON reports about one person (assess --format json, with --about and --rater for the others)')
    .addOption(formatOption(viewFormats))
    .addOption(outputOption());
}

export function rubricsSpec() {
  return new Command('rubrics').description('list, show and validate rubric sets');
}

export function rubricsListSpec() {
  return new Command('list').description('a table of categories with their competency and question counts and estimated minutes');
}

export function rubricsShowSpec() {
  return new Command('show')
    .description('print the loaded rubric set (after --rubrics merging), resolved')
    .argument('[id]', 'only this category')
    .addOption(formatOption(['yaml', 'json'], 'yaml'));
}

export function rubricsValidateSpec() {
  return new Command('validate').description('check a rubric directory (default: the built-in rubrics, or --rubrics)').argument('[dir]', 'the directory to check');
}

export function schemaSpec() {
  return new Command('schema')
    .description('print a JSON Schema (draft-07) for editors and other tools')
    .addArgument(new Argument('<name>', 'which schema').choices(schemaNames));
}

/** The parsed flags of a command, as its declaration above makes them. */
type OptionsOf<Spec extends () => { opts(): unknown }> = ReturnType<ReturnType<Spec>['opts']>;

export type GlobalOptions = ReturnType<ReturnType<typeof programSpec>['opts']>;
export type AssessOptions = OptionsOf<typeof assessSpec>;
export type TemplateOptions = OptionsOf<typeof templateSpec>;
export type ReportOptions = OptionsOf<typeof reportSpec>;
export type HistoryListOptions = OptionsOf<typeof historyListSpec>;
export type HistoryShowOptions = OptionsOf<typeof historyShowSpec>;
export type CompareOptions = OptionsOf<typeof compareSpec>;
export type TeamOptions = OptionsOf<typeof teamSpec>;
export type CalibrateOptions = OptionsOf<typeof calibrateSpec>;
export type RubricsShowOptions = OptionsOf<typeof rubricsShowSpec>;
