/** One entry point for every team view format. */
import type { Team } from '../../contracts/team.ts';
import type { ReportFormat } from '../format.ts';
import { renderTeamHtml } from './render-team-html.ts';
import { renderTeamMarkdown } from './render-team-markdown.ts';
import { renderTeamText } from './render-team-text.ts';

export function renderTeam(team: Team, format: ReportFormat, options: { color: boolean; width?: number }): string {
  switch (format) {
    case 'text':
      return renderTeamText(team, options);
    case 'json':
      return `${JSON.stringify(team, null, 2)}\n`;
    case 'md':
      return renderTeamMarkdown(team);
    case 'html':
      return renderTeamHtml(team);
  }
}
