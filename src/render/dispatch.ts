/** One dispatcher for every view (report, comparison, team): the format picks the renderer; JSON is the view itself. */
import type { ReportFormat } from './format.ts';
import type { TextOptions } from './kit/text.ts';
import { renderJson } from './json.ts';
import { terminalSafe } from '../parse/terminal-text.ts';

interface ViewRenderers<T> {
  text(view: T, options: TextOptions): string;
  md(view: T): string;
  html(view: T): string;
}

/**
 * The view as a string in `format`; `options` (colour, width) only reach the text
 * renderer, which gets the view with every string made safe for the terminal, so
 * that no renderer can pass on a control character of the data (its own colour codes stay).
 */
export function dispatcher<T>(renderers: ViewRenderers<T>): (view: T, format: ReportFormat, options: TextOptions) => string {
  return (view, format, options) => {
    switch (format) {
      case 'text':
        return renderers.text(terminalSafe(view), options);
      case 'json':
        return renderJson(view);
      case 'md':
        return renderers.md(view);
      case 'html':
        return renderers.html(view);
    }
  };
}
