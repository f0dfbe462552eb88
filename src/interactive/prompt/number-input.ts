/**
 * A number question is typed, so the way back and "not applicable" are typed too:
 * `<` goes to the previous question, `n/a` marks it not applicable. With
 * --evidence, `e` opens the note (a number is never typed with an e).
 */
import { NOT_APPLICABLE } from '../../contracts/limits.ts';
import { checkAnswerValue } from '../../assessment/level.ts';
import type { NumberQuestion } from '../../contracts/rubric.ts';
import type { AskResult } from './asker.ts';
import { PREVIOUS } from './choices.ts';
import { NOTE_KEY } from './screen.ts';

/**
 * The hint after the question, e.g. "(years, 0–30; < previous question; n/a not
 * applicable; e adds a note)": the note key only with --evidence.
 */
export function numberHint(question: NumberQuestion, canGoBack: boolean, evidence = false): string {
  const parts = [`${question.unit}, ${question.min}–${question.max}`];
  if (canGoBack) parts.push(`${PREVIOUS} previous question`);
  if (question.allowNA) parts.push(`${NOT_APPLICABLE} not applicable`);
  if (evidence) parts.push(`${NOTE_KEY} adds a note`);
  return `(${parts.join('; ')})`;
}

/** What the typed text means, or a message saying what to type instead. */
export function numberResult(text: string, question: NumberQuestion, canGoBack: boolean): AskResult | string {
  const typed = text.trim();
  if (typed === PREVIOUS) return canGoBack ? { kind: 'back' } : 'this is the first question; there is no previous one';
  if (typed.toLowerCase() === NOT_APPLICABLE) {
    return question.allowNA ? { kind: 'answer', value: NOT_APPLICABLE } : 'this question has no "not applicable"; type a number';
  }
  const value = Number(typed);
  if (typed === '' || !Number.isFinite(value)) return `type a number of ${question.unit} from ${question.min} to ${question.max}`;
  return checkAnswerValue(question, value) ?? { kind: 'answer', value };
}
