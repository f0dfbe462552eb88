/** The calibration as one self-contained HTML file. */
import type { Calibration } from '../../contracts/calibration.ts';
import { escapeHtml as h } from '../kit/html-escape.ts';
import { htmlList, htmlSection } from '../kit/html.ts';
import { htmlPage } from '../kit/html-page.ts';
import { calibrationSubtitle, calibrationTitle, flagSummary, flagText, levelText, NOTES_HEADING, raterLabel, spreadText, stageText } from './calibration-phrases.ts';

const STYLE = `
tr.discuss-first td.flag { color: var(--bad); font-weight: 600; }
tr.check td.flag { font-weight: 600; }
`;

export function renderCalibrationHtml(calibration: Calibration): string {
  const raters = calibration.raters.map(raterLabel);
  const stageRows = calibration.raters.map((rater, index) => `<tr><th scope="row">${h(raters[index]!)}</th><td>${h(stageText(rater))}</td></tr>`);
  const rows = calibration.competencies.map(
    (competency) =>
      `<tr${competency.flag === null ? '' : ` class="${competency.flag}"`}><th scope="row">${h(competency.title)}</th>` +
      competency.levels.map((level) => `<td class="num">${h(levelText(level))}</td>`).join('') +
      `<td class="num">${h(spreadText(competency.spread))}</td><td class="flag">${h(flagText(competency.flag))}</td></tr>`,
  );
  const sections = [
    `<header><h1>${h(calibrationTitle(calibration))}</h1><p class="subtitle">${h(calibrationSubtitle(calibration))}</p></header>`,
    htmlSection('stages', 'Stage by rater', [`<table><thead><tr><th scope="col">Rater</th><th scope="col">Stage</th></tr></thead><tbody>${stageRows.join('')}</tbody></table>`]),
    htmlSection('competencies', 'Competencies', [
      `<p>${h(flagSummary(calibration))}</p>`,
      `<table class="calibration"><thead><tr><th scope="col">Competency</th>${raters.map((rater) => `<th scope="col" class="num">${h(rater)}</th>`).join('')}<th scope="col" class="num">Spread</th><th scope="col">Flag</th></tr></thead>`,
      `<tbody>${rows.join('\n')}</tbody></table>`,
    ]),
  ];
  if (calibration.notes.length > 0) {
    const items = calibration.notes.map((entry) => {
      const notes = entry.notes.flatMap((note, index) => (note === null ? [] : [`<strong>${h(raters[index]!)}</strong>: ${h(note)}`]));
      return `<code>${h(entry.question)}</code>${htmlList(notes)}`;
    });
    sections.push(htmlSection('notes', NOTES_HEADING, [htmlList(items)]));
  }
  return htmlPage(calibrationTitle(calibration), sections.join('\n'), STYLE);
}
