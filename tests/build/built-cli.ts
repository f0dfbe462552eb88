/**
 * Runs the built package for the tests in this folder: through the launcher
 * (bin/ml-career.js, as a user does) or straight from dist/cli.js with Node's own
 * loader (no launcher fast path, no code cache), in a private home, without a
 * terminal. With `bundles`, it also tells which dist/ bundles the run loaded.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');
export const launcher = join(root, 'bin', 'ml-career.js');
export const program = join(root, 'dist', 'cli.js');
const recorder = join(import.meta.dirname, 'record-bundles.cjs');

export interface BuiltRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The dist/ bundles loaded, when asked for. */
  bundles?: string[];
}

export function runBuilt(entry: string, args: string[], options: { input?: string; bundles?: boolean; nodeArgs?: string[] } = {}): BuiltRun {
  const home = mkdtempSync(join(tmpdir(), 'ml-career-build-test-'));
  try {
    const bundlesFile = join(home, 'bundles');
    const result = spawnSync(process.execPath, [...(options.bundles ? ['--require', recorder] : []), ...(options.nodeArgs ?? []), entry, ...args], {
      cwd: root,
      input: options.input ?? '',
      encoding: 'utf8',
      timeout: 15_000,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: home,
        XDG_STATE_HOME: join(home, 'state'),
        XDG_DATA_HOME: join(home, 'data'),
        NO_COLOR: '1',
        ...(options.bundles ? { ML_CAREER_TEST_BUNDLES_FILE: bundlesFile } : {}),
      },
    });
    const run: BuiltRun = { status: result.status, stdout: result.stdout, stderr: result.stderr };
    if (options.bundles) run.bundles = readFileSync(bundlesFile, 'utf8').split('\n').filter((name) => name !== '').sort();
    return run;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** A clean JSON answers file for the built-in rubrics: the first offer of every question. */
export function completeAnswersJson(): string {
  const set = JSON.parse(runBuilt(program, ['rubrics', 'show', '--format', 'json']).stdout) as {
    rubricSet: { id: string; version: string };
    categories: { competencies: { questions: { id: string; kind: string; options?: { id: string }[]; min?: number }[] }[] }[];
  };
  const answers: Record<string, unknown> = {};
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) {
        answers[question.id] = question.kind === 'scale' ? 2 : question.kind === 'boolean' ? true : question.kind === 'choice' ? question.options![0]!.id : question.kind === 'multi' ? [question.options![0]!.id] : question.min;
      }
    }
  }
  return JSON.stringify({ rubricSet: `${set.rubricSet.id}@${set.rubricSet.version}`, answers }, null, 2);
}
