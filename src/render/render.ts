/** One entry point for every report format. */
import { dispatcher } from './dispatch.ts';
import { renderHtml } from './report/render-html.ts';
import { renderMarkdown } from './report/render-markdown.ts';
import { renderText } from './report/render-text.ts';
import type { Report } from '../contracts/report.ts';

/** The report as a string in a format; colour and width (default 80) only affect text. */
export const renderReport = dispatcher<Report>({ text: renderText, md: renderMarkdown, html: renderHtml });
