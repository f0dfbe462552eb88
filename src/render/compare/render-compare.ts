/** One entry point for every comparison format. */
import type { Comparison } from '../../contracts/comparison.ts';
import { dispatcher } from '../dispatch.ts';
import { renderCompareHtml } from './render-compare-html.ts';
import { renderCompareMarkdown } from './render-compare-markdown.ts';
import { renderCompareText } from './render-compare-text.ts';

export const renderComparison = dispatcher<Comparison>({ text: renderCompareText, md: renderCompareMarkdown, html: renderCompareHtml });
