/**
 * The history of completed assessments: one JSON report per file in
 * `<data dir>/history/`, readable only by its owner because it describes a person.
 * Writing needs no schema: this module stays light enough for every `assess` run.
 */
import { chmod, link, mkdir, open, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDir } from './data-dir.ts';
import { fsErrorCode } from './fs-error.ts';
import { removeStaleTemps, tempNameFor } from './stale-temp.ts';
import type { Report } from '../contracts/report.ts';

export function historyDir(env: NodeJS.ProcessEnv, home: string): string {
  return join(dataDir(env, home), 'history');
}

/** A file name that sorts by time and is valid on every file system (no colons). */
function baseName(report: Report, attempt: number): string {
  const stamp = report.generatedAt.replaceAll(':', '-');
  return attempt === 0 ? `${stamp}.json` : `${stamp}-${attempt + 1}.json`;
}

/**
 * Writes `report` as a new history file and returns its path. The content is
 * written to a temporary file first and then linked under its final name, so the
 * history never holds half a report and never overwrites an entry.
 */
export async function recordReport(dir: string, report: Report): Promise<string> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  removeStaleTemps(dir);
  const temp = join(dir, tempNameFor(''));
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(`${JSON.stringify(report, null, 2)}\n`);
    await handle.sync();
    await handle.close();
    for (let attempt = 0; ; attempt += 1) {
      const path = join(dir, baseName(report, attempt));
      try {
        await link(temp, path);
        return path;
      } catch (error) {
        if (fsErrorCode(error) !== 'EEXIST' || attempt >= 99) throw error;
      }
    }
  } finally {
    await handle.close().catch(() => undefined);
    // unlink, not rm: rm loads Node's recursive-removal module (about 1 ms) for one file.
    await unlink(temp).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
