/** One entry point for every team view format. */
import type { Team } from '../../contracts/team.ts';
import { dispatcher } from '../dispatch.ts';
import { renderTeamCsv } from './render-team-csv.ts';
import { renderTeamHtml } from './render-team-html.ts';
import { renderTeamMarkdown } from './render-team-markdown.ts';
import { renderTeamText } from './render-team-text.ts';

export const renderTeam = dispatcher<Team>({ text: renderTeamText, md: renderTeamMarkdown, html: renderTeamHtml, csv: renderTeamCsv });
