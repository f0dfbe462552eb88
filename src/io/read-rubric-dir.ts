/**
 * Reads the YAML files of a rubric directory (the built-in one or `--rubrics <dir>`).
 * Parsing and checking happen in the pure core (loadRubricSet); this only reads bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUBRIC_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { DataError } from '../errors.ts';
import { describeFsError, fsErrorCode } from './fs-error.ts';
import { isRubricFileName } from './known-files.ts';
import { readListedFileSync } from './open-input.ts';
import { bytesOf, fsError } from './read-input.ts';
import type { RubricSource } from '../rubric/load.ts';

const PACKAGE_NAME = 'ml-career';

export async function readRubricDir(dir: string): Promise<RubricSource[]> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = fsErrorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new DataError({ file: dir, message: `no such rubric directory: ${dir}`, hint: 'check the path' });
    }
    throw new DataError({ file: dir, message: `cannot read rubric directory ${dir}: ${describeFsError(error)}`, hint: 'check its permissions' });
  }
  if (!info.isDirectory()) {
    throw new DataError({ file: dir, message: `${dir} is a file, expected a directory of rubric YAML files`, hint: 'give the directory that holds the .yaml files' });
  }
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new DataError({ file: dir, message: `cannot list ${dir}: ${describeFsError(error)}`, hint: 'check its permissions' });
  }
  const yamlNames = names.filter(isRubricFileName).sort();
  if (yamlNames.length === 0) {
    throw new DataError({ file: dir, message: `no .yaml or .yml files in ${dir}`, hint: 'put one category per .yaml file there (and optionally stages.yaml)' });
  }
  const sources: RubricSource[] = [];
  for (const name of yamlNames) {
    const file = join(dir, name);
    sources.push({ file, bytes: readRubricFile(file) });
  }
  return sources;
}

/** A file of a rubric directory: a regular file, else refused (a set with a category silently missing would mislead). */
function readRubricFile(file: string): Uint8Array {
  let reading;
  try {
    reading = readListedFileSync(file, RUBRIC_FILE_MAX_BYTES);
  } catch (error) {
    throw fsError(error, file, 'rubric file');
  }
  return bytesOf(reading, file, 'rubric file', RUBRIC_FILE_MAX_BYTES);
}

/**
 * The package's `rubrics/` folder. The same code runs bundled (`dist/cli.js`, one
 * level below the package root) and from source (`src/io/`, two levels below), so
 * walk up to the package.json that names this package.
 */
export function builtinRubricDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === PACKAGE_NAME) return join(dir, 'rubrics');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`bug: cannot find the ${PACKAGE_NAME} package root above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
    return typeof parsed === 'object' && parsed !== null && 'name' in parsed && typeof parsed.name === 'string' ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}
