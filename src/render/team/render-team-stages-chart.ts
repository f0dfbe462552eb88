/** The team's stage distribution as a horizontal bar chart in inline SVG; the HTML gives the same numbers in a table. */
import type { Team } from '../../contracts/team.ts';
import { svgChart } from '../kit/html.ts';
import { escapeHtml as h } from '../kit/html-escape.ts';
import { truncate } from '../kit/text-layout.ts';

const WIDTH = 760;
const LABEL_WIDTH = 280;
const LEFT = LABEL_WIDTH + 16;
const RIGHT = WIDTH - 60;
const TOP = 10;
const ROW = 30;
const BAR = 18;
const LABEL_CHARS = 38;

export function stagesSvg(team: Team): string {
  const most = Math.max(1, ...team.stages.map((stage) => stage.people));
  const height = TOP * 2 + ROW * team.stages.length;
  const bars = team.stages.map((stage, index) => {
    const y = TOP + ROW * index;
    const length = Number((((RIGHT - LEFT) * stage.people) / most).toFixed(1));
    return (
      `<g class="bar"><text class="label" x="${LABEL_WIDTH}" y="${y + BAR / 2}" text-anchor="end" dominant-baseline="middle"><title>${h(stage.title)}</title>${h(truncate(stage.title, LABEL_CHARS))}</text>` +
      `<rect x="${LEFT}" y="${y}" width="${length}" height="${BAR}"/>` +
      `<text class="count" x="${LEFT + length + 6}" y="${y + BAR / 2}" dominant-baseline="middle">${stage.people}</text></g>`
    );
  });
  const labels = {
    titleHtml: 'People per stage',
    descHtml: `Bar chart of how many of the ${team.size} people are at each of ${team.stages.length} stages, lowest stage first. The table after the chart gives the same numbers.`,
  };
  return svgChart('stages', { width: WIDTH, height }, { name: 'bars', value: team.stages.length }, labels, [
    `<line class="tick" x1="${LEFT}" y1="${TOP - 4}" x2="${LEFT}" y2="${height - TOP + 4}"/>`,
    ...bars,
  ]);
}
