/**
 * The interactive half of `assess`: asks in the terminal, saves progress after
 * every answer, and turns Ctrl-C into a message that says where the answers are.
 */
import type { Answers } from '../../contracts/answers.ts';
import { PROGRESS_VERSION } from '../../contracts/limits.ts';
import { checkAnswerValue } from '../../assessment/level.ts';
import { questionsInScope, type ScopedQuestion, type ScopeOptions } from '../../assessment/scope.ts';
import { orderedForTrack, withTrackExpectations } from '../../assessment/track.ts';
import type { Track } from '../../contracts/tracks.ts';
import { Interrupted, UsageError } from '../../errors.ts';
import { introText, runAdaptiveQuestionnaire, runQuestionnaire } from '../../interactive/questionnaire.ts';
import type { Asker } from '../../interactive/prompt/asker.ts';
import { adaptiveStep, type AdaptiveMode } from '../../assessment/adaptive.ts';
import { expectedAdaptive } from '../../assessment/adaptive-expected.ts';
import { givenLevels, stageModel } from '../../assessment/stage-range.ts';
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
  /** --adaptive: ask only what can still change the stage (gaps: and the top three gaps). */
  adaptive?: AdaptiveMode;
  /** A --target stage index (the gaps mode settles the gaps against it). */
  target?: number;
  /** --from: earlier answers to start from. */
  earlier?: Answers;
  /** --changed: ask again only the competencies the person picks; keep the other earlier answers. */
  changed?: boolean;
}

export interface InteractiveSession {
  answers: Answers;
  scope: ScopeOptions;
  subject?: string;
  rater?: Rater;
  adaptive?: { mode: AdaptiveMode; asked: string[] };
  /** Question ids whose earlier answers were kept. */
  carried?: Set<string>;
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
  const adaptive = resuming ? saved.adaptive?.mode : options.adaptive;
  const earlier = resuming ? saved.earlier : options.earlier;
  let answers = resuming ? keepValidAnswers(set, saved.answers, say) : {};
  const startedAt = resuming ? saved.startedAt : context.now().toISOString();

  const { createInquirerAsker } = await import('../../interactive/prompt/inquirer-asker.ts');
  const asker = createInquirerAsker({
    input: context.stdin,
    output: context.stderr,
    color: context.promptColor,
    ...(context.interrupt ? { signal: context.interrupt.signal } : {}),
  });
  asker.intro(
    introText(
      scope,
      estimatedMinutes(scope.map((scoped) => scoped.question)),
      context.invoked,
      rating,
      adaptive === undefined ? undefined : expectedAdaptive(set, adaptive, scopeOptions.only),
    ),
  );
  if (resuming) say(`Resuming: ${Object.keys(answers).length} of ${scope.length} questions already answered.`);
  if (!resuming && earlier !== undefined) {
    answers = await startFrom(scope, earlier, { adaptive: adaptive !== undefined, changed: options.changed === true }, asker);
    const kept = Object.keys(answers).length;
    say(
      kept === 0
        ? `Starting from ${Object.keys(earlier).length} earlier answers: each is preselected, Enter keeps it.`
        : `Starting from ${Object.keys(earlier).length} earlier answers: ${kept} kept as they are; any other is preselected where it is asked (Enter keeps it).`,
    );
  }

  let asked = resuming ? (saved.adaptive?.asked ?? []) : [];
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
    ...(adaptive === undefined ? {} : { adaptive: { mode: adaptive, asked } }),
    ...(earlier === undefined ? {} : { earlier }),
  });

  let latest = answers;
  const unclaim = context.interrupt?.claim();
  const save = async (current: Answers) => {
    latest = current;
    await saveProgress(dir, progressOf(current));
  };
  // A terminal that goes away (its window closed) ends stdin or fails it (EIO): unwind as for SIGHUP.
  const unwatch = watchTerminal(context.stdin, () => context.interrupt?.terminalClosed());
  try {
    const common = { scope, asker, evidence, ...(rating === undefined ? {} : { ratee: rating.subject }), ...(earlier === undefined ? {} : { preset: earlier }) };
    if (adaptive !== undefined) {
      // The stage the report will give: with --track, against the track's expectations.
      const model = stageModel(options.track === undefined ? set : withTrackExpectations(set, options.track), scope);
      const plan = { mode: adaptive, ...(options.target === undefined ? {} : { target: options.target }) };
      const run = await runAdaptiveQuestionnaire({
        ...common,
        answers,
        asked,
        next: (current) => adaptiveStep(model, givenLevels(model, current), plan).next,
        onChange: async (current, order) => {
          asked = order;
          await save(current);
        },
      });
      latest = run.answers;
      asked = run.asked;
      const left = scope.filter((scoped) => latest[scoped.question.id] === undefined).length;
      say(`\n${adaptive === 'gaps' ? 'Your stage and your top gaps are settled' : 'Your stage is settled'} after ${plural(asked.length, 'question')}: the ${plural(left, 'question')} skipped could not change it.`);
      if (left > 0 && asker.choose !== undefined) {
        const more = await asker.choose('Settled', `Answer the remaining ${left} to refine your gaps?`, ['No, show my report', `Yes, answer the remaining ${left}`]);
        if (more === 1) {
          const before = new Set(Object.keys(latest));
          latest = await runQuestionnaire({
            ...common,
            answers: latest,
            onChange: async (current) => {
              // The questions answered after the stage was settled join the order asked, as they are answered.
              asked = [...asked, ...Object.keys(current).filter((id) => !before.has(id) && !asked.includes(id))];
              await save(current);
            },
          });
        }
      }
    } else {
      latest = await runQuestionnaire({ ...common, answers, onChange: save });
    }
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
    ...(adaptive === undefined ? {} : { adaptive: { mode: adaptive, asked } }),
    ...(earlier === undefined ? {} : { carried: keptAnswers(earlier, latest) }),
    finish: async () => {
      await clearProgress(dir);
      await lock.release();
    },
  };
}

/**
 * The answers a --from run starts with, as given: with --adaptive every earlier
 * answer counts as given; with --changed, those of the competencies not picked.
 * The rest are asked, preselected.
 */
async function startFrom(scope: ScopedQuestion[], earlier: Answers, how: { adaptive: boolean; changed: boolean }, asker: Asker): Promise<Answers> {
  let again = new Set<string>();
  if (how.changed) {
    const competencies = [...new Map(scope.map((scoped) => [scoped.competency.id, scoped])).values()];
    const picked = asker.pickSome
      ? await asker.pickSome(
          'What changed?',
          'Tick the competencies to answer again (Space ticks, Enter confirms); the others keep their earlier answers.',
          competencies.map((scoped) => ({ value: scoped.competency.id, label: `${scoped.category.title} › ${scoped.competency.title}` })),
        )
      : competencies.map((scoped) => scoped.competency.id);
    again = new Set(picked);
  } else if (!how.adaptive) {
    return {};
  }
  const given: Answers = {};
  for (const scoped of scope) {
    const answer = earlier[scoped.question.id];
    if (answer !== undefined && !again.has(scoped.competency.id)) given[scoped.question.id] = answer;
  }
  return given;
}

/** The earlier answers the run ended with unchanged. */
function keptAnswers(earlier: Answers, answers: Answers): Set<string> {
  const same = (a: Answers[string], b: Answers[string]) => JSON.stringify(a.value) === JSON.stringify(b.value) && a.note === b.note;
  return new Set(Object.keys(earlier).filter((id) => answers[id] !== undefined && same(answers[id], earlier[id]!)));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
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
