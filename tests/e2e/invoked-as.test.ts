/**
 * The commands the CLI tells a person to run are named as they ran it: through
 * npx (npm sets npm_command=exec), `npx ml-career …`; otherwise `ml-career …`.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';

const npx = { npm_command: 'exec', npm_lifecycle_event: 'npx', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' };

describe('hints name the command as it was invoked', () => {
  it('through npx, usage hints say `npx ml-career …`', () => {
    const noInput = runCli(['assess', '--no-input'], { env: npx });
    expect(noInput.status).toBe(2);
    expect(noInput.stderr).toContain('`npx ml-career template -o answers.yaml`');

    const unknown = runCli(['asess'], { env: npx });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Run `npx ml-career --help` (or `npx ml-career <command> --help`) for the usage.');

    const onlyEmpty = runCli(['template', '--only', ','], { env: npx });
    expect(onlyEmpty.stderr).toContain('`npx ml-career rubrics list` shows the ids');

    const history = runCli(['history'], { env: npx });
    expect(history.stderr).toContain('Each `npx ml-career assess` adds one.');

    const compare = runCli(['compare'], { env: npx });
    expect(compare.stderr).toContain('`npx ml-career compare old.json new.json`');

    const help = runCli(['--help'], { env: npx });
    expect(help.stdout).toContain('  $ npx ml-career assess --resume                  continue an interrupted assessment');
    expect(help.stdout).not.toMatch(/\$ ml-career/);
    // The help wraps between words, wherever the longer name moves the break.
    expect(runCli(['assess', '--help'], { env: npx }).stdout.replace(/\s+/g, ' ')).toContain('(see `npx ml-career history`)');
  });

  it('otherwise they say `ml-career …`, with no npx anywhere', () => {
    for (const args of [['assess', '--no-input'], ['asess'], ['history'], ['--help']]) {
      const result = runCli(args);
      expect(`${result.stdout}${result.stderr}`).not.toContain('npx');
    }
    expect(runCli(['assess', '--no-input']).stderr).toContain('`ml-career template -o answers.yaml`');
    expect(runCli(['--help']).stdout).toContain('  $ ml-career assess --resume                      continue an interrupted assessment');
  });
});
