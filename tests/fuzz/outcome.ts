/** What every fuzzed run must end with: a result, or a typed error whose problems say what and where. */
import { expect } from 'vitest';
import { DataError, type Problem } from '../../src/errors.ts';

/** Runs `work`; returns its result, or undefined after checking that it threw a well-formed DataError (RubricError is one). */
export function resultOrLocatedError<T>(work: () => T, options: { parsedAsYaml: boolean }): T | undefined {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof DataError)) throw new Error(`expected a result or a DataError, got ${String(error)}`, { cause: error });
    expect(error.problems.length).toBeGreaterThan(0);
    for (const problem of error.problems) checkProblem(problem, options.parsedAsYaml);
    return undefined;
  }
}

function checkProblem(problem: Problem, parsedAsYaml: boolean): void {
  expect(problem.message.trim(), JSON.stringify(problem)).not.toBe('');
  expect(problem.file, JSON.stringify(problem)).toBeTruthy();
  if (parsedAsYaml) {
    expect(problem.line, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
    expect(problem.col, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
  }
}

/** Keys of Object.prototype, to check afterwards that no input added one. */
export function prototypeKeys(): string[] {
  return Object.getOwnPropertyNames(Object.prototype).sort();
}
