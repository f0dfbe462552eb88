/**
 * Global setup: one private directory for the whole run, under the system temp
 * folder. Each test file gets its own TMPDIR inside it (setup-temp.ts); this removes
 * the run's directory at the end, and names anything left in it.
 */
import { chmodSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's private directory; each test file makes its TMPDIR in it. */
    tempRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = mkdtempSync(join(tmpdir(), 'ml-career-tests-'));
  // The corpus runs some cases as an unprivileged user, who must be able to pass through.
  chmodSync(root, 0o755);
  project.provide('tempRoot', root);
  return () => {
    const left = readdirSync(root);
    rmSync(root, { recursive: true, force: true });
    // Normally empty: each file's guard removes its folder. What is left belongs to files that never reached their end (a failed import).
    if (left.length > 0) console.error(`temporary folders of test files that did not finish (now removed): ${left.join(', ')}`);
  };
}
