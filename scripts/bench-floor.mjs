// The floor of an interactive first question: a program that does nothing but show one
// @inquirer/core prompt (the library ml-career's prompts are built on), bundled as
// CommonJS the way the build bundles the program. Measured in the same rounds as
// `ml-career assess`, it shows how much of the first question's time is the library's
// (Node's terminal streams, readline, the prompt's first render) and how much is ours.
import { build } from 'esbuild';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A question of the built-in rubrics' shape, drawn as the questionnaire draws one: a header line, the question, four offers. */
const ENTRY = `
import { createPrompt, useKeypress, useState } from '@inquirer/core';
const prompt = createPrompt((config, done) => {
  const [picked] = useState(0);
  useKeypress(() => done(picked));
  return [
    '[1/84] Engineering › Software design',
    'How do you structure code that others build on?',
    '❯ 1. I follow the structure that is already there, and ask before changing it',
    '  2. I shape modules and interfaces so that a change stays in one place',
    '  3. I set the structure of a service that several people work in',
    '  4. I set conventions that teams across the organisation follow',
  ].join('\\n');
});
prompt({}, { output: process.stderr }).catch(() => process.exit(130));
`;

/** Builds the floor program into `dir` (the bench's work directory); returns its path. */
export async function buildInquirerFloor(dir) {
  const file = join(dir, 'inquirer-floor.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: file,
    logLevel: 'warning',
  });
  return file;
}
