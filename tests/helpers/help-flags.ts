/**
 * Reads flags from two places that must agree: the `--help` of a command, as
 * commander prints it, and the flag tables of the README's "## Commands" part.
 */

/** The lines of a help section ("Options:", "Commands:") up to the blank line that ends it. */
function helpSection(help: string, title: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf(`${title}:`);
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && line.trim() === '');
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The flags of a help text as written there (`-f, --format <format>`); wrapped description lines are skipped. */
export function helpFlags(help: string): string[] {
  return helpSection(help, 'Options').flatMap((line) => {
    const flags = /^ {2}(-\S.*?)(?: {2,}|$)/.exec(line)?.[1];
    return flags === undefined ? [] : [flags];
  });
}

/** The subcommands a help text lists, without commander's own `help [command]`. */
export function helpSubcommands(help: string): string[] {
  return helpSection(help, 'Commands').flatMap((line) => {
    const name = /^ {2}(\S+)/.exec(line)?.[1];
    return name === undefined || name === 'help' ? [] : [name];
  });
}

export interface ReadmeSection {
  /** The heading's text, without the #s. */
  heading: string;
  /** The first cells of its tables whose first column is "flag", without the backticks. */
  flags: string[];
}

/** The `###` and `####` sections of the README's "## Commands" part, with the flags of their tables. */
export function readmeSections(readme: string): ReadmeSection[] {
  const lines = readme.split('\n');
  const start = lines.indexOf('## Commands');
  if (start < 0) throw new Error('the README has no "## Commands" part');
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const sections: ReadmeSection[] = [];
  let inFlagTable = false;
  for (const [index, line] of lines.slice(start + 1, end < 0 ? undefined : end).entries()) {
    const heading = /^#{3,4} (.*)$/.exec(line)?.[1];
    if (heading !== undefined) {
      sections.push({ heading: heading.trim(), flags: [] });
      continue;
    }
    if (!line.startsWith('|')) {
      inFlagTable = false;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((cell) => cell.trim());
    const previous = lines[start + index];
    if (!previous?.startsWith('|')) {
      // A table's header row.
      inFlagTable = cells[0] === 'flag';
      continue;
    }
    if (!inFlagTable || /^-+$/.test(cells[0] ?? '')) continue;
    const flag = /^`([^`]+)`$/.exec(cells[0] ?? '')?.[1];
    const section = sections[sections.length - 1];
    if (flag === undefined || section === undefined) throw new Error(`README line ${start + index + 2}: a flag row whose first cell is not one \`flag\`: ${line}`);
    section.flags.push(flag);
  }
  return sections;
}

/**
 * The command a README heading is about: "Global flags" is the program itself ([]);
 * "`ml-career history show <n|file>`" is the longest known command path its words
 * start with (["history", "show"]); any other heading is about no command (undefined).
 */
export function commandOfHeading(heading: string, known: string[][]): string[] | undefined {
  if (heading === 'Global flags') return [];
  const words = /^`ml-career ([^`]*)`/.exec(heading)?.[1]?.split(/\s+/);
  if (words === undefined) return undefined;
  const matching = known.filter((path) => path.length > 0 && path.every((word, index) => words[index] === word));
  return matching.sort((a, b) => b.length - a.length)[0];
}

/** What differs between the flags of a help text and those of a README table; empty when they agree. */
export function flagDifferences(fromHelp: string[], fromReadme: string[]): string[] {
  const differences: string[] = [];
  for (const flag of fromHelp) if (!fromReadme.includes(flag)) differences.push(`only in --help: ${flag}`);
  for (const flag of fromReadme) if (!fromHelp.includes(flag)) differences.push(`only in the README: ${flag}`);
  for (const flag of new Set(fromReadme)) if (fromReadme.filter((other) => other === flag).length > 1) differences.push(`twice in the README: ${flag}`);
  return differences;
}
