/** Plain-text layout for the terminal report: word wrapping and block bars. */

// Colour codes take no room on screen, so they do not count towards the width.
const ANSI = /\u001b\[[0-9;]*m/g;
function visibleLength(text: string): number {
  return text.replace(ANSI, '').length;
}

/** Words of `text` in lines of at most `width` visible characters (a longer word gets a line of its own). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part !== '')) {
    if (line === '') line = word;
    else if (visibleLength(line) + 1 + visibleLength(word) <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * `text` wrapped to `width`, the first line after `first` (e.g. "  • ") and the
 * others indented to line up under it.
 */
export function hangingWrap(first: string, text: string, width: number): string[] {
  const room = Math.max(10, width - first.length);
  const pad = ' '.repeat(first.length);
  return wrap(text, room).map((line, index) => (index === 0 ? first : pad) + line);
}

/** A bar of `width` cells, `share` (0–1) of them full. */
export function blockBar(share: number, width: number): { full: string; empty: string } {
  const cells = Math.round(Math.min(1, Math.max(0, share)) * width);
  return { full: '█'.repeat(cells), empty: '░'.repeat(width - cells) };
}

/** `text` cut to `width` characters, ending in an ellipsis when cut. */
export function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/** `text` cut to `width` characters at a word boundary (mid-word only when one word is too long), ending in an ellipsis when cut. */
export function truncateWords(text: string, width: number): string {
  if (text.length <= width) return text;
  const room = text.slice(0, Math.max(0, width - 1));
  const space = room.lastIndexOf(' ');
  return `${(space > width / 2 ? room.slice(0, space) : room).replace(/[\s,;:.]+$/, '')}…`;
}
