/**
 * Runs a command in a real pseudo-terminal (a detached tmux session) so tests can
 * type keys into the built binary and read the screen. Each session has its own
 * tmux server, whose socket lives in a temporary directory of the test, and ignores
 * the user's tmux.conf, so tests neither see nor disturb anyone's tmux and leave
 * no socket behind.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { onTestFinished } from 'vitest';
import { tempDir } from './temp.ts';

export function tmuxAvailable(): boolean {
  return spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
}

/** Quotes one word for sh. */
export function shellQuote(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export interface TmuxOptions {
  /** Words of the command; each is quoted for the shell. */
  argv: string[];
  cwd: string;
  /** Added to this process's environment. */
  env?: Record<string, string>;
  width?: number;
  height?: number;
}

const EXIT_MARK = 'EXIT:';

export class TmuxSession {
  private readonly socket = `ml-career-test-${randomUUID().slice(0, 8)}`;
  /** Where tmux keeps the socket (TMUX_TMPDIR), for every tmux command of this session. */
  private readonly env: NodeJS.ProcessEnv = { ...process.env, TMUX_TMPDIR: tempDir('tmux-') };

  private constructor() {
    // Inside someone's tmux, TMUX would point the new session at their server.
    delete this.env.TMUX;
    try {
      // Registered after the socket's directory, so it runs before that directory is removed.
      onTestFinished(() => this.kill());
    } catch {
      // Started outside a test: the caller kills it.
    }
  }

  /** Starts the command; when it ends the pane prints `EXIT:<code>` and stays open to be read. */
  static start(options: TmuxOptions): TmuxSession {
    const session = new TmuxSession();
    const command = `${options.argv.map(shellQuote).join(' ')}; echo ${EXIT_MARK}$?; sleep 86400`;
    const env: NodeJS.ProcessEnv = { ...session.env, ...options.env };
    const width = String(options.width ?? 160);
    const height = String(options.height ?? 50);
    session.tmux(['-f', '/dev/null', 'new-session', '-d', '-s', 'test', '-x', width, '-y', height, '-c', options.cwd, command], env);
    return session;
  }

  /** Sends tmux key names: `Enter`, `Down`, `Space`, `C-c`, … */
  keys(...names: string[]): void {
    this.tmux(['send-keys', '-t', 'test', ...names]);
  }

  /** Types text literally. */
  type(text: string): void {
    this.tmux(['send-keys', '-t', 'test', '-l', text]);
  }

  /** Everything the pane shows, scrollback included, wrapped lines joined. */
  screen(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-S', '-', '-t', 'test']);
  }

  /** What the pane shows now, without the scrollback: its rows, lines the terminal wrapped joined, trailing spaces kept. */
  visible(): string {
    return this.tmux(['capture-pane', '-p', '-J', '-t', 'test']);
  }

  /** What the pane shows now with its colours and attributes, as escape sequences (`capture-pane -e`). */
  styled(): string {
    return this.tmux(['capture-pane', '-p', '-e', '-J', '-t', 'test']);
  }

  /** Polls the screen until `until` holds; on timeout fails with what the screen showed. */
  async waitFor(until: string | RegExp | ((screen: string) => boolean), timeoutMs = 15_000): Promise<string> {
    const test = typeof until === 'function' ? until : (screen: string) => (typeof until === 'string' ? screen.includes(until) : until.test(screen));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen();
      if (test(screen)) return screen;
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(until)}; the screen shows:\n${screen}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Waits for the command to end and returns its exit code. */
  async exitCode(timeoutMs = 15_000): Promise<number> {
    const mark = new RegExp(`^${EXIT_MARK}(\\d+)$`, 'm');
    const screen = await this.waitFor(mark, timeoutMs);
    return Number(mark.exec(screen)![1]);
  }

  kill(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore', env: this.env });
  }

  private tmux(args: string[], env?: NodeJS.ProcessEnv): string {
    const result = spawnSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8', env: env ?? this.env });
    if (result.status !== 0) throw new Error(`tmux ${args[0]} failed: ${result.stderr || result.error?.message}`);
    return result.stdout;
  }
}
