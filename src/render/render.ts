/** One entry point for every report format. */
import type { ReportFormat } from './format.ts';
import { renderHtml } from './report/render-html.ts';
import { renderJson } from './report/render-json.ts';
import { renderMarkdown } from './report/render-markdown.ts';
import { renderText } from './report/render-text.ts';
import type { Report } from '../contracts/report.ts';

/** The report as a string in `format`; `color` only affects text, `width` only text (default 80). */
export function renderReport(report: Report, format: ReportFormat, options: { color: boolean; width?: number }): string {
  switch (format) {
    case 'text':
      return renderText(report, options);
    case 'json':
      return renderJson(report);
    case 'md':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report);
  }
}
