/** `--save-answers`: the answers of a run as an answers file (`.json` → JSON, else YAML); loaded only when asked for. */
import { stringify } from 'yaml';
import { answersFileFor } from '../../assessment/answers-file.ts';
import type { Answers } from '../../contracts/answers.ts';
import type { ScopeOptions } from '../../assessment/scope.ts';
import type { RubricSet } from '../../contracts/rubric.ts';
import type { CliContext } from '../context.ts';
import { writeResult } from '../output.ts';

export async function saveAnswers(
  context: CliContext,
  set: RubricSet,
  answers: Answers,
  subject: string | undefined,
  scope: ScopeOptions,
  path: string,
): Promise<void> {
  const file = answersFileFor(answers, {
    rubricSet: `${set.info.id}@${set.info.version}`,
    ...(subject === undefined ? {} : { subject }),
    scope,
  });
  const text = /\.json$/i.test(path) ? `${JSON.stringify(file, null, 2)}\n` : stringify(file);
  await writeResult(context, text, path, 0o600);
}
