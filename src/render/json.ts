/**
 * The JSON form of any view: the view itself, two-space indented, one trailing newline. Small on purpose: scripted runs load nothing else to print it.
 * JSON.stringify leaves DEL, the C1 controls and the bidi overrides raw; they are written as \u escapes
 * (the same JSON), so that JSON printed on a terminal cannot steer it either.
 */
export function renderJson(view: unknown): string {
  return `${JSON.stringify(view, null, 2).replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}
