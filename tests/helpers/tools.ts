/**
 * Outside tools some tests need (tmux, chromium, xmllint). When one is missing, its tests
 * are skipped with a message on the console, except under CI (the CI variable set),
 * where the file fails instead: `.ci/run` installs both, so a CI run that cannot
 * find them has gone wrong and must not pass quietly.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe } from 'vitest';
import { tmuxAvailable } from './tmux.ts';

export interface Tool {
  name: string;
  available: () => boolean;
  /** How to get it, for the message. */
  install: string;
}

export const TMUX: Tool = {
  name: 'tmux',
  available: tmuxAvailable,
  install: 'apt-get install tmux',
};

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM: Tool = {
  name: `chromium (${CHROMIUM_PATH})`,
  available: () => existsSync(CHROMIUM_PATH),
  install: 'apt-get install chromium',
};

export const XMLLINT: Tool = {
  name: 'xmllint',
  available: () => spawnSync('xmllint', ['--version'], { stdio: 'ignore' }).status === 0,
  install: 'apt-get install libxml2-utils',
};

/** Whether this is a CI run: CI set to anything but empty, 0 or false. */
export function inCI(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.CI?.trim().toLowerCase();
  return value !== undefined && !['', '0', 'false'].includes(value);
}

/**
 * `describe` when every tool is there. When one is missing: under CI, throws (the
 * test file fails, naming the tool); otherwise prints why and skips the suite.
 */
export function describeWith(tools: Tool[], what: string, env: NodeJS.ProcessEnv = process.env): ReturnType<typeof describe.skipIf> {
  const missing = tools.filter((tool) => !tool.available());
  if (missing.length === 0) return describe.skipIf(false);
  const names = missing.map((tool) => tool.name).join(' and ');
  const install = missing.map((tool) => tool.install).join('; ');
  if (inCI(env)) {
    throw new Error(`${names} not found, and CI is set: ${what} cannot run. .ci/run installs it (${install}).`);
  }
  console.warn(`SKIPPED: ${what}: ${names} not found (${install}; under CI this fails).`);
  return describe.skipIf(true);
}
