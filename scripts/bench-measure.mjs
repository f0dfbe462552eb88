// Timing and peak memory of whole processes, for the benchmark (scripts/bench.mjs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MAXRSS_HOOK = new URL('./bench-maxrss.mjs', import.meta.url).href;

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Runs `node …args` once and returns its wall time in ms; a failed run stops the benchmark. */
export function timeOnce(args, options = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: options.env ?? process.env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const expected = options.status ?? 0;
  if (result.status !== expected) {
    throw new Error(`bench: \`node ${args.join(' ')}\` exited ${result.status ?? result.signal}, expected ${expected}: ${result.stderr}`);
  }
  return ms;
}

/**
 * Medians of wall time for each case, `runs` runs each after `warmup` runs.
 * Cases take turns run by run, so a slow moment of the machine hits them all alike.
 */
export function timeCases(cases, { runs, warmup }) {
  const samples = new Map(cases.map((entry) => [entry.name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const entry of cases) {
      const ms = timeOnce(entry.args, entry);
      if (round >= warmup) samples.get(entry.name).push(ms);
    }
  }
  return new Map([...samples].map(([name, values]) => [name, median(values)]));
}

/** Median peak resident set size (KiB) of `node …args` over `runs` runs. */
export function peakMemory(args, { runs, env = process.env, status }) {
  const dir = mkdtempSync(join(tmpdir(), 'ml-career-bench-rss-'));
  try {
    const file = join(dir, 'maxrss');
    const values = [];
    for (let run = 0; run < runs; run++) {
      timeOnce(['--import', MAXRSS_HOOK, ...args], { env: { ...env, ML_CAREER_BENCH_MAXRSS_FILE: file }, status });
      values.push(Number(readFileSync(file, 'utf8')));
    }
    return median(values);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
