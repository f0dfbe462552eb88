/**
 * From one answer to a level 0–4, and the check that an answer fits its question.
 */
import type { AnswerValue } from '../contracts/answers.ts';
import { NOT_APPLICABLE } from '../contracts/not-applicable.ts';
import { MAX_LEVEL, MIN_LEVEL } from '../contracts/levels.ts';
import type { Band, Question } from '../contracts/rubric.ts';
import { listSome, numberText, quote, quoteList } from '../errors.ts';

/** The level of the highest band that starts at or below `value`; below every band is the lowest level. */
function bandLevel(bands: readonly Band[], value: number): number {
  let best: Band | undefined;
  for (const band of bands) {
    if (band.atLeast <= value && (best === undefined || band.atLeast > best.atLeast)) best = band;
  }
  return best ? best.level : MIN_LEVEL;
}

/** The level an answer gives, or null for "n/a". Assumes `checkAnswerValue` accepted the value. */
export function levelForAnswer(question: Question, value: AnswerValue): number | null {
  if (value === NOT_APPLICABLE) return null;
  switch (question.kind) {
    case 'scale':
      return value as number;
    case 'boolean':
      return value === true ? question.levelIfTrue : question.levelIfFalse;
    case 'choice': {
      const option = question.options.find((candidate) => candidate.id === value);
      return option ? option.level : MIN_LEVEL;
    }
    case 'multi':
      return bandLevel(question.bands, new Set(value as string[]).size);
    case 'number':
      return bandLevel(question.bands, value as number);
  }
}

function shown(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return `a list [${listSome(value.map(shown))}]`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return numberText(value);
  return typeof value === 'string' ? quote(value) : String(value);
}


function optionIds(options: readonly { id: string }[]): string {
  return options.map((option) => option.id).join(', ');
}

/** Null when `value` is a valid answer to `question`, else a one-line message saying what was expected. */
export function checkAnswerValue(question: Question, value: unknown): string | null {
  if (value === NOT_APPLICABLE) return question.allowNA ? null : 'n/a is not allowed for this question';
  switch (question.kind) {
    case 'scale':
      return typeof value === 'number' && Number.isInteger(value) && value >= MIN_LEVEL && value <= MAX_LEVEL
        ? null
        : `expected a level ${MIN_LEVEL}–${MAX_LEVEL} (integer), got ${shown(value)}`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `expected true or false, got ${shown(value)}`;
    case 'choice': {
      if (typeof value !== 'string') return `expected one option id (${optionIds(question.options)}), got ${shown(value)}`;
      return question.options.some((option) => option.id === value)
        ? null
        : `unknown option ${quote(value)} — options: ${optionIds(question.options)}`;
    }
    case 'multi': {
      if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
        return `expected a list of option ids (${optionIds(question.options)}), got ${shown(value)}`;
      }
      const unknown = value.filter((item) => !question.options.some((option) => option.id === item));
      if (unknown.length > 0) {
        const names = quoteList(unknown);
        return `unknown option${unknown.length > 1 ? 's' : ''} ${names} — options: ${optionIds(question.options)}`;
      }
      // One pass with a set: a list of a quarter of a million items must not take a quadratic search.
      const seen = new Set<string>();
      const duplicates = new Set<string>();
      for (const item of value) (seen.has(item) ? duplicates : seen).add(item);
      return duplicates.size === 0
        ? null
        : `option${duplicates.size > 1 ? 's' : ''} ${quoteList([...duplicates])} listed more than once`;
    }
    case 'number': {
      const range = `${question.min}–${question.max} ${question.unit}`;
      if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number (${range}), got ${shown(value)}`;
      return value >= question.min && value <= question.max ? null : `expected a number in ${range}, got ${value}`;
    }
  }
}
