import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError, formatProblem } from '../../src/errors.ts';
import type { RubricSource } from '../../src/rubric/load.ts';

export const FIXTURES = 'tests/fixtures/rubrics';

/** A fixture as a rubric source, named by its path from the repository root (as messages show it). */
export function fixture(relative: string): RubricSource {
  const file = join(FIXTURES, relative);
  return { file, bytes: new Uint8Array(readFileSync(file)) };
}

export function inline(file: string, text: string): RubricSource {
  return { file, bytes: new TextEncoder().encode(text) };
}

/** The formatted problems of the DataError that `run` throws; fails the test if it does not throw one. */
export function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected a DataError, but nothing was thrown');
}

export function readFixtureText(relative: string): string {
  return readFileSync(join(FIXTURES, relative), 'utf8');
}
