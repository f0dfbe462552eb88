/** Wording shared by the text, Markdown and HTML calibration views. Plain strings: each renderer escapes them. */
import type { Calibration } from '../../contracts/calibration.ts';
import { formatLevel } from '../report/phrases.ts';

export function calibrationTitle(calibration: Calibration): string {
  return `Calibration for ${calibration.subject}`;
}

export function calibrationSubtitle(calibration: Calibration): string {
  const { rubricSet, raters } = calibration;
  return `${rubricSet.title} rubrics ${rubricSet.version} · ${raters.length} ratings`;
}

/** "self (Ada)", "manager (Grace)", "peer". */
export function raterLabel(rater: Calibration['raters'][number]): string {
  return rater.name === null ? rater.role : `${rater.role} (${rater.name})`;
}

export function stageText(rater: Calibration['raters'][number]): string {
  return `${rater.stage.title}${rater.stage.met ? '' : ' (not fully met)'}${rater.complete ? '' : ', incomplete'}`;
}

export function levelText(level: number | null): string {
  return level === null ? '–' : formatLevel(level);
}

export function spreadText(spread: number | null): string {
  return spread === null ? '–' : formatLevel(spread);
}

export function flagText(flag: Calibration['competencies'][number]['flag']): string {
  if (flag === 'discuss-first') return 'discuss first';
  if (flag === 'check') return 'check';
  return '';
}

export function flagSummary(calibration: Calibration): string {
  const discuss = calibration.competencies.filter((competency) => competency.flag === 'discuss-first').length;
  const check = calibration.competencies.filter((competency) => competency.flag === 'check').length;
  const self = calibration.raters.some((rater) => rater.role === 'self');
  const between = self ? 'the self rating and another rater' : 'two raters (there is no self rating)';
  return `${discuss} to discuss first (${between} two levels or more apart), ${check} to check (one level apart).`;
}

export const NOTES_HEADING = 'Evidence notes side by side';
