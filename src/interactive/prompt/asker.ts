/**
 * What the questionnaire engine needs from a person: one answer at a time, a way
 * back, and an optional evidence note. The engine only sees this interface, so
 * tests drive it with a scripted asker and only src/interactive/prompt/ knows
 * about Inquirer.
 */
import type { Answer, AnswerValue } from '../../contracts/answers.ts';
import type { ScopedQuestion } from '../../assessment/scope.ts';

export interface QuestionView {
  /** 1-based position in the run. */
  position: number;
  total: number;
  /** "Soft skills › Communication" */
  breadcrumb: string;
  scoped: ScopedQuestion;
  /** The answer given earlier, shown as the default when revisiting (its note too). */
  current?: Answer;
  canGoBack: boolean;
  /** An adaptive run: `total` is the most it may ask, not what it will. */
  atMost?: boolean;
  /** --evidence: the person may add a one-line note to this answer (opt-in, with a key). */
  evidence: boolean;
}

/**
 * An answer, with the note that goes with it when the view offered one: the
 * earlier note unless the person changed it, undefined when there is none.
 */
export type AskResult = { kind: 'answer'; value: AnswerValue; note?: string } | { kind: 'back' };

export interface Asker {
  intro(text: string): void;
  /** Aborting `cancel` takes the question off the screen and rejects (the save before it failed). */
  ask(view: QuestionView, cancel?: AbortSignal): Promise<AskResult>;
  /** One of a few choices outside the questions (whether to go on); the index chosen. Without it, the first is taken. */
  choose?(title: string, prompt: string, labels: readonly string[]): Promise<number>;
  /** Some of a list (which competencies to ask again); the values ticked, at least one. */
  pickSome?(title: string, prompt: string, options: readonly { value: string; label: string }[]): Promise<string[]>;
}
