// How the benchmark (scripts/bench.mjs) runs and measures processes: a cleaned
// environment, wall time and peak memory of one run, and interleaved rounds.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Variables that change how Node itself starts, which a user's machine does not
 * have: NODE_EXTRA_CA_CERTS makes every Node process load a certificate bundle
 * (about 50 ms instead of 21 ms for `node -e 0` here), NODE_OPTIONS adds flags.
 * Every measured process runs without them, the baseline included.
 */
export const REMOVED_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];

/** The environment of every measured process: this one's, without REMOVED_VARIABLES, plus `extra`. */
export function cleanEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const name of REMOVED_VARIABLES) delete env[name];
  return env;
}

/** "NODE_EXTRA_CA_CERTS (set here, removed), NODE_OPTIONS (not set)". */
export function describeRemoved() {
  return REMOVED_VARIABLES.map((name) => `${name} (${process.env[name] === undefined ? 'not set here' : 'set here, removed'})`).join(', ');
}

const MAXRSS_HOOK = fileURLToPath(new URL('./bench-maxrss.cjs', import.meta.url));

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `node …args` once in the clean environment and returns its wall time in ms; a failed run stops the benchmark. */
export function timeOnce(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: cleanEnv(options.env), encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const expected = options.status ?? 0;
  if (result.status !== expected) {
    throw new Error(`bench: \`node ${args.join(' ')}\` exited ${result.status ?? result.signal}, expected ${expected}: ${result.stderr}`);
  }
  return ms;
}

/**
 * Peak resident set size (KiB) of one run of `node …args`, read by a small CommonJS
 * preload (`--require`, which loads no ES module machinery) as the process exits.
 */
export function peakMemoryOnce(args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ml-career-bench-rss-'));
  try {
    const file = join(dir, 'maxrss');
    timeOnce(['--require', MAXRSS_HOOK, ...args], { ...options, env: { ...options.env, ML_CAREER_BENCH_MAXRSS_FILE: file } });
    return Number(readFileSync(file, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A small seeded generator (mulberry32), so that a run's order of cases can be told and repeated. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Interleaved rounds. Each round runs every case once, in an order shuffled anew
 * each round, so that a slow moment of the machine falls on the baseline and the
 * cases alike rather than on one case's runs. The first `warmup` rounds are not
 * kept. A case with `runs` below the number of kept rounds (a slow one) takes part
 * in the first rounds only; `warmup: 0` on a case keeps all its runs.
 *
 * Each case is { name, run: () => number | Promise<number>, runs?, warmup? } and
 * its samples come back in a Map by name.
 */
export async function runRounds(cases, { rounds, warmup, seed, onRound }) {
  const next = random(seed);
  const samples = new Map(cases.map((entry) => [entry.name, []]));
  for (let round = 0; round < warmup + rounds; round++) {
    const order = cases.filter((entry) => round < (entry.warmup ?? warmup) + (entry.runs ?? rounds));
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(next() * (index + 1));
      [order[index], order[other]] = [order[other], order[index]];
    }
    for (const entry of order) {
      const value = await entry.run(round);
      if (round >= (entry.warmup ?? warmup)) samples.get(entry.name).push(value);
    }
    onRound?.(round + 1, warmup + rounds);
  }
  return samples;
}
