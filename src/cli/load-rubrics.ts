/**
 * Loads the built-in rubrics, merged with a user's directory when --rubrics is given.
 * Without --rubrics the set compiled at build time is used; a custom directory goes
 * through every check (YAML, schema, lints) together with the built-in YAML files.
 */
import { resolve } from 'node:path';
import { builtinRubricDir, readRubricDir } from '../io/read-rubric-dir.ts';
import { compiledBuiltinRubrics } from '../rubric/builtin.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import type { CliContext } from './context.ts';

export async function loadRubrics(context: CliContext, customDir?: string): Promise<RubricSet> {
  if (customDir === undefined) {
    const compiled = compiledBuiltinRubrics();
    if (compiled !== undefined) return compiled;
  }
  // yaml and zod are loaded only on this path.
  const { loadRubricSet } = await import('../rubric/load.ts');
  const builtin = await readRubricDir(builtinRubricDir());
  const custom = customDir === undefined ? undefined : await readRubricDir(displayPath(context, customDir));
  return loadRubricSet(builtin, custom);
}

/** Keeps the path as the user typed it (for messages) while resolving it against the context's cwd. */
function displayPath(context: CliContext, dir: string): string {
  return resolve(context.cwd, dir) === resolve(dir) ? dir : resolve(context.cwd, dir);
}
