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

type PickValue = AnswerValue | typeof PREVIOUS;

interface Pick {
  /**
   * The key that highlights it, shown before it: a scale's level ("3" is level 3),
   * a choice option's level (or its position from 1 when two options share a
   * level), "y"/"n" for yes/no; empty for Not applicable and Previous.
   */
  key: string;
  name: string;
  value: PickValue;
  /** What stays on screen once answered. */
  short: string;
  /** The full text shown beneath the list while it is highlighted. */
  detail?: string;
}

type SingleQuestion = Exclude<Question, MultiQuestion | { kind: 'number' }>;

/** The choices of a single-pick question (scale, boolean, choice), in display order. */
export function singlePicks(question: SingleQuestion, canGoBack: boolean): Pick[] {
  const picks: Pick[] = [];
  switch (question.kind) {
    case 'scale':
      question.levels.forEach((anchor, level) => {
        picks.push({ key: String(level), name: anchor, value: level, short: `${level} · ${anchor}`, detail: `Level ${level}: ${anchor}` });
      });
      break;
    case 'boolean':
      picks.push({ key: 'y', name: 'Yes', value: true, short: 'Yes' }, { key: 'n', name: 'No', value: false, short: 'No' });
      break;
    case 'choice': {
      // Keyed by level, like a scale, when that names each option once; else by position.
      const byLevel = new Set(question.options.map((option) => option.level)).size === question.options.length;
      question.options.forEach((option, index) => {
        const key = String(byLevel ? option.level : index + 1);
        picks.push({ key, name: option.label, value: option.id, short: option.label, detail: option.label });
      });
      break;
    }
  }
  return [...picks, ...extraPicks(question, canGoBack)];
}

/** What the keys of a single-pick question do, for the line of keys: "0–4 choose a level", "y/n choose". */
export function pickKeysHint(question: SingleQuestion, picks: readonly Pick[]): string {
  const keys = picks.map((pick) => pick.key).filter((key) => key !== '');
  if (question.kind === 'boolean') return 'y/n choose';
  const numbers = keys.map(Number);
  const consecutive = numbers.every((number, index) => index === 0 || number === numbers[index - 1]! + 1);
  const range = consecutive && keys.length > 2 ? `${keys[0]!}–${keys.at(-1)!}` : keys.join('/');
  return question.kind === 'scale' ? `${range} choose a level` : `${range} choose`;
}

/** The "Not applicable" and "Previous" entries a question offers after its own options. */
export function extraPicks(question: Question, canGoBack: boolean): Pick[] {
  const extras: Pick[] = [];
  if (question.allowNA) extras.push({ key: '', name: NOT_APPLICABLE_LABEL, value: NOT_APPLICABLE, short: NOT_APPLICABLE_LABEL });
  if (canGoBack) extras.push({ key: '', name: PREVIOUS_LABEL, value: PREVIOUS, short: 'back' });
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

/** `[12/56] Soft skills › Communication`: where the question stands in the run. */
export function questionTitle(view: QuestionView): string {
  return `[${view.position}/${view.atMost === true ? 'at most ' : ''}${view.total}] ${view.breadcrumb}`;
}
