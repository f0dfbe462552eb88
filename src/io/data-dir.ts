/**
 * Where ml-career keeps data a person wants to keep (the history of reports),
 * following the XDG base directory spec: a relative XDG_DATA_HOME is invalid and ignored.
 */
import { isAbsolute, join } from 'node:path';

export function dataDir(env: NodeJS.ProcessEnv, home: string): string {
  const xdg = env.XDG_DATA_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share');
  return join(base, 'ml-career');
}
