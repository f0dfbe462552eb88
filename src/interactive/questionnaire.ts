/**
 * The questionnaire engine: which question comes next, going back, and saving
 * after every answer. It talks to a person only through an Asker, so tests drive
 * it with a script and the CLI with Inquirer.
 */
import type { Answer, Answers } from '../contracts/answers.ts';
import { checkAnswerValue } from '../assessment/level.ts';
import type { ScopedQuestion } from '../assessment/scope.ts';
import type { Asker, QuestionView } from './prompt/asker.ts';

interface QuestionnaireOptions {
  scope: ScopedQuestion[];
  /** Answers so far (a resumed run); the run starts at the first question in scope without one. */
  answers: Answers;
  asker: Asker;
  /** Offer an evidence note with each answer (the person adds one with a key; none is asked for). */
  evidence: boolean;
  /** The person whose work is judged, when the one answering is someone else: every breadcrumb names them. */
  ratee?: string;
  /** Called with every new set of answers, in order; the run ends only after the last call has finished. */
  onChange: (answers: Answers) => Promise<void>;
  /** Earlier answers (--from), shown preselected where this run has none yet: Enter keeps one. */
  preset?: Answers;
}

/** Asks until every question in scope has an answer, and returns all answers (those outside scope are kept). */
export async function runQuestionnaire(options: QuestionnaireOptions): Promise<Answers> {
  const { scope, asker, evidence, ratee, onChange } = options;
  let answers: Answers = { ...options.answers };
  const unansweredFrom = (start: number): number => {
    const index = scope.findIndex((scoped, position) => position >= start && answers[scoped.question.id] === undefined);
    return index === -1 ? scope.length : index;
  };

  // Each save runs while the next question is drawn, so a key press gets its next
  // question at once. The next answer is taken only once that save has finished; a
  // failed save takes the question shown off the screen at once and stops the run
  // there, with the answers saved before it intact, so the failure is reported at
  // the answer it concerns, not one answer late. The run never ends, done or
  // interrupted, with a save still under way.
  let saving: Promise<void> = Promise.resolve();

  let index = unansweredFrom(0);
  // Questions up to here have been shown in this run: moving forward from one walks
  // through them in order; past it, questions answered before this run are skipped.
  let furthest = index;
  try {
    while (index < scope.length) {
      const view = viewOf(scope, index, answers, evidence, { ratee, preset: options.preset });
      const saveFailed = new AbortController();
      saving.catch((error: unknown) => saveFailed.abort(error));
      const result = await asker.ask(view, saveFailed.signal);
      await saving;
      if (result.kind === 'back') {
        if (index > 0) index -= 1;
        continue;
      }
      const { question } = view.scoped;
      const problem = checkAnswerValue(question, result.value);
      if (problem !== null) throw new Error(`bug: the asker returned an invalid answer to "${question.id}": ${problem}`);

      // With evidence on, the asker hands back the note as the person left it; else an earlier note stays.
      const note = evidence ? result.note : view.current?.note;
      const answer: Answer = note === undefined ? { value: result.value } : { value: result.value, note };
      answers = { ...answers, [question.id]: answer };
      saving = onChange(answers);
      // Handled where it is awaited; this only keeps Node from calling it unhandled meanwhile.
      saving.catch(() => undefined);

      index = index + 1 <= furthest ? index + 1 : unansweredFrom(index + 1);
      furthest = Math.max(furthest, index);
    }
  } catch (error) {
    // However the run ends, the last answer's save finishes first; if it failed, that is the news.
    await saving;
    throw error;
  }
  await saving;
  return answers;
}

function viewOf(scope: ScopedQuestion[], index: number, answers: Answers, evidence: boolean, extra: { ratee?: string | undefined; preset?: Answers | undefined } = {}): QuestionView {
  const { ratee, preset = {} } = extra;
  const scoped = scope[index]!;
  const current = answers[scoped.question.id] ?? preset[scoped.question.id];
  return {
    position: index + 1,
    total: scope.length,
    breadcrumb: `${ratee === undefined ? '' : `Rating ${ratee} › `}${scoped.category.title} › ${scoped.competency.title}`,
    scoped,
    ...(current === undefined ? {} : { current }),
    canGoBack: index > 0,
    evidence,
  };
}

interface AdaptiveQuestionnaireOptions extends Omit<QuestionnaireOptions, 'onChange'> {
  /** The question (an index into scope) to ask next, or null once the answers settle what the run is for. */
  next: (answers: Answers) => number | null;
  /** Question ids asked before (a resumed run), in order. */
  asked: readonly string[];
  onChange: (answers: Answers, asked: string[]) => Promise<void>;
}

/**
 * An adaptive run: the planner picks each next question from the answers so far.
 * Going back walks the questions asked, in the order they were asked; an answer
 * changed there stands, and the planner goes on from all the answers.
 */
export async function runAdaptiveQuestionnaire(options: AdaptiveQuestionnaireOptions): Promise<{ answers: Answers; asked: string[] }> {
  const { scope, asker, evidence, onChange } = options;
  let answers: Answers = { ...options.answers };
  const positionOf = new Map(scope.map((scoped, index) => [scoped.question.id, index]));
  const shown = options.asked.flatMap((id) => (positionOf.has(id) ? [positionOf.get(id)!] : []));
  let saving: Promise<void> = Promise.resolve();
  let at = shown.length;
  try {
    for (;;) {
      if (at === shown.length) {
        const next = options.next(answers);
        if (next === null) break;
        shown.push(next);
      }
      const view: QuestionView = { ...viewOf(scope, shown[at]!, answers, evidence, { ratee: options.ratee, preset: options.preset }), position: at + 1, canGoBack: at > 0, atMost: true };
      // As in a full run: a failed save takes this question off the screen at once.
      const saveFailed = new AbortController();
      saving.catch((error: unknown) => saveFailed.abort(error));
      const result = await asker.ask(view, saveFailed.signal);
      await saving;
      if (result.kind === 'back') {
        if (at > 0) at -= 1;
        continue;
      }
      const { question } = view.scoped;
      const problem = checkAnswerValue(question, result.value);
      if (problem !== null) throw new Error(`bug: the asker returned an invalid answer to "${question.id}": ${problem}`);
      const note = evidence ? result.note : view.current?.note;
      answers = { ...answers, [question.id]: note === undefined ? { value: result.value } : { value: result.value, note } };
      saving = onChange(
        answers,
        shown.map((index) => scope[index]!.question.id),
      );
      saving.catch(() => undefined);
      at += 1;
    }
  } catch (error) {
    await saving;
    throw error;
  }
  await saving;
  return { answers, asked: shown.map((index) => scope[index]!.question.id) };
}

/**
 * What the person reads before the first question. `command` is how they ran the
 * program (`ml-career`, or `npx ml-career` through npx), for the resume hint.
 */
export function introText(
  scope: ScopedQuestion[],
  minutes: number,
  command: string,
  rating?: { subject: string; role: 'manager' | 'peer' | 'self' },
  adaptive?: { expected: number | undefined; gaps?: boolean },
): string {
  const questions = `${scope.length} question${scope.length === 1 ? '' : 's'}`;
  const usually = adaptive?.expected === undefined ? '' : `, usually after about ${adaptive.expected} (simulated respondents at every stage)`;
  const whose = rating === undefined ? 'your' : `${rating.subject}'s`;
  const opening =
    adaptive === undefined
      ? `${questions}, about ${minutes} minute${minutes === 1 ? '' : 's'}.`
      : `At most ${questions} (about ${minutes} minute${minutes === 1 ? '' : 's'}): this adaptive run stops as soon as the answers left cannot change ${whose} stage${adaptive.gaps === true ? ' or top three gaps' : ''}${usually}.`;
  const judged =
    rating === undefined
      ? ['Answer with what you have actually done, not what you could do. "← Previous question" goes back to change an answer.']
      : [
          `You are rating the work of ${rating.subject}, as ${rating.role === 'manager' ? 'their manager' : 'a peer'}. The questions say "you": read it as ${rating.subject}.`,
          `Answer with what ${rating.subject} has actually done, as far as you have seen it, not what they could do. "← Previous question" goes back to change an answer.`,
        ];
  return [
    opening,
    ...judged,
    `Your progress is saved after every answer, so Ctrl-C is safe: \`${command} assess --resume\` continues where you stopped.`,
  ].join('\n');
}
