import { mkdtemp, readdir, readFile, rm, stat, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../../src/errors.ts';
import { clearProgress, loadProgress, progressPath, saveProgress, setProgressAside, type Progress } from '../../../src/io/progress.ts';
import { stateDir } from '../../../src/io/state-dir.ts';

const progress: Progress = {
  version: 1,
  rubricSet: { id: 'ml-systems-engineer', version: '1.0.0', digest: 'sha256:0123456789abcdef' },
  scope: { quick: true, only: ['craft'] },
  options: { evidence: true },
  subject: 'ada',
  startedAt: '2025-01-02T03:04:05.000Z',
  updatedAt: '2025-01-02T03:09:00.000Z',
  answers: {
    'serving-depth': { value: 3, note: 'runs the ranking service' },
    'serving-gpu': { value: true },
    'tooling-stack': { value: ['docker', 'ray'] },
    'tooling-years': { value: 'n/a' },
  },
};

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'ml-career-progress-'));
  dir = join(root, 'state', 'ml-career');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('progress file', () => {
  it('round-trips through save and load', async () => {
    await saveProgress(dir, progress);
    expect(await loadProgress(dir)).toEqual(progress);
  });

  it('is undefined when nothing was saved', async () => {
    expect(await loadProgress(dir)).toBeUndefined();
  });

  it('is private: the directory 0700, the file 0600, even when the directory existed with a looser mode', async () => {
    await mkdir(dir, { recursive: true });
    await chmod(dir, 0o755);
    await saveProgress(dir, progress);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(progressPath(dir))).mode & 0o777).toBe(0o600);
  });

  it('replaces the previous save and leaves no temporary files behind', async () => {
    await saveProgress(dir, progress);
    await saveProgress(dir, { ...progress, answers: { 'serving-depth': { value: 1 } } });
    expect(await readdir(dir)).toEqual(['progress.json']);
    expect((await loadProgress(dir))?.answers).toEqual({ 'serving-depth': { value: 1 } });
  });

  it.each([
    ['not JSON', '{"version": 1,', /not valid JSON/],
    ['the wrong shape', JSON.stringify({ ...progress, answers: { x: { value: { nested: true } } } }), /answers\.x\.value/],
    ['an unknown version', JSON.stringify({ ...progress, version: 7 }), /version/],
    ['a size no assessment saves', `${' '.repeat(1024 * 1024)}{}`, /larger than 1 MiB/],
  ])('moves a file with %s aside, keeps it, and says where it went', async (_name, content, reason) => {
    await mkdir(dir, { recursive: true });
    await writeFile(progressPath(dir), content);
    const error = await loadProgress(dir, new Date('2025-02-03T04:05:06.789Z')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DataError);
    const aside = `${progressPath(dir)}.corrupt-2025-02-03T04-05-06-789Z`;
    expect((error as DataError).message).toContain(aside);
    expect((error as DataError).message).toMatch(reason);
    expect((error as DataError).problems[0]?.file).toBe(progressPath(dir));
    expect(await readFile(aside, 'utf8')).toBe(content);
    expect(await loadProgress(dir)).toBeUndefined();
  });

  it('sets the saved progress aside on request and returns where it is', async () => {
    await saveProgress(dir, progress);
    const aside = await setProgressAside(dir, 'set-aside', new Date('2025-02-03T04:05:06.789Z'));
    expect(aside).toBe(join(dir, 'progress.json.set-aside-2025-02-03T04-05-06-789Z'));
    expect(JSON.parse(await readFile(aside, 'utf8'))).toEqual(progress);
    expect(await loadProgress(dir)).toBeUndefined();
  });

  it('is forgotten by clearProgress, which also accepts nothing to clear', async () => {
    await saveProgress(dir, progress);
    await clearProgress(dir);
    expect(await loadProgress(dir)).toBeUndefined();
    await expect(clearProgress(dir)).resolves.toBeUndefined();
  });
});

describe('stateDir', () => {
  it.each([
    [{ XDG_STATE_HOME: '/var/state' }, '/var/state/ml-career'],
    [{}, '/home/ada/.local/state/ml-career'],
    [{ XDG_STATE_HOME: '' }, '/home/ada/.local/state/ml-career'],
    [{ XDG_STATE_HOME: 'relative/state' }, '/home/ada/.local/state/ml-career'],
  ])('with %o is %s', (env, expected) => {
    expect(stateDir(env, '/home/ada')).toBe(expected);
  });
});
