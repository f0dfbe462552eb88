/**
 * The README documents every flag of every command, and nothing else: the flags
 * that the built binary's `--help` prints for each command and subcommand are the
 * flags of that command's table in the README ("## Commands"; the program's own in
 * "### Global flags"). A flag added, renamed or removed on one side only fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runCli } from '../helpers/cli.ts';
import { commandOfHeading, flagDifferences, helpFlags, helpSubcommands, readmeSections } from '../helpers/help-flags.ts';

const HELP = '-h, --help';

interface Documented {
  path: string[];
  help: string;
}

/** Every command, from `ml-career --help` down through the subcommands each help lists. */
function commandTree(path: string[] = []): Documented[] {
  const result = runCli([...path, '--help']);
  if (result.status !== 0) throw new Error(`ml-career ${path.join(' ')} --help exited ${result.status}: ${result.stderr}`);
  return [{ path, help: result.stdout }, ...helpSubcommands(result.stdout).flatMap((name) => commandTree([...path, name]))];
}

const commands = commandTree();
const known = commands.map(({ path }) => path);
const sections = readmeSections(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
const name = (path: string[]) => ['ml-career', ...path].join(' ');

/** The README's flags of one command: those of the tables under the one heading that names it. */
function readmeFlags(path: string[]): string[] {
  const owned = sections.filter((section) => commandOfHeading(section.heading, known)?.join(' ') === path.join(' '));
  expect(owned.map((section) => section.heading), `one README heading for \`${name(path)}\``).toHaveLength(1);
  return owned[0]!.flags;
}

/** The flags of a command's --help that its README table must list: all but the -h every command has. */
function documentedHelpFlags({ path, help }: Documented): string[] {
  const flags = helpFlags(help);
  expect(flags, `\`${name(path)} --help\` offers ${HELP}`).toContain(HELP);
  return path.length === 0 ? flags : flags.filter((flag) => flag !== HELP);
}

describe('--help and the README', () => {
  it('finds every command and subcommand', () => {
    expect(known.map((path) => path.join(' '))).toEqual([
      '',
      'assess',
      'template',
      'report',
      'history',
      'history list',
      'history show',
      'compare',
      'team',
      'calibrate',
      'rubrics',
      'rubrics list',
      'rubrics show',
      'rubrics validate',
      'schema',
    ]);
  });

  it.each(commands.map((command) => [name(command.path), command] as const))('`%s --help` has the flags of its README table', (_name, command) => {
    expect(flagDifferences(documentedHelpFlags(command), readmeFlags(command.path))).toEqual([]);
  });

  it('has no flag table for a command that does not exist', () => {
    const strays = sections.filter((section) => section.flags.length > 0 && commandOfHeading(section.heading, known) === undefined);
    expect(strays.map((section) => section.heading)).toEqual([]);
  });
});

describe('assess --help', () => {
  it('names the stage ids that --target and --fail-below take: those of the built-in rubrics', () => {
    const shown = runCli(['rubrics', 'show', '--format', 'json']);
    expect(shown.status).toBe(0);
    const stages = (JSON.parse(shown.stdout) as { stages: { id: string }[] }).stages.map((stage) => stage.id);
    expect(stages.length).toBeGreaterThan(1);
    const help = commands.find(({ path }) => path.join(' ') === 'assess')!.help;
    expect(help).toContain(`Stages for --target and --fail-below: ${stages.join(', ')}\n`);
  });
});

describe('the comparison', () => {
  const help = ['Usage: ml-career demo [options]', '', 'Options:', '  --quick              the key questions', '  -o, --output <file>  write to <file>', '                       -o wrapped', '  -h, --help           show help', ''].join('\n');
  const readme = (rows: string[]) => ['## Commands', '', '### `ml-career demo [x]`', '', '| flag | meaning |', '| --- | --- |', ...rows, '', '## Files', ''].join('\n');
  const compare = (text: string) => flagDifferences(helpFlags(help).filter((flag) => flag !== HELP), readmeSections(text)[0]!.flags);

  it('reads the flags of a help text, not its wrapped descriptions', () => {
    expect(helpFlags(help)).toEqual(['--quick', '-o, --output <file>', '-h, --help']);
  });

  it('agrees when both sides list the same flags, in any order', () => {
    expect(compare(readme(['| `-o, --output <file>` | out |', '| `--quick` | quick |']))).toEqual([]);
  });

  it('fails on a flag in the help only, in the README only, or listed twice', () => {
    expect(compare(readme(['| `--quick` | quick |']))).toEqual(['only in --help: -o, --output <file>']);
    expect(compare(readme(['| `--quick` | quick |', '| `-o, --output <file>` | out |', '| `--strict` | strict |']))).toEqual(['only in the README: --strict']);
    expect(compare(readme(['| `--quick` | quick |', '| `-o, --output <file>` | out |', '| `--quick` | again |']))).toEqual(['twice in the README: --quick']);
    expect(compare(readme(['| `--quick` | quick |', '| `-o, --output <path>` | out |']))).toEqual(['only in --help: -o, --output <file>', 'only in the README: -o, --output <path>']);
  });

  it('names the command of a heading by the longest command path it starts with', () => {
    const paths = [[], ['history'], ['history', 'show'], ['schema']];
    expect(commandOfHeading('`ml-career history show <n|file>`', paths)).toEqual(['history', 'show']);
    expect(commandOfHeading('`ml-career history`', paths)).toEqual(['history']);
    expect(commandOfHeading('`ml-career schema rubric | stages`', paths)).toEqual(['schema']);
    expect(commandOfHeading('Global flags', paths)).toEqual([]);
    expect(commandOfHeading('Exit codes', paths)).toBeUndefined();
  });

  it('refuses a flag row that is not one `flag`', () => {
    expect(() => readmeSections(readme(['| --quick | quick |']))).toThrow(/not one `flag`/);
  });
});
