/** Everything about a directory tree that a run could change: names, kinds, sizes, modes, times, link targets. */
import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

export function snapshotTree(root: string): string[] {
  const lines: string[] = [];
  const visit = (path: string): void => {
    const info = lstatSync(path);
    const name = relative(root, path) || '.';
    const kind = info.isSymbolicLink() ? `link→${readlinkSync(path)}` : info.isDirectory() ? 'dir' : info.isFIFO() ? 'fifo' : 'file';
    // A pipe's time moves when a case's writer writes into it: not the program's doing.
    lines.push(`${name} ${kind} ${info.size} ${info.mode.toString(8)} ${info.isFIFO() ? '' : info.mtimeMs}`);
    // A 000 directory cannot be listed by an unprivileged run; the tests list as themselves.
    if (info.isDirectory()) for (const child of readdirSync(path).sort()) visit(join(path, child));
  };
  visit(root);
  return lines;
}
