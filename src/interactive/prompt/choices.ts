/**
 * The choices each question kind offers, as plain data: which labels a person
 * sees and which value each one stands for. Kept apart from Inquirer so that the
 * wording and the mapping back to answers are easy to read and test.
 */
import type { AnswerValue } from '../../contracts/answers.ts';
import { NOT_APPLICABLE } from '../../contracts/limits.ts';
import type { MultiQuestion, Question } from '../../contracts/rubric.ts';
import type { AskResult, QuestionView } from './asker.ts';

/** Stands for "go back"; no option id or answer value can look like this. */
export const PREVIOUS = '<';
const PREVIOUS_LABEL = '← Previous question';
const NOT_APPLICABLE_LABEL = 'Not applicable';

export type PickValue = AnswerValue | typeof PREVIOUS;

interface Pick {
  name: string;
  value: PickValue;
  /** What stays on screen once answered. */
  short: string;
}

type SingleQuestion = Exclude<Question, MultiQuestion | { kind: 'number' }>;

/** The choices of a single-pick question (scale, boolean, choice), in display order. */
export function singlePicks(question: SingleQuestion, canGoBack: boolean): Pick[] {
  const picks: Pick[] = [];
  switch (question.kind) {
    case 'scale':
      question.levels.forEach((anchor, level) => {
        picks.push({ name: `${level} · ${anchor}`, value: level, short: `level ${level}` });
      });
      break;
    case 'boolean':
      picks.push({ name: 'Yes', value: true, short: 'Yes' }, { name: 'No', value: false, short: 'No' });
      break;
    case 'choice':
      for (const option of question.options) picks.push({ name: option.label, value: option.id, short: option.label });
      break;
  }
  return [...picks, ...extraPicks(question, canGoBack)];
}

/** The "Not applicable" and "Previous" entries a question offers after its own options. */
export function extraPicks(question: Question, canGoBack: boolean): Pick[] {
  const extras: Pick[] = [];
  if (question.allowNA) extras.push({ name: NOT_APPLICABLE_LABEL, value: NOT_APPLICABLE, short: NOT_APPLICABLE_LABEL });
  if (canGoBack) extras.push({ name: PREVIOUS_LABEL, value: PREVIOUS, short: 'back' });
  return extras;
}

export function resultOf(value: PickValue): AskResult {
  return value === PREVIOUS ? { kind: 'back' } : { kind: 'answer', value };
}

/**
 * A multi question answers with the ids ticked. Ticking "Not applicable" or
 * "Previous" means that instead, so it must be the only tick.
 */
export function multiResult(ticked: readonly string[]): AskResult | string {
  const special = ticked.filter((id) => id === PREVIOUS || id === NOT_APPLICABLE);
  if (special.length === 0) return { kind: 'answer', value: [...ticked] };
  if (ticked.length > 1) {
    return `tick "${special[0] === PREVIOUS ? PREVIOUS_LABEL : NOT_APPLICABLE_LABEL}" on its own, or untick it to answer`;
  }
  return resultOf(special[0] === PREVIOUS ? PREVIOUS : NOT_APPLICABLE);
}

/** `[12/56] Soft skills › Communication`, then the question and its help. */
export function promptMessage(view: QuestionView): string {
  const { question } = view.scoped;
  const lines = [`[${view.position}/${view.total}] ${view.breadcrumb}`, question.prompt];
  if (question.help) lines.push(question.help);
  return lines.join('\n');
}
