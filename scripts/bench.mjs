// `npm run bench`: the performance budgets of issue 5, measured on the built
// package as ratios to `node -e 0` run in the same session. Prints one table per
// kind of measure and exits 1 when a budget is missed. See README, "Performance".
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRubrics, writeAnswersFiles, writeRubricDir } from './bench-fixtures.mjs';
import { firstQuestionTimes, nextQuestionTimes, ptyAvailable } from './bench-interactive.mjs';
import { median, peakMemory, timeCases } from './bench-measure.mjs';
import { teamCase } from './bench-team.mjs';

const RUNS = 15;
const WARMUP = 2;
const MEMORY_RUNS = 7;
const PTY_RUNS = 15;
const PTY_SESSIONS = 5;
const NEXT_QUESTION_MS = 20;
const SCALING = [
  { questions: 500, runs: RUNS },
  { questions: 5000, runs: RUNS },
  { questions: 50000, runs: 3 },
];
const VALIDATE_5000_MS = 1000;
/** "Time per question flat": the cost of a question from 5,000 to 50,000 at most this times that from 500 to 5,000. */
const FLAT_FACTOR = 1.5;

const root = fileURLToPath(new URL('..', import.meta.url));
const results = [];
const started = performance.now();

function record(name, measured, budget, pass) {
  results.push({ name, measured, budget, pass });
}

const ms = (value) => `${value.toFixed(1)} ms`;
const ratio = (value) => `${value.toFixed(2)}×`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;

function printTable(title, header, rows) {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) => cells.map((cell, column) => String(cell).padEnd(widths[column])).join('  ').trimEnd();
  console.log(`\n${title}\n${line(header)}\n${widths.map((width) => '-'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
}

const work = await mkdtemp(join(tmpdir(), 'ml-career-bench-'));
// Every run below (and its history entry and saved progress) stays inside the work directory,
// never in the user's own state and data directories.
process.env.XDG_DATA_HOME = join(work, 'data');
process.env.XDG_STATE_HOME = join(work, 'state');
try {
  // A copy of the built package, so a rebuild in the working tree cannot change it mid-run.
  const installed = join(work, 'package');
  for (const entry of ['package.json', 'bin', 'dist', 'rubrics']) await cp(join(root, entry), join(installed, entry), { recursive: true });
  const cli = join(installed, 'bin', 'ml-career.js');
  console.log(`ml-career bench: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), ${RUNS} runs per case after ${WARMUP} warm-up runs`);
  const rubrics = builtinRubrics(cli);
  const answers = await writeAnswersFiles(work, rubrics);

  // Start-up: every case against the bare Node start measured in the same rounds.
  const startup = [
    { name: 'node -e 0', args: ['-e', '0'] },
    { name: 'ml-career --version', args: [cli, '--version'], budget: 1.3 },
    { name: 'ml-career --help', args: [cli, '--help'], budget: 1.3 },
    { name: 'ml-career assess --answers <complete>.json --format json', args: [cli, 'assess', '--answers', answers.json, '--format', 'json'], budget: 2 },
    { name: 'ml-career assess --answers <complete>.yaml --format json', args: [cli, 'assess', '--answers', answers.yaml, '--format', 'json'] },
  ];
  const medians = timeCases(startup, { runs: RUNS, warmup: WARMUP });
  const node = medians.get('node -e 0');
  printTable(
    'Start-up (wall time, median)',
    ['case', 'median', 'vs node -e 0', 'budget', 'result'],
    startup.map((entry) => {
      const value = medians.get(entry.name);
      if (entry.budget === undefined) return [entry.name, ms(value), ratio(value / node), '(no budget)', ''];
      const pass = value / node <= entry.budget;
      record(entry.name, ratio(value / node), `≤ ${ratio(entry.budget)}`, pass);
      return [entry.name, ms(value), ratio(value / node), `≤ ${ratio(entry.budget)}`, pass ? 'pass' : 'FAIL'];
    }),
  );

  const nodeMemory = peakMemory(['-e', '0'], { runs: MEMORY_RUNS });
  const assessMemory = peakMemory([cli, 'assess', '--answers', answers.json, '--format', 'json'], { runs: MEMORY_RUNS });
  const memoryPass = assessMemory / nodeMemory <= 1.5;
  record('peak memory of the scripted assess', ratio(assessMemory / nodeMemory), '≤ 1.50×', memoryPass);
  printTable(
    `Peak memory (max RSS, median of ${MEMORY_RUNS})`,
    ['case', 'max RSS', 'vs node -e 0', 'budget', 'result'],
    [
      ['node -e 0', mib(nodeMemory), ratio(1), '', ''],
      ['ml-career assess --answers <complete>.json --format json', mib(assessMemory), ratio(assessMemory / nodeMemory), '≤ 1.50×', memoryPass ? 'pass' : 'FAIL'],
    ],
  );

  if (ptyAvailable()) {
    const first = await firstQuestionTimes(cli, { runs: PTY_RUNS, warmup: 2 });
    const firstPass = first.firstQuestion / first.baseline <= 1.5;
    record('interactive: first question on screen', ratio(first.firstQuestion / first.baseline), '≤ 1.50×', firstPass);
    const questions = rubrics.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions));
    const sessions = [];
    for (let session = 0; session < PTY_SESSIONS; session++) sessions.push(await nextQuestionTimes(cli, questions));
    // Each transition's median over the sessions, so one slow moment of the machine is not read as a slow question.
    const perQuestion = sessions[0].map((_, index) => median(sessions.map((latencies) => latencies[index])));
    const slowest = Math.max(...perQuestion);
    const nextPass = slowest < NEXT_QUESTION_MS;
    record('interactive: next question after the key press', `slowest ${ms(slowest)}`, `< ${NEXT_QUESTION_MS} ms`, nextPass);
    printTable(
      `Interactive, in a pseudo-terminal (util-linux script; first question: median of ${PTY_RUNS}, next question: ${perQuestion.length} transitions × ${PTY_SESSIONS} sessions)`,
      ['case', 'measured', 'vs node -e 0', 'budget', 'result'],
      [
        ['node -e 0 (same terminal and shell)', ms(first.baseline), ratio(1), '', ''],
        ['ml-career assess: first question on screen', ms(first.firstQuestion), ratio(first.firstQuestion / first.baseline), '≤ 1.50×', firstPass ? 'pass' : 'FAIL'],
        ['next question after the key press: median', ms(median(perQuestion)), '', '', ''],
        ['next question after the key press: slowest question', ms(slowest), '', `< ${NEXT_QUESTION_MS} ms`, nextPass ? 'pass' : 'FAIL'],
      ],
    );
  } else {
    record('interactive', 'skipped: no `script` (util-linux) to make a pseudo-terminal', '', false);
    console.log('\nInteractive: cannot measure without util-linux `script`; counted as a miss.');
  }

  const stageIds = rubrics.stages.map((stage) => stage.id);
  const scaling = [];
  for (const size of SCALING) {
    const dir = join(work, `rubrics-${size.questions}`);
    const files = await writeRubricDir(dir, size.questions, stageIds);
    const name = `validate ${size.questions}`;
    const time = timeCases([{ name, args: [cli, 'rubrics', 'validate', dir] }], { runs: size.runs, warmup: 1 }).get(name);
    await rm(dir, { recursive: true, force: true });
    scaling.push({ ...size, files, time });
  }
  const marginal = scaling.slice(1).map((size, index) => (size.time - scaling[index].time) / (size.questions - scaling[index].questions));
  const at5000 = scaling.find((size) => size.questions === 5000).time;
  const flat = Math.max(...marginal) / Math.min(...marginal);
  record('rubrics validate, 5,000 questions', ms(at5000), `< ${VALIDATE_5000_MS} ms`, at5000 < VALIDATE_5000_MS);
  record('rubrics validate: time per question flat', `${ratio(flat)} spread`, `≤ ${ratio(FLAT_FACTOR)}`, flat <= FLAT_FACTOR);
  printTable(
    'Scaling: ml-career rubrics validate <generated dir> (merged over the built-in set; 100 scale questions per file)',
    ['questions', 'files', 'runs', 'median', 'per 1,000 questions', 'each further 1,000'],
    scaling.map((size, index) => [
      size.questions.toLocaleString('en-US'),
      size.files,
      size.runs,
      ms(size.time),
      ms((size.time / size.questions) * 1000),
      index === 0 ? '' : ms(marginal[index - 1] * 1000),
    ]),
  );
  console.log(`5,000 questions: ${ms(at5000)} (budget < ${VALIDATE_5000_MS} ms); the cost of a further question varies ${ratio(flat)} across sizes (budget ≤ ${ratio(FLAT_FACTOR)}).`);

  const team = await teamCase(cli, work, rubrics);
  if (team) {
    const time = timeCases([team], { runs: 15, warmup: 1 }).get(team.name);
    record(team.name, ms(time), `< ${team.budgetMs} ms`, time < team.budgetMs);
    printTable('Team', ['case', 'median', 'budget', 'result'], [[team.name, ms(time), `< ${team.budgetMs} ms`, time < team.budgetMs ? 'pass' : 'FAIL']]);
  } else {
    console.log('\nTeam: skipped (this build has no `ml-career team` command).');
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

const missed = results.filter((result) => !result.pass);
console.log(`\n${results.length - missed.length} of ${results.length} budgets met in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
for (const result of missed) console.log(`MISSED: ${result.name}: ${result.measured} (budget ${result.budget})`);
process.exitCode = missed.length === 0 ? 0 : 1;
