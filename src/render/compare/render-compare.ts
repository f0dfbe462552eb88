/** One entry point for every comparison format. */
import type { Comparison } from '../../contracts/comparison.ts';
import type { ReportFormat } from '../format.ts';
import { renderCompareHtml } from './render-compare-html.ts';
import { renderCompareMarkdown } from './render-compare-markdown.ts';
import { renderCompareText } from './render-compare-text.ts';

export function renderComparison(comparison: Comparison, format: ReportFormat, options: { color: boolean; width?: number }): string {
  switch (format) {
    case 'text':
      return renderCompareText(comparison, options);
    case 'json':
      return `${JSON.stringify(comparison, null, 2)}\n`;
    case 'md':
      return renderCompareMarkdown(comparison);
    case 'html':
      return renderCompareHtml(comparison);
  }
}
