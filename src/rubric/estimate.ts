/**
 * How long a questionnaire takes, shown before an interactive run starts.
 * Seconds per question by kind: reading five anchors takes longer than a yes/no.
 */
import type { Question, QuestionKind } from '../contracts/rubric.ts';

const SECONDS_BY_KIND: Record<QuestionKind, number> = {
  scale: 20,
  choice: 12,
  multi: 15,
  number: 10,
  boolean: 8,
};

export function estimatedSeconds(question: Question): number {
  return SECONDS_BY_KIND[question.kind];
}

/** Whole minutes, rounded up (a 10-second questionnaire is "1 minute"; none is 0). */
export function estimatedMinutes(questions: readonly Question[]): number {
  const seconds = questions.reduce((sum, question) => sum + estimatedSeconds(question), 0);
  return Math.ceil(seconds / 60);
}
