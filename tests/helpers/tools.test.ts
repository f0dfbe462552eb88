/** A missing outside tool fails the run under CI, and skips its tests with a message only outside CI. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeWith, inCI, type Tool } from './tools.ts';

const missing: Tool = { name: 'no-such-tool', available: () => false, install: 'apt-get install no-such-tool' };
const present: Tool = { name: 'node', available: () => true, install: 'it is running' };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('inCI', () => {
  it.each([
    [{ CI: 'true' }, true],
    [{ CI: '1' }, true],
    [{ CI: 'woodpecker' }, true],
    [{ CI: 'false' }, false],
    [{ CI: '0' }, false],
    [{ CI: '' }, false],
    [{}, false],
  ])('%j → %s', (env, expected) => {
    expect(inCI(env)).toBe(expected);
  });
});

describe('describeWith', () => {
  it('under CI, a missing tool is an error naming it and what installs it', () => {
    expect(() => describeWith([present, missing], 'the widget tests', { CI: 'true' })).toThrow(
      'no-such-tool not found, and CI is set: the widget tests cannot run. .ci/run installs it (apt-get install no-such-tool).',
    );
  });

  it('outside CI, a missing tool skips the tests and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => describeWith([missing], 'the widget tests', {})).not.toThrow();
    expect(warn).toHaveBeenCalledWith('SKIPPED: the widget tests: no-such-tool not found (apt-get install no-such-tool; under CI this fails).');
  });

  it('with every tool there, neither fails nor warns, under CI or not', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => describeWith([present], 'the widget tests', { CI: 'true' })).not.toThrow();
    expect(() => describeWith([present], 'the widget tests', {})).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });
});
