/**
 * "No network access anywhere in the tool", checked by running it: every command of
 * the built binary runs with a preload (tests/helpers/deny-network.cjs, through
 * NODE_OPTIONS) that turns each way out to the network into a marker on stderr and
 * exit 97. Control runs prove the preload trips, so this test can fail. The bundles
 * are also checked to load no network module and no package from node_modules.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersFileAt } from '../helpers/answers-at.ts';
import { builtinSet } from '../helpers/built-reports.ts';
import { binary, repoRoot, runCli, tempDir, type CliResult } from '../helpers/cli.ts';

const PRELOAD = join(repoRoot, 'tests', 'helpers', 'deny-network.cjs');
/** As in deny-network.cjs; the control runs below fail if the two disagree. */
const MARK = 'ML-CAREER-TEST: NETWORK ACCESS';
const EXIT_CODE = 97;
const NODE_OPTIONS = `--require "${PRELOAD}"`;

/** The help of the binary (run without the preload: this only reads what there is to cover). */
function help(...args: string[]): string {
  const result = spawnSync(process.execPath, [binary, ...args, '--help'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
  if (result.status !== 0) throw new Error(`ml-career ${args.join(' ')} --help failed: ${result.stderr}`);
  return result.stdout;
}

/** The command names under "Commands:" in a commander help text, without `help`. */
function commandsIn(text: string): string[] {
  const section = /^Commands:\n((?:  .*\n?)+)/m.exec(text)?.[1] ?? '';
  return [...section.matchAll(/^  (\S+)/gm)].map((match) => match[1]!).filter((name) => name !== 'help');
}

/** The `(choices: "a", "b")` of the option or argument named `name`. */
function choicesOf(text: string, name: string): string[] {
  const start = text.indexOf(name);
  const list = /\(choices: ([^)]*)\)/.exec(text.slice(start))?.[1] ?? '';
  return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
}

const formats = choicesOf(help('assess'), '--format');
const compareFormats = choicesOf(help('compare'), '--format');
const teamFormats = choicesOf(help('team'), '--format');
const schemaNames = choicesOf(help('schema'), 'name');
const commands = commandsIn(help());
const subcommands = Object.fromEntries(commands.map((name) => [name, commandsIn(help(name))]));

let work: string;
/** Shared by every run, so the history that assess writes is there for history and compare. */
let env: Record<string, string>;
const path = (name: string) => join(work, name);

beforeAll(async () => {
  work = tempDir();
  env = {
    HOME: path('home'),
    XDG_DATA_HOME: path('data'),
    XDG_STATE_HOME: path('state'),
    NODE_OPTIONS,
    ML_CAREER_NETWORK_LOG: path('network.log'),
  };
  const set = await builtinSet();
  writeFileSync(path('high.json'), JSON.stringify({ subject: 'ada', ...answersFileAt(set, 3) }));
  writeFileSync(path('low.yaml'), `answers:\n${Object.entries(answersFileAt(set, 1).answers).map(([id, value]) => `  ${id}: ${JSON.stringify(value)}`).join('\n')}\n`);
  writeFileSync(path('bad.yaml'), 'answers:\n\tx: 1\n');
  mkdirSync(path('team'));
  mkdirSync(path('mine'));
  // A category that passes `rubrics validate` merged over the built-in set.
  copyFileSync(join(repoRoot, 'tests', 'corpus', 'inputs', 'category.yaml'), path('mine/category.yaml'));
});

interface Run {
  args: string[];
  exit: number;
  /** stdin, as a file name in the work directory (read when the run starts). */
  stdin?: string;
}

const run = (exit: number, ...args: string[]): Run => ({ args, exit });

/**
 * Every command, in an order where each finds what it needs (assess fills the
 * history that history and compare read). Paths are relative to the work directory.
 */
const runs: Run[] = [
  run(0, '--version'),
  run(0, '--help'),
  ...commands.flatMap((name) => [run(0, name, '--help'), run(0, 'help', name)]),
  ...Object.entries(subcommands).flatMap(([name, subs]) => subs.map((sub) => run(0, name, sub, '--help'))),
  run(2, 'assess'),
  ...formats.map((format) => run(0, 'assess', '--answers', 'high.json', '--format', format)),
  run(0, 'assess', '--answers', 'low.yaml', '--name', 'grace', '-o', 'low.json', '--save-answers', 'saved.yaml'),
  run(0, 'assess', '--answers', 'high.json', '-o', 'team/high.json'),
  run(0, 'assess', '--answers', 'low.yaml', '-o', 'team/low.json', '--no-history'),
  run(0, 'assess', '--answers', 'high.json', '-o', 'report.html'),
  run(3, 'assess', '--answers', 'low.yaml', '--fail-below', 'lead', '--format', 'json'),
  { args: ['assess', '--answers', '-', '--format', 'json'], exit: 0, stdin: 'high.json' },
  run(1, 'assess', '--answers', 'bad.yaml'),
  run(0, 'template'),
  run(0, 'template', '--quick', '-o', 'template.yaml'),
  ...formats.map((format) => run(0, 'report', 'low.json', '--format', format)),
  { args: ['report', '-'], exit: 0, stdin: 'low.json' },
  run(1, 'report', 'missing.json'),
  run(0, 'history'),
  run(0, 'history', 'list', '--format', 'json'),
  ...formats.map((format) => run(0, 'history', 'show', '1', '--format', format)),
  run(0, 'compare'),
  ...compareFormats.map((format) => run(0, 'compare', '1', '2', '--format', format)),
  run(0, 'compare', 'low.json', 'team/high.json', '-o', 'compare.html'),
  ...teamFormats.map((format) => run(0, 'team', 'team', '--min-group', '1', '--format', format)),
  run(0, 'team', 'team/high.json', 'team/low.json', '--anonymize', '-o', 'team.md'),
  run(0, 'assess', '--answers', 'high.json', '--about', 'grace', '--rater', 'peer', '-o', 'peer.json'),
  ...compareFormats.map((format) => run(0, 'calibrate', 'low.json', 'peer.json', '--format', format)),
  run(0, 'rubrics', 'list'),
  run(0, 'rubrics', 'show'),
  run(0, 'rubrics', 'show', '--format', 'json'),
  run(0, 'rubrics', 'validate'),
  run(0, 'rubrics', 'validate', 'mine'),
  run(0, '--rubrics', 'mine', 'rubrics', 'list'),
  ...schemaNames.map((name) => run(0, 'schema', name)),
  run(2, 'schema', 'nope'),
];

function underDenial(runSpec: Run): CliResult {
  return runCli(runSpec.args, {
    cwd: work,
    env,
    ...(runSpec.stdin === undefined ? {} : { input: readFileSync(path(runSpec.stdin), 'utf8') }),
  });
}

describe('every command with the network denied', () => {
  it('covers every command and subcommand the binary lists, every format and every schema', () => {
    expect(formats.length).toBeGreaterThanOrEqual(4);
    expect(schemaNames.length).toBeGreaterThanOrEqual(6);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    const ran = new Set(runs.filter((spec) => spec.exit === 0 && !spec.args.includes('--help') && spec.args[0] !== 'help').map((spec) => spec.args.filter((arg) => !arg.startsWith('-')).slice(0, 2).join(' ')));
    const expected = commands.flatMap((name) => (subcommands[name]!.length > 0 ? subcommands[name]!.map((sub) => `${name} ${sub}`) : [name]));
    const covered = (name: string) => [...ran].some((words) => words === name || words.startsWith(`${name} `));
    expect(expected.filter((name) => !covered(name)), 'commands never run with the network denied').toEqual([]);
  });

  it.each(runs.map((spec) => [spec.args.join(' '), spec] as const))('ml-career %s', (_label, spec) => {
    const result = underDenial(spec);
    const shown = `stderr:\n${result.stderr}`;
    expect(result.stderr, 'a network call').not.toContain(MARK);
    expect(existsSync(path('network.log')), 'a network call (logged)').toBe(false);
    expect(result.status, shown).not.toBe(EXIT_CODE);
    expect(result.status, shown).toBe(spec.exit);
  });
});

describe('the network-denying preload (control: the check above can fail)', () => {
  it.each([
    ['net.connect', `require('node:net').connect(80, '127.0.0.1')`],
    ['net.createConnection', `require('net').createConnection({ port: 80 })`],
    ['a net.Socket', `new (require('net').Socket)().connect(80)`],
    ['tls.connect', `require('tls').connect(443, 'example.com')`],
    ['http.request', `require('http').request('http://127.0.0.1:9/').end()`],
    ['http.get', `require('node:http').get('http://127.0.0.1:9/')`],
    ['https.request', `require('https').request('https://example.com/').end()`],
    ['https.get', `require('https').get('https://example.com/')`],
    ['http2.connect', `require('http2').connect('https://example.com')`],
    ['dns.lookup', `require('dns').lookup('example.com', () => {})`],
    ['dns.promises.lookup', `require('dns').promises.lookup('example.com')`],
    ['dns/promises lookup', `require('dns/promises').lookup('example.com')`],
    ['fetch', `fetch('http://127.0.0.1:9/')`],
    ['dgram.createSocket', `require('dgram').createSocket('udp4')`],
    ['a named import in an ES module', `import('node:net').then(({ connect }) => connect(80))`],
  ])('trips on %s', (_name, code) => {
    const result = spawnSync(process.execPath, ['-e', code], {
      encoding: 'utf8',
      timeout: 15_000,
      env: { PATH: process.env.PATH ?? '', NODE_OPTIONS },
    });
    expect(result.stderr).toContain(MARK);
    expect(result.status).toBe(EXIT_CODE);
  });

  it('lets a run without network calls through untouched', () => {
    const result = spawnSync(process.execPath, ['-e', `require('fs').readFileSync(${JSON.stringify(PRELOAD)}); console.log('ok')`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NODE_OPTIONS },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('ok\n');
    expect(result.status).toBe(0);
  });
});

describe('the built bundles', () => {
  const dist = join(repoRoot, 'dist');
  const bundles = readdirSync(dist).filter((name) => name.endsWith('.js'));
  const NETWORK_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|dns|inspector)(\/.*)?$/;

  it('exist (run `npm run build` first)', () => {
    expect(bundles).toContain('cli.js');
  });

  it.each(bundles)('%s requires no network module and no package from node_modules', (name) => {
    const code = readFileSync(join(dist, name), 'utf8');
    const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
    const modules = required.filter((id) => !id.startsWith('./'));
    expect(modules.filter((id) => NETWORK_MODULES.test(id))).toEqual([]);
    // Anything else must be a Node built-in: a bare package name would load unchecked code at run time.
    expect(modules.filter((id) => !id.startsWith('node:') && !['process', 'buffer', 'tty', 'stream', 'fs', 'path', 'os', 'util', 'events', 'url', 'crypto', 'readline', 'child_process', 'string_decoder', 'assert'].includes(id))).toEqual([]);
    expect(code).not.toMatch(/\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\(/);
  });
});
