import { describe, expect, it } from 'vitest';
import { commandHint, invokedAs, namingInvocation } from '../../../src/cli/invocation.ts';

describe('invokedAs', () => {
  it.each([
    ['npx (npm 7+ sets both)', { npm_command: 'exec', npm_lifecycle_event: 'npx', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }, 'npx ml-career'],
    ['npm exec', { npm_command: 'exec' }, 'npx ml-career'],
    ['npx with only the lifecycle event', { npm_lifecycle_event: 'npx' }, 'npx ml-career'],
    ['a plain shell', {}, 'ml-career'],
    ['an npm script (npm run …)', { npm_command: 'run-script', npm_lifecycle_event: 'assess', npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js' }, 'ml-career'],
    ['npm test', { npm_command: 'test', npm_lifecycle_event: 'test' }, 'ml-career'],
    ['empty values', { npm_command: '', npm_lifecycle_event: '' }, 'ml-career'],
  ])('%s → %s', (_name, env, expected) => {
    expect(invokedAs(env)).toBe(expected);
  });
});

describe('commandHint and namingInvocation', () => {
  it('puts a command in backticks as it was invoked', () => {
    expect(commandHint('npx ml-career', 'assess --resume')).toBe('`npx ml-career assess --resume`');
    expect(commandHint('ml-career', 'assess --resume')).toBe('`ml-career assess --resume`');
  });

  it('renames every backticked ml-career command, and only those', () => {
    const text = 'ml-career: not an ml-career report; give one written by `ml-career assess --format json` (`ml-career history` lists them)';
    expect(namingInvocation(text, 'npx ml-career')).toBe(
      'ml-career: not an ml-career report; give one written by `npx ml-career assess --format json` (`npx ml-career history` lists them)',
    );
    expect(namingInvocation(text, 'ml-career')).toBe(text);
    // Already named as invoked: left alone.
    expect(namingInvocation('`npx ml-career assess`', 'npx ml-career')).toBe('`npx ml-career assess`');
  });
});
