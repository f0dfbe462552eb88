/**
 * Where ml-career keeps state between runs (the unfinished assessment), following
 * the XDG base directory spec: a relative XDG_STATE_HOME is invalid and ignored.
 */
import { isAbsolute, join } from 'node:path';

export function stateDir(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_STATE_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'state');
  return join(base, 'ml-career');
}
