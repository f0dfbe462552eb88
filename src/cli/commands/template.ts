import { answersTemplate } from '../../assessment/answers-file.ts';
import { questionsInScope } from '../../assessment/scope.ts';
import type { CommandContext } from '../context.ts';
import { loadRubrics } from '../load-rubrics.ts';
import { checkOutputs, writeResult } from '../output.ts';
import { rubricInputs } from '../command-inputs.ts';
import { terminalText } from '../../parse/terminal-text.ts';
import type { TemplateOptions } from '../specs.ts';

export async function templateCommand(context: CommandContext, options: TemplateOptions): Promise<void> {
  await checkOutputs(context, [{ flag: '-o', path: options.output }], rubricInputs(context));
  const set = await loadRubrics(context, context.rubrics);
  const scopeOptions = { quick: options.quick === true, only: options.only ?? [] };
  // Rubric text appears only in the comments, so showing its control characters changes no value of the file.
  const template = terminalText(answersTemplate(set, questionsInScope(set, scopeOptions), scopeOptions));
  await writeResult(context, template, options.output, 0o600);
}
