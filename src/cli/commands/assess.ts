import type { Answers } from '../../contracts/answers.ts';
import type { AdaptiveMode } from '../../assessment/adaptive.ts';
import { buildReport } from '../../assessment/build-report.ts';
import { missingAnswers, questionsInScope, type ScopeOptions } from '../../assessment/scope.ts';
import { trackById, withTrackExpectations } from '../../assessment/track.ts';
import { DataError, quote, UsageError } from '../../errors.ts';
import type { RubricSet } from '../../contracts/rubric.ts';
import type { Rater } from '../../contracts/report.ts';
import type { CommandContext } from '../context.ts';
import { loadRubrics } from '../load-rubrics.ts';
import { appendSummary, resolveFormat, summaryTarget, writeReport } from '../report-output.ts';
import { readAnswersFile } from './assess-answers-file.ts';
import type { AssessOptions } from '../specs.ts';
import { checkAssessFlags } from './assess-flags.ts';
import { checkGate } from './assess-gate.ts';
import { keepInHistory } from './assess-history.ts';
import { warn } from './warn.ts';

const MISSING_SHOWN = 15;

export async function assessCommand(context: CommandContext, options: AssessOptions): Promise<void> {
  resolveFormat(options.format, options.output);
  await checkAssessFlags(context, options);
  const summaryPath = await summaryTarget(context, options);
  const set = await loadRubrics(context, context.rubrics);
  // Check stage and category flags before reading or asking anything: a typo must not cost a person their time.
  const targetIndex = options.target === undefined ? undefined : stageIndex(set, options.target, '--target');
  const track = options.track === undefined ? undefined : trackById(set, options.track);
  const gateIndex = options.failBelow === undefined ? undefined : stageIndex(set, options.failBelow, '--fail-below');
  let scopeOptions: ScopeOptions = { quick: options.quick === true, only: options.only ?? [] };
  questionsInScope(set, scopeOptions);

  const adaptiveMode: AdaptiveMode | undefined = options.adaptive === undefined ? undefined : options.adaptive === true ? 'stage' : options.adaptive;
  // Loaded only when asked for: a plain scripted run reads no history and plans nothing.
  const earlier = options.from === undefined ? undefined : await (await import('./assess-from.ts')).readEarlierAnswers(context, options.from, set);

  let answers: Answers;
  let subject = (options.about ?? options.name)?.trim() ?? earlier?.subject;
  let rater = raterOf(options);
  let finish = async () => {};
  let adaptive: { mode: AdaptiveMode; asked: string[] } | undefined;
  let carried: Set<string> | undefined;
  if (options.answers !== undefined) {
    const file = await readAnswersFile(options.answers, set, () => context.stdin);
    if (file.setAside !== undefined) {
      const { version, questions } = file.setAside;
      warn(
        context,
        `${options.answers === '-' ? 'the answers' : options.answers} were written for ${set.info.id} ${version}; ${set.info.version} no longer asks ${questions.length === 1 ? 'one of them' : `${questions.length} of them`} in that form, so their answers were set aside: ${questions.join(', ')}`,
      );
    }
    subject ??= file.subject;
    // The file's scope (an answers file's `scope`, a report's scope) is the default; a flag given wins over its half.
    scopeOptions = {
      quick: adaptiveMode === undefined && (options.quick === true || file.scope?.quick === true),
      only: options.only ?? file.scope?.only ?? [],
    };
    // Earlier answers (--from) hold where the file gives none.
    const given = { ...(earlier?.answers ?? {}), ...file.answers };
    if (adaptiveMode !== undefined) {
      const { runAdaptive } = await import('../../assessment/adaptive-run.ts');
      // The planner settles the stage the report will give: with --track, against the track's expectations.
      const planned = track === undefined ? set : withTrackExpectations(set, track);
      const run = runAdaptive(planned, questionsInScope(set, scopeOptions), file.answers, { mode: adaptiveMode, ...(targetIndex === undefined ? {} : { target: targetIndex }) }, earlier?.answers ?? {});
      if (run.unanswered !== null && !options.allowPartial) throw adaptiveMissingError(options.answers, run.unanswered);
      answers = run.answers;
      adaptive = { mode: adaptiveMode, asked: run.asked };
    } else {
      answers = given;
      const missing = missingAnswers(questionsInScope(set, scopeOptions), answers);
      if (missing.length > 0 && !options.allowPartial) throw missingAnswersError(options.answers, missing, scopeOptions, file.fromReport === true);
    }
    if (earlier !== undefined) carried = new Set(Object.keys(earlier.answers).filter((id) => file.answers[id] === undefined && answers[id] !== undefined));
  } else {
    if (options.input === false || context.stdin.isTTY !== true) {
      throw new UsageError(
        options.input === false ? 'no answers to score: --no-input never asks questions' : 'no terminal to ask the questions on (stdin is not a terminal)',
        'pass --answers <file> (YAML or JSON; `ml-career template -o answers.yaml` writes one to fill in)',
      );
    }
    // The questions are drawn on stderr: redirected (2>log), they would vanish while the run waits for keys.
    if (context.stderr.isTTY !== true) {
      throw new UsageError(
        'stderr is not a terminal, and the questions are shown there (is it redirected, as with 2>file?)',
        'run without redirecting stderr, or pass --answers <file>',
      );
    }
    // The questionnaire (and Inquirer) is loaded only when there is someone to ask.
    const { assessInteractively } = await import('./assess-interactive.ts');
    const session = await assessInteractively(context, set, {
      scope: scopeOptions,
      evidence: options.evidence === true,
      resume: options.resume === true,
      restart: options.restart === true,
      ...(subject === undefined ? {} : { subject }),
      ...(rater === undefined ? {} : { rater }),
      ...(track === undefined ? {} : { track }),
      ...(adaptiveMode === undefined ? {} : { adaptive: adaptiveMode }),
      ...(targetIndex === undefined ? {} : { target: targetIndex }),
      ...(earlier === undefined ? {} : { earlier: earlier.answers }),
      changed: options.changed === true,
    });
    answers = session.answers;
    scopeOptions = session.scope;
    subject = session.subject;
    rater = session.rater;
    finish = session.finish;
    adaptive = session.adaptive;
    carried = session.carried;
  }

  const report = buildReport(set, answers, {
    quick: scopeOptions.quick === true,
    only: [...(scopeOptions.only ?? [])],
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(track === undefined ? {} : { track: track.id }),
    ...(subject === undefined ? {} : { subject }),
    ...(rater === undefined ? {} : { rater }),
    ...(adaptive === undefined ? {} : { adaptive }),
    ...(carried === undefined || carried.size === 0 ? {} : { carried }),
    generatedAt: context.now(),
    toolVersion: context.version,
  });
  await writeReport(context, report, { ...(options.format ? { format: options.format } : {}), ...(options.output ? { output: options.output } : {}) });
  if (summaryPath !== undefined) await appendSummary(report, summaryPath);
  if (options.history !== false) await keepInHistory(context, report);
  if (options.saveAnswers !== undefined) {
    const { saveAnswers } = await import('./assess-save-answers.ts');
    await saveAnswers(context, set, answers, subject, scopeOptions, options.saveAnswers);
  }
  await finish();

  if (gateIndex !== undefined) checkGate(set, report, gateIndex, options.allowPartial === true);
}

/** Who answers, as the report records it: only when --rater was given (a plain run is the subject's own). */
function raterOf(options: AssessOptions): Rater | undefined {
  if (options.rater === undefined) return undefined;
  const name = options.raterName?.trim();
  return name === undefined ? { role: options.rater } : { role: options.rater, name };
}

function stageIndex(set: RubricSet, id: string, flag: string): number {
  const index = set.stages.findIndex((stage) => stage.id === id);
  if (index < 0) throw new UsageError(`${flag}: no stage ${quote(id)}`, `stages: ${set.stages.map((stage) => stage.id).join(', ')}`);
  return index;
}

function adaptiveMissingError(file: string, question: string): DataError {
  return new DataError({
    file: file === '-' ? '<stdin>' : file,
    message: `the adaptive run needs an answer to "${question}", which is not given`,
    hint: 'answer it (`ml-career template` lists every question), or pass --allow-partial to score what is answered so far (the stage may then be unsettled)',
  });
}

function missingAnswersError(file: string, missing: string[], scope: ScopeOptions, fromReport: boolean): DataError {
  const shown = missing.slice(0, MISSING_SHOWN).join(', ');
  const more = missing.length > MISSING_SHOWN ? ` and ${missing.length - MISSING_SHOWN} more` : '';
  const template = ['ml-career template', ...(scope.quick ? ['--quick'] : []), ...(scope.only && scope.only.length > 0 ? [`--only ${scope.only.join(',')}`] : [])].join(' ');
  return new DataError({
    file: file === '-' ? '<stdin>' : file,
    message: `${missing.length} question${missing.length === 1 ? ' is' : 's are'} not answered: ${shown}${more}`,
    hint: fromReport
      ? 'the report does not answer them (a partial run, or questions added since); pass --allow-partial to score what it answers'
      : `answer them (\`${template}\` lists every question), or pass --allow-partial to score what is there`,
  });
}
