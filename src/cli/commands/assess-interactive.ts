/**
 * The interactive half of `assess`: asks in the terminal, saves progress after
 * every answer, and turns Ctrl-C into a message that says where the answers are.
 */
import type { Answers } from '../../contracts/answers.ts';
import { PROGRESS_VERSION } from '../../contracts/limits.ts';
import { checkAnswerValue } from '../../assessment/level.ts';
import { questionsInScope, type ScopeOptions } from '../../assessment/scope.ts';
import { orderedForTrack } from '../../assessment/track.ts';
import type { Track } from '../../contracts/tracks.ts';
import { Interrupted, UsageError } from '../../errors.ts';
import { introText, runQuestionnaire } from '../../interactive/questionnaire.ts';
import { acquireLock, type Lock } from '../../io/lock.ts';
import { clearProgress, ensureStateDir, loadProgress, progressLockPath, progressPath, saveProgress, setProgressAside, type Progress } from '../../io/progress.ts';
import { stateDir } from '../../io/state-dir.ts';
import { estimatedMinutes } from '../../rubric/estimate.ts';
import { questionsById } from '../../rubric/questions.ts';
import type { RubricSet } from '../../contracts/rubric.ts';
import type { Rater } from '../../contracts/report.ts';
import type { CommandContext } from '../context.ts';
import { commandHint } from '../invocation.ts';
import { messageText } from '../message-text.ts';
import { watchTerminal } from '../terminal-loss.ts';

export interface InteractiveOptions {
  scope: ScopeOptions;
  evidence: boolean;
  resume: boolean;
  restart: boolean;
  subject?: string;
  /** Who answers, when rating someone else's work (the subject). */
  rater?: Rater;
  /** Ask the questions that matter most for this track first (assess --track). */
  track?: Track;
}

export interface InteractiveSession {
  answers: Answers;
  scope: ScopeOptions;
  subject?: string;
  rater?: Rater;
  /** Call once the report is safely written: forgets the saved progress. */
  finish: () => Promise<void>;
}

export async function assessInteractively(context: CommandContext, set: RubricSet, options: InteractiveOptions): Promise<InteractiveSession> {
  const dir = stateDir(context.env, context.home);
  await ensureStateDir(dir);
  // Held until the report is written, so a second run cannot write the same progress over this one.
  const lock = await acquireLock(progressLockPath(dir), context.now());
  try {
    return await runSession(context, set, options, dir, lock);
  } catch (error) {
    await lock.release();
    throw error;
  }
}

async function runSession(context: CommandContext, set: RubricSet, options: InteractiveOptions, dir: string, lock: Lock): Promise<InteractiveSession> {
  const saved = await loadProgress(dir);
  const say = (text: string) => context.stderr.write(`${messageText(text, context.invoked)}\n`);
  const command = (args: string) => commandHint(context.invoked, args);

  if (options.resume && !saved) {
    throw new UsageError(`there is no interrupted assessment to resume (nothing saved in ${dir})`, `start one with ${command('assess')}`);
  }
  if (saved && !options.resume && !options.restart) {
    throw new UsageError(
      `an unfinished assessment is saved (${Object.keys(saved.answers).length} answers, last changed ${saved.updatedAt})`,
      `continue it with ${command('assess --resume')}, or start over with ${command('assess --restart')} (the saved answers are kept aside)`,
    );
  }
  if (saved && options.restart) {
    const aside = await setProgressAside(dir);
    say(`The unfinished assessment was set aside in ${aside}.`);
  }

  const resuming = options.resume && saved !== undefined;
  const scopeOptions: ScopeOptions = resuming ? { quick: saved.scope.quick, only: saved.scope.only } : options.scope;
  const evidence = resuming ? saved.options.evidence : options.evidence;
  const subject = options.subject ?? (resuming ? saved.subject : undefined);
  const rater = options.rater ?? (resuming ? saved.rater : undefined);
  // Whose work the questions are about, when it is not the person answering.
  const rating = rater !== undefined && rater.role !== 'self' && subject !== undefined ? { subject, role: rater.role } : undefined;
  const scope = orderedForTrack(questionsInScope(set, scopeOptions), options.track);
  const answers = resuming ? keepValidAnswers(set, saved.answers, say) : {};
  const startedAt = resuming ? saved.startedAt : context.now().toISOString();

  const { createInquirerAsker } = await import('../../interactive/prompt/inquirer-asker.ts');
  const asker = createInquirerAsker({
    input: context.stdin,
    output: context.stderr,
    color: context.promptColor,
    ...(context.interrupt ? { signal: context.interrupt.signal } : {}),
  });
  asker.intro(introText(scope, estimatedMinutes(scope.map((scoped) => scoped.question)), context.invoked, rating));
  if (resuming) say(`Resuming: ${Object.keys(answers).length} of ${scope.length} questions already answered.`);

  const progressOf = (current: Answers): Progress => ({
    version: PROGRESS_VERSION,
    rubricSet: { id: set.info.id, version: set.info.version, digest: set.info.digest },
    scope: { quick: scopeOptions.quick === true, only: [...(scopeOptions.only ?? [])] },
    options: { evidence },
    ...(subject === undefined ? {} : { subject }),
    ...(rater === undefined ? {} : { rater }),
    startedAt,
    updatedAt: context.now().toISOString(),
    answers: current,
  });

  let latest = answers;
  const unclaim = context.interrupt?.claim();
  // A terminal that goes away (its window closed) ends stdin or fails it (EIO): unwind as for SIGHUP.
  const unwatch = watchTerminal(context.stdin, () => context.interrupt?.terminalClosed());
  try {
    latest = await runQuestionnaire({
      scope,
      answers,
      asker,
      evidence,
      ...(rating === undefined ? {} : { ratee: rating.subject }),
      onChange: async (current) => {
        latest = current;
        await saveProgress(dir, progressOf(current));
      },
    });
  } catch (error) {
    if (error instanceof Interrupted) throw interruptedMessage(dir, Object.keys(latest).length, context.invoked);
    throw error;
  } finally {
    unwatch();
    unclaim?.();
  }
  // Saved once more so that a failure while writing the report loses nothing.
  await saveProgress(dir, progressOf(latest));
  return {
    answers: latest,
    scope: scopeOptions,
    ...(subject === undefined ? {} : { subject }),
    ...(rater === undefined ? {} : { rater }),
    finish: async () => {
      await clearProgress(dir);
      await lock.release();
    },
  };
}

function interruptedMessage(dir: string, answered: number, invoked: string): Interrupted {
  if (answered === 0) return new Interrupted('Interrupted before the first answer; nothing to save.');
  return new Interrupted(
    `Interrupted. Your ${answered} answer${answered === 1 ? ' is' : 's are'} saved in ${progressPath(dir)}.\n` +
      `  Continue where you stopped with: ${invoked} assess --resume`,
  );
}

/** Answers saved against an older rubric version may no longer fit; keep the ones that do. */
function keepValidAnswers(set: RubricSet, saved: Answers, say: (text: string) => void): Answers {
  const questions = questionsById(set);
  const kept: Answers = {};
  const dropped: string[] = [];
  for (const [id, answer] of Object.entries(saved)) {
    const question = questions.get(id);
    if (question && checkAnswerValue(question, answer.value) === null) kept[id] = answer;
    else dropped.push(id);
  }
  if (dropped.length > 0) say(`The rubrics changed since you started; these answers no longer fit and will be asked again: ${dropped.join(', ')}`);
  return kept;
}
