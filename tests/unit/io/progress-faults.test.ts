/** Saved progress when the file system says no: typed, located errors, and the previous save kept whole. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.ts';
import { acquireLock } from '../../../src/io/lock.ts';
import { progressPath, saveProgress } from '../../../src/io/progress.ts';
import type { Progress } from '../../../src/contracts/progress.ts';
import { tempDir } from '../../helpers/temp.ts';

const progress = (answers: Progress['answers']): Progress => ({
  version: 1,
  rubricSet: { id: 'set', version: '1.0.0', digest: 'sha256:0' },
  scope: { quick: false, only: [] },
  options: { evidence: false },
  startedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  answers,
});

async function failure(work: () => Promise<unknown>): Promise<DataError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('saved progress faults', () => {
  it('a state directory that is a file is a DataError naming it', async () => {
    const file = join(tempDir('ml-career-faults-'), 'state');
    writeFileSync(file, 'not a directory');
    const error = await failure(() => saveProgress(join(file, 'ml-career'), progress({})));
    expect(error.problems[0]).toMatchObject({ file: join(file, 'ml-career'), message: expect.stringContaining('cannot create the state directory') });
  });

  it('a save that cannot be written is a DataError that says the earlier answers are kept', async () => {
    const dir = tempDir('ml-career-faults-');
    // A directory in the file's place fails the write for root too, unlike permission bits.
    mkdirSync(progressPath(dir));
    const error = await failure(() => saveProgress(dir, progress({ a: { value: 1 } })));
    expect(error.problems[0]).toMatchObject({ file: progressPath(dir), message: expect.stringContaining('cannot save your progress (EISDIR)') });
    expect(error.problems[0]!.message).toContain('the answers saved before this one are still there');
  });

  it('a lock that cannot be created is a DataError, not a crash', async () => {
    const file = join(tempDir('ml-career-faults-'), 'plain');
    writeFileSync(file, '');
    const error = await failure(() => acquireLock(join(file, 'progress.lock')));
    expect(error.problems[0]!.message).toContain('cannot take the lock on the saved progress (ENOTDIR)');
  });
});
