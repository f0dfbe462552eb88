/**
 * The bad-input corpus (tests/corpus/cases/*.yaml, described in README.md): every
 * case runs the real binary and must end with the expected exit code and message,
 * located where there is a file, without a stack trace, output or any file touched.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { binary } from '../helpers/cli.ts';
import { corpusFileSchema, type CorpusCase } from './case-schema.ts';
import { inPool, runCase, type CaseOutcome } from './run-case.ts';

const casesDir = join(import.meta.dirname, 'cases');
const cases: (CorpusCase & { source: string })[] = readdirSync(casesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .flatMap((name) => corpusFileSchema.parse(parse(readFileSync(join(casesDir, name), 'utf8'))).map((c) => ({ ...c, source: name })));

const PARALLEL = 2;
/** What may not reach a terminal raw: C0 controls but tab and newline, DEL, C1, bidi overrides and isolates. */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const outcomes = new Map<string, CaseOutcome>();

beforeAll(async () => {
  const results = await inPool(cases.map((testCase) => () => runCase(testCase)), PARALLEL);
  cases.forEach((testCase, index) => outcomes.set(testCase.name, results[index]!));
  // For information only: how long the cases take is measured by `npm run bench`, never asserted here.
  const slowest = [...outcomes.entries()].sort((a, b) => b[1].ms - a[1].ms);
  console.log(`corpus: ${cases.length} cases; slowest: ${slowest.slice(0, 5).map(([name, o]) => `${name} ${o.ms.toFixed(0)} ms`).join(', ')}`);
}, 240_000);

describe('the bad-input corpus', () => {
  it('has at least 60 cases with unique names', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.for(cases.map((c) => [`${c.source}: ${c.name}`, c] as const))('%s', ([, testCase], context) => {
    const outcome = outcomes.get(testCase.name)!;
    if (outcome.skipped !== undefined) return context.skip(outcome.skipped);
    const shown = `stderr:\n${outcome.stderr}\nstdout:\n${outcome.stdout.slice(0, 500)}`;
    expect(outcome.signal, shown).toBeNull();
    expect(outcome.status, shown).toBe(testCase.exit);
    expect(outcome.stderr, shown).toContain(testCase.stderr);
    if (testCase.trace) expect(outcome.stderr, 'the stack trace asked for').toMatch(/\n\s+at /);
    else expect(outcome.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    expect(outcome.stderr, 'no prompt').not.toMatch(/^\s*[?❯] /mu);
    if (testCase.at !== undefined) expect(outcome.stderr, shown).toMatch(locationPattern(testCase.at));
    if (testCase.stdout !== undefined) expect(outcome.stdout).toContain(testCase.stdout);
    else expect(outcome.stdout, 'nothing on stdout for an error').toBe('');
    expect(outcome.after, 'no file created or changed').toEqual(outcome.before);
    // Data reaches the terminal with its control characters shown, never raw (NO_COLOR is set, so no colour codes either).
    expect(outcome.stderr, 'no raw control character on stderr').not.toMatch(RAW_CONTROL);
    // CSV ends its lines with CRLF (RFC 4180): a CR before a newline only ends a line.
    expect(outcome.stdout.replaceAll('\r\n', '\n'), 'no raw control character on stdout').not.toMatch(RAW_CONTROL);
    expect(outcome.leftBehind, 'no process left behind').toEqual([]);
    if (testCase.withinSeconds !== undefined) expect(outcome.endedAfterMs, 'a case that used to hang ends in time').toBeLessThan(testCase.withinSeconds * 1000);
  });

  it('has cases for every command the binary lists in --help', () => {
    const help = spawnSync(process.execPath, [binary, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    expect(help.status, help.stderr).toBe(0);
    const commands = commandsIn(help.stdout).filter((name) => name !== 'help');
    expect(commands.length, help.stdout).toBeGreaterThanOrEqual(8);
    const covered = new Set(cases.map((testCase) => commandOf(testCase.args)));
    expect(commands.filter((name) => !covered.has(name)), 'commands without a corpus case').toEqual([]);
  });
});

/** The command names of a commander help text: the first word of each line under "Commands:". */
function commandsIn(help: string): string[] {
  const section = /^Commands:\n((?:  .*\n?)+)/m.exec(help)?.[1] ?? '';
  return [...section.matchAll(/^  (\S+)/gm)].map((match) => match[1]!);
}

/** The command a case runs: the first word after the global options (--rubrics takes a value). */
function commandOf(args: string[]): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--rubrics') index++;
    else if (!arg.startsWith('-')) return arg;
  }
  return undefined;
}

/** `file:line:col` as given, `file:line` with any column, or `file` with any line and column. */
function locationPattern(at: string): RegExp {
  const [, file = at, line, col] = /^(.*?)(?::(\d+))?(?::(\d+))?$/.exec(at) ?? [];
  const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escaped}:${line ?? '\\d+'}:${col ?? '\\d+'}\\b`);
}
