/** Appending to a file that others write to as well (a CI step summary): never replaced, created private when absent. */
import { appendFile } from 'node:fs/promises';

export async function appendText(path: string, text: string): Promise<void> {
  await appendFile(path, text, { encoding: 'utf8', mode: 0o600 });
}
