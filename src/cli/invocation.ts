/**
 * How the person ran the program, so that a command a message tells them to run
 * works when typed as shown: `npx ml-career assess --resume` when they ran it
 * through npx (or `npm exec`, which npx is), `ml-career assess --resume` otherwise.
 *
 * npm tells a program it started through npx by setting npm_command=exec and
 * npm_lifecycle_event=npx in its environment (npm 7 and later); either is enough.
 * A program started by an npm script (`npm run …`, npm_command=run-script) is not
 * an npx run: the person typed `npm run`, not the command.
 */

const PROGRAM = 'ml-career';
/** `` `ml-career `` then a space or a line break (the help wraps between words). */
const NAMED = /`ml-career(?=\s)/g;

/** `npx ml-career` through npx, else `ml-career`. */
export function invokedAs(env: NodeJS.ProcessEnv): string {
  const throughNpx = env.npm_command === 'exec' || env.npm_lifecycle_event === 'npx';
  return throughNpx ? `npx ${PROGRAM}` : PROGRAM;
}

/** A command for the person to run, in backticks: `` `npx ml-career assess --resume` ``. */
export function commandHint(invoked: string, args: string): string {
  return `\`${invoked} ${args}\``;
}

/**
 * Messages from below the CLI (which does not see the environment) name commands
 * in backticks as `` `ml-career …` ``; this names them as the program was run.
 */
export function namingInvocation(text: string, invoked: string): string {
  return invoked === PROGRAM ? text : text.replace(NAMED, `\`${invoked}`);
}
