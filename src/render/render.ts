/** One entry point for every report format. */
import { dispatcher } from './dispatch.ts';
import { renderCsv } from './report/render-csv.ts';
import { renderHtml } from './report/render-html.ts';
import { renderJunit } from './report/render-junit.ts';
import { renderMarkdown } from './report/render-markdown.ts';
import { renderText } from './report/render-text.ts';
import type { Report } from '../contracts/report.ts';

export { renderMarkdownSummary } from './report/render-markdown.ts';

/** The report as a string in a format; colour and width (default 80) only affect text. */
export const renderReport = dispatcher<Report>({ text: renderText, md: renderMarkdown, html: renderHtml, csv: renderCsv, junit: renderJunit });
