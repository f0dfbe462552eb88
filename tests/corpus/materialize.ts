/** Builds a case's temporary directory from its `files` and `unreadable` lists. */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusCase, FileSpec } from './case-schema.ts';
import { UNPRIVILEGED_UID } from './unprivileged.ts';


export function materialize(root: string, repoRoot: string, testCase: CorpusCase): void {
  for (const [path, spec] of Object.entries(testCase.files)) {
    const target = join(root, path);
    mkdirSync(dirname(target), { recursive: true });
    createEntry(target, spec, repoRoot);
  }
  if (testCase.unreadable.length === 0) return;
  // Root reads through any permission bits, so the case runs as `nobody`, who must own the directory to work in it.
  if (runsUnprivileged(testCase)) chownTree(root, UNPRIVILEGED_UID);
  for (const path of testCase.unreadable) chmodSync(join(root, path), 0o000);
}

export function runsUnprivileged(testCase: CorpusCase): boolean {
  return testCase.unreadable.length > 0 && process.getuid?.() === 0;
}

function createEntry(target: string, spec: FileSpec, repoRoot: string): void {
  if (typeof spec === 'string') return writeFileSync(target, spec);
  if ('base64' in spec) return writeFileSync(target, Buffer.from(spec.base64, 'base64'));
  if ('copy' in spec) {
    let text = readFileSync(join(repoRoot, spec.copy), 'utf8');
    for (const [from, to] of spec.replace) {
      if (!text.includes(from)) throw new Error(`corpus: "${from}" is not in ${spec.copy}`);
      text = text.replaceAll(from, to);
    }
    return writeFileSync(target, text);
  }
  if ('repeat' in spec) {
    const body = spec.numbered ? Array.from({ length: spec.times }, (_, n) => spec.repeat.replaceAll('{n}', String(n))).join('') : spec.repeat.repeat(spec.times);
    return writeFileSync(target, spec.before + body + spec.then);
  }
  if ('dir' in spec) return void mkdirSync(target, { recursive: true });
  if ('symlink' in spec) return symlinkSync(spec.symlink, target);
  execFileSync('mkfifo', [target]);
}

function chownTree(path: string, uid: number): void {
  chownSync(path, uid, uid);
  if (!lstatSync(path).isDirectory()) return;
  for (const name of readdirSync(path)) {
    const child = join(path, name);
    if (lstatSync(child).isSymbolicLink()) continue;
    chownTree(child, uid);
  }
}
