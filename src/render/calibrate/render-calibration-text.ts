/** The calibration in the terminal: the raters and their stages, the competency table with flags, the notes. */
import type { Calibration } from '../../contracts/calibration.ts';
import { formatTable } from '../kit/table.ts';
import { textSetup, type TextOptions } from '../kit/text.ts';
import { hangingWrap, truncate } from '../kit/text-layout.ts';
import { calibrationSubtitle, calibrationTitle, flagSummary, flagText, levelText, NOTES_HEADING, raterLabel, spreadText, stageText } from './calibration-phrases.ts';

export function renderCalibrationText(calibration: Calibration, options: TextOptions): string {
  const { c, width } = textSetup(options);
  const lines = [...hangingWrap('', c.bold(calibrationTitle(calibration)), width), ...hangingWrap('', c.dim(calibrationSubtitle(calibration)), width), ''];
  lines.push(c.bold('Stage by rater'));
  for (const [index, rater] of calibration.raters.entries()) lines.push(...hangingWrap(`  ${index + 1}. `, `${raterLabel(rater)}: ${stageText(rater)}`, width));
  lines.push('', c.bold('Competencies'), ...hangingWrap('', flagSummary(calibration), width), '');
  const head = ['Competency', ...calibration.raters.map((_, index) => String(index + 1)), 'spread', 'flag'];
  const rows = calibration.competencies.map((competency) => [
    truncate(competency.title, 36),
    ...competency.levels.map(levelText),
    spreadText(competency.spread),
    flagText(competency.flag),
  ]);
  const numeric = calibration.raters.map((_, index) => index + 1).concat(calibration.raters.length + 1);
  const table = formatTable(head, rows, { alignRight: numeric }).trimEnd().split('\n');
  lines.push(...table.map((line) => (line.endsWith('discuss first') ? c.red(line) : line.endsWith('check') ? c.yellow(line) : line)));
  if (calibration.notes.length > 0) {
    lines.push('', c.bold(NOTES_HEADING));
    for (const entry of calibration.notes) {
      lines.push(`  ${entry.question}`);
      for (const [index, note] of entry.notes.entries()) if (note !== null) lines.push(...hangingWrap(`    ${index + 1}. `, note, width));
    }
  }
  return `${lines.join('\n')}\n`;
}
