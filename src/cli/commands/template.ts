import { answersTemplate } from '../../assessment/answers-file.ts';
import { questionsInScope } from '../../assessment/scope.ts';
import type { CliContext, GlobalOptions } from '../context.ts';
import { loadRubrics } from '../load-rubrics.ts';
import { writeResult } from '../output.ts';

export async function templateCommand(
  context: CliContext,
  globals: GlobalOptions,
  options: { quick?: boolean; only?: string[]; output?: string },
): Promise<void> {
  const set = await loadRubrics(context, globals.rubrics);
  const scope = questionsInScope(set, { quick: options.quick === true, only: options.only ?? [] });
  await writeResult(context, answersTemplate(set, scope), options.output, 0o600);
}
