/**
 * What the questionnaire engine needs from a person: one answer at a time, a way
 * back, and an optional evidence note. The engine only sees this interface, so
 * tests drive it with a scripted asker and only src/prompt/ knows about Inquirer.
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
  /** The answer given earlier, shown as the default when revisiting. */
  current?: Answer;
  canGoBack: boolean;
}

export type AskResult = { kind: 'answer'; value: AnswerValue } | { kind: 'back' };

export interface Asker {
  intro(text: string): void;
  ask(view: QuestionView): Promise<AskResult>;
  /** Resolves to the note, or undefined when the person leaves it empty. */
  askNote(view: QuestionView, current?: string): Promise<string | undefined>;
}
