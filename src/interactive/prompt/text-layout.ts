/**
 * Fitting text to a terminal's width without breaking words: wrapping at spaces,
 * and shortening to one line at a space with an ellipsis. Plain text only (style
 * it after laying it out); one character is one column, which holds for the
 * rubrics' Latin text and the symbols the questionnaire draws.
 */

const ELLIPSIS = '…';

/** Columns the text takes (code points: "…" and "›" are one each). */
export function columns(text: string): number {
  return [...text].length;
}

/**
 * The text in lines of at most `width` columns, broken only at spaces; runs of
 * spaces collapse. A single word longer than the width is the one thing cut,
 * because it cannot fit any other way.
 */
export function wrapWords(text: string, width: number): string[] {
  const limit = Math.max(1, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((part) => part.length > 0)) {
    if (line === '') line = word;
    else if (columns(line) + 1 + columns(word) <= limit) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (columns(line) > limit) {
      const chars = [...line];
      lines.push(chars.slice(0, limit).join(''));
      line = chars.slice(limit).join('');
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * The text on one line of at most `width` columns: whole if it fits, else cut at
 * the last space that leaves room for "…" (a comma or semicolon before the cut is
 * dropped). Only a single word wider than the line is cut inside the word.
 */
export function shorten(text: string, width: number): string {
  const flat = text.split(/\s+/).filter((part) => part.length > 0).join(' ');
  if (columns(flat) <= width) return flat;
  const room = Math.max(0, width - columns(ELLIPSIS));
  const chars = [...flat];
  // The last space at or before `room` ends the words that fit.
  let cut = -1;
  for (let index = Math.min(room, chars.length - 1); index > 0; index -= 1) {
    if (chars[index] === ' ') {
      cut = index;
      break;
    }
  }
  // One word wider than the line: nothing to do but cut it.
  const kept = cut === -1 ? chars.slice(0, room).join('') : chars.slice(0, cut).join('');
  return `${kept.replace(/[,;:]$/, '')}${ELLIPSIS}`;
}

/** Wraps `text` with `first` before its first line and as many spaces before the others. */
export function hangingIndent(first: string, text: string, width: number): string[] {
  const indent = ' '.repeat(columns(first));
  return wrapWords(text, width - columns(first)).map((line, index) => `${index === 0 ? first : indent}${line}`);
}
