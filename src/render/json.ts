/** The JSON form of any view: the view itself, two-space indented, one trailing newline. Small on purpose: scripted runs load nothing else to print it. */
export function renderJson(view: unknown): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
