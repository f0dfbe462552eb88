/** Loads the built-in rubrics, merged with a user's directory when --rubrics is given. */
import { resolve } from 'node:path';
import { builtinRubricDir, readRubricDir } from '../io/read-rubric-dir.ts';
import { loadRubricSet } from '../rubric/load.ts';
import type { RubricSet } from '../rubric/schema.ts';
import type { CliContext } from './context.ts';

export async function loadRubrics(context: CliContext, customDir?: string): Promise<RubricSet> {
  const builtin = await readRubricDir(builtinRubricDir());
  const custom = customDir === undefined ? undefined : await readRubricDir(displayPath(context, customDir));
  return loadRubricSet(builtin, custom);
}

/** Keeps the path as the user typed it (for messages) while resolving it against the context's cwd. */
function displayPath(context: CliContext, dir: string): string {
  return resolve(context.cwd, dir) === resolve(dir) ? dir : resolve(context.cwd, dir);
}
