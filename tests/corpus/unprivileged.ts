/**
 * The binary a case runs as the unprivileged user `nobody` (cases with unreadable
 * files, when the tests run as root). A checkout inside a directory others cannot
 * enter (/root, mode 0700) is out of that user's reach, so the program is then run
 * from a copy in the temporary folder: the bundle needs no node_modules, only
 * bin/, dist/, rubrics/ and package.json. When even Node is out of reach, the cases
 * are skipped and say why.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { binary, repoRoot } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp.ts';

export const UNPRIVILEGED_UID = 65534;
const PACKAGE_PARTS = ['bin', 'dist', 'rubrics', 'package.json'];

let chosen: { binary: string } | { skip: string } | undefined;

/** The binary `nobody` can run, or why there is none. */
export function unprivilegedBinary(): { binary: string } | { skip: string } {
  chosen ??= choose();
  return chosen;
}

function choose(): { binary: string } | { skip: string } {
  if (runsAsNobody(binary)) return { binary };
  const copy = tempDir('ml-career-package-');
  for (const part of PACKAGE_PARTS) cpSync(join(repoRoot, part), join(copy, part), { recursive: true });
  openToAll(copy);
  const copied = join(copy, 'bin', 'ml-career.js');
  if (runsAsNobody(copied)) return { binary: copied };
  return { skip: `the user nobody (uid ${UNPRIVILEGED_UID}) cannot run ${process.execPath} (is Node installed in a private directory?)` };
}

function runsAsNobody(path: string): boolean {
  const result = spawnSync(process.execPath, [path, '--version'], { uid: UNPRIVILEGED_UID, gid: UNPRIVILEGED_UID, stdio: 'ignore', timeout: 15_000 });
  return result.status === 0;
}

/** Directories 0755 and files 0644, so that another user may read and enter them. */
function openToAll(path: string): void {
  if (!statSync(path).isDirectory()) return chmodSync(path, 0o644);
  chmodSync(path, 0o755);
  for (const name of readdirSync(path)) openToAll(join(path, name));
}
