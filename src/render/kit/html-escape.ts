/** HTML escaping for text and double-quoted attribute values. */
import { terminalText } from '../../parse/terminal-text.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** `text` safe as element content or inside a double-quoted attribute; its control characters shown (terminal-text.ts), as a page shown with `cat` reaches a terminal. */
export function escapeHtml(text: string): string {
  return terminalText(text).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}
