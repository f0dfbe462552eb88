/** The calibration as Markdown, for the 1:1 document. */
import type { Calibration } from '../../contracts/calibration.ts';
import { markdownList, markdownTable } from '../kit/markdown.ts';
import { escapeMarkdown as md } from '../kit/markdown-escape.ts';
import { calibrationSubtitle, calibrationTitle, flagSummary, flagText, levelText, NOTES_HEADING, raterLabel, spreadText, stageText } from './calibration-phrases.ts';

export function renderCalibrationMarkdown(calibration: Calibration): string {
  const raters = calibration.raters.map((rater) => md(raterLabel(rater)));
  const stages = calibration.raters.map((rater, index) => [raters[index]!, md(stageText(rater))]);
  const rows = calibration.competencies.map((competency) => [
    md(competency.title),
    ...competency.levels.map(levelText),
    spreadText(competency.spread),
    competency.flag === null ? '' : `**${flagText(competency.flag)}**`,
  ]);
  const lines = [
    `# ${md(calibrationTitle(calibration))}`,
    '',
    md(calibrationSubtitle(calibration)),
    '',
    '## Stage by rater',
    '',
    markdownTable(['Rater', 'Stage'], ['left', 'left'], stages),
    '',
    '## Competencies',
    '',
    md(flagSummary(calibration)),
    '',
    markdownTable(['Competency', ...raters, 'Spread', 'Flag'], ['left', ...raters.map(() => 'right' as const), 'right', 'left'], rows),
  ];
  if (calibration.notes.length > 0) {
    lines.push('', `## ${NOTES_HEADING}`, '');
    for (const entry of calibration.notes) {
      const notes = entry.notes.flatMap((note, index) => (note === null ? [] : [`${raters[index]!}: ${md(note)}`]));
      lines.push(`- \`${entry.question.replaceAll('`', '')}\``, markdownList(notes, '  '));
    }
  }
  return `${lines.join('\n')}\n`;
}
