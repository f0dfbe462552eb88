// The adaptive case of `npm run bench` (issue 12): the respondent simulator's 2,000
// respondents, spread evenly over "below entry" and every stage, each answered by
// the planner of `assess --adaptive` until its stage is settled. Questions asked by
// group, next to the full run, the quick run and an oracle that chooses each question
// knowing every answer (a greedy estimate of the floor the measurement model sets).
// The study itself is TypeScript (tests/helpers/adaptive-study.ts); it is bundled here
// with esbuild, as the build bundles the CLI, and run in this process.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ADAPTIVE_RESPONDENTS = 2000;
/** Mean questions asked as a share of the full run's: over everyone, and for the lead and director groups. */
export const ADAPTIVE_BUDGETS = { all: 0.5, leadDirector: 0.65, nextQuestionMs: 20 };
const SEED = 12;

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs the study in `work` (a scratch directory); returns the rows and the budget lines to print. */
export async function adaptiveCase(work, mode = 'stage') {
  const bundle = await build({
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    stdin: {
      contents: [
        "export { adaptiveStudy } from './tests/helpers/adaptive-study.ts';",
        "export { readRubricDir } from './src/io/read-rubric-dir.ts';",
        "export { loadRubricSet } from './src/rubric/load.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
  });
  const file = join(work, 'bench-adaptive-study.mjs');
  await writeFile(file, bundle.outputFiles[0].contents);
  const { adaptiveStudy, readRubricDir, loadRubricSet } = await import(pathToFileURL(file).href);
  const set = loadRubricSet(await readRubricDir(join(root, 'rubrics')));
  return { mode, ...adaptiveStudy(set, { count: ADAPTIVE_RESPONDENTS, seed: SEED, mode }) };
}

const pct = (value) => `${(value * 100).toFixed(0)}%`;
const one = (value) => value.toFixed(1);

/** The table rows: one per group, then everyone. */
export function adaptiveRows(study) {
  return [...study.rows, study.all].map((row) => [
    row.group,
    row.respondents,
    row.full,
    `${row.quick} (${pct(row.quickAgreement)})`,
    `${one(row.adaptive.mean)} / ${row.adaptive.median} / ${row.adaptive.p90}`,
    pct(row.adaptive.mean / row.full),
    `${one(row.oracle.mean)} / ${row.oracle.median} / ${row.oracle.p90}`,
    pct(row.agreement),
  ]);
}

export const ADAPTIVE_HEADER = ['group', 'respondents', 'full', 'quick (agrees)', 'adaptive mean / median / p90', 'of full', 'oracle mean / median / p90', 'agrees'];

/** The budget checks: [name, measured, budget, pass]. */
export function adaptiveChecks(study) {
  const { all } = study;
  const top = study.rows.filter((row) => row.group === 'lead' || row.group === 'director');
  const worstTop = Math.max(...top.map((row) => row.adaptive.mean / row.full));
  const agreement = Math.min(all.agreement, ...study.rows.map((row) => row.agreement));
  return [
    [`adaptive (${study.mode}): mean questions, everyone`, pct(all.adaptive.mean / all.full), `≤ ${pct(ADAPTIVE_BUDGETS.all)}`, all.adaptive.mean / all.full <= ADAPTIVE_BUDGETS.all],
    [`adaptive (${study.mode}): mean questions, lead and director`, pct(worstTop), `≤ ${pct(ADAPTIVE_BUDGETS.leadDirector)}`, worstTop <= ADAPTIVE_BUDGETS.leadDirector],
    [`adaptive (${study.mode}): stage agreement with the full run`, pct(agreement), '100%', agreement === 1],
    [
      `adaptive (${study.mode}): choosing the next question, slowest (median of 5 timings; of all ${study.steps.toLocaleString('en-US')} timed once: p99 ${study.p99StepMs.toFixed(1)} ms, max ${study.slowestStepMs.toFixed(1)} ms)`,
      `${study.slowestMedianStepMs.toFixed(1)} ms`,
      `< ${ADAPTIVE_BUDGETS.nextQuestionMs} ms`,
      study.slowestMedianStepMs < ADAPTIVE_BUDGETS.nextQuestionMs,
    ],
  ];
}

// Run on its own (`node scripts/bench-adaptive.mjs [stage|gaps]`): the table only, exit 1 on a missed budget.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { mkdtemp, rm } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const work = await mkdtemp(join(tmpdir(), 'ml-career-bench-adaptive-'));
  try {
    const study = await adaptiveCase(work, process.argv[2] ?? 'stage');
    const rows = adaptiveRows(study);
    const widths = ADAPTIVE_HEADER.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
    const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
    console.log([line(ADAPTIVE_HEADER), ...rows.map(line)].join('\n'));
    const checks = adaptiveChecks(study);
    for (const [name, measured, budget, pass] of checks) console.log(`${name}: ${measured} (budget ${budget}): ${pass ? 'pass' : 'FAIL'}`);
    process.exitCode = checks.every((check) => check[3]) ? 0 : 1;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
