import { answersTemplate } from '../../assessment/answers-file.ts';
import { questionsInScope } from '../../assessment/scope.ts';
import { orderedForTrack, trackById } from '../../assessment/track.ts';
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
  const track = options.track === undefined ? undefined : trackById(set, options.track);
  const scope = orderedForTrack(questionsInScope(set, scopeOptions), track);
  // Rubric text appears only in the comments, so showing its control characters changes no value of the file.
  await writeResult(context, terminalText(answersTemplate(set, scope, scopeOptions)), options.output, 0o600);
}
