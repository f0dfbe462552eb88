// `npm run bench`: what a user gets, measured on a copy of the built package against
// bare `node -e 0` measured the same way in the same rounds. Every measured process
// runs without NODE_EXTRA_CA_CERTS and NODE_OPTIONS (see bench-measure.mjs). Cases
// are interleaved: each round runs the baseline and every case once, in a shuffled
// order; the start-up cases take short rounds of their own, so that a burst of load
// from other processes meets the baseline and the cases alike, then the long cases
// take theirs. The tables give medians over the rounds and ratios of medians to the
// baseline of the same rounds. Exits 1 when a budget is missed. See README, "Performance".
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRubrics, writeAnswersFiles, writeRubricDir } from './bench-fixtures.mjs';
import { buildInquirerFloor } from './bench-floor.mjs';
import { firstQuestionOnce, floorQuestionOnce, nextQuestionTimes, ptyAvailable, ptyNodeOnce, terminalHelpOnce } from './bench-interactive.mjs';
import { describeRemoved, median, peakMemoryOnce, runRounds, timeOnce } from './bench-measure.mjs';
import { teamCase } from './bench-team.mjs';
import { ADAPTIVE_HEADER, ADAPTIVE_RESPONDENTS, adaptiveCase, adaptiveChecks, adaptiveRows } from './bench-adaptive.mjs';

/** Rounds of the start-up cases (about half a second each), and of the long ones (about ten seconds). */
const STARTUP_ROUNDS = 25;
const LONG_ROUNDS = 15;
const WARMUP = 2;
/** Sessions of the next-question case (each answers every question once). */
const PTY_SESSIONS = 5;
const NEXT_QUESTION_MS = 20;
const SCALING = [
  { questions: 500, runs: LONG_ROUNDS },
  { questions: 5000, runs: LONG_ROUNDS },
  { questions: 50000, runs: 3, warmup: 1 },
];
const VALIDATE_5000_MS = 1000;
/** "Time per question flat": the cost of a question from 5,000 to 50,000 at most this times that from 500 to 5,000. */
const FLAT_FACTOR = 1.5;
const BUDGETS = { version: 1.3, help: 1.5, assess: 2, memory: 1.5, firstQuestion: 1.5 };

const root = fileURLToPath(new URL('..', import.meta.url));
const seed = Number(process.env.ML_CAREER_BENCH_SEED ?? Date.now() % 1_000_000);
const results = [];
const started = performance.now();

/** `exact`: the measure with more digits, for a miss that rounds to its budget. */
function record(name, measured, budget, pass, exact) {
  results.push({ name, measured, budget, pass, exact });
  return pass ? 'pass' : 'FAIL';
}

const ms = (value) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(1)} ms`);
const ratio = (value) => `${value.toFixed(2)}×`;
const exact = (value) => `${value.toFixed(3)}×`;
const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(', ');

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
  console.log(`ml-career bench: Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown cpu'}), load average ${load()} at the start`);
  console.log(`Every measured process runs without ${describeRemoved()}.`);
  console.log(
    `Interleaved rounds: each runs node -e 0 and every case once, in a shuffled order (seed ${seed}); ${STARTUP_ROUNDS} rounds of the start-up cases, then ${LONG_ROUNDS} of the long ones, each after ${WARMUP} warm-up rounds.`,
  );

  const rubrics = builtinRubrics(cli);
  const answers = await writeAnswersFiles(work, rubrics);
  const questions = rubrics.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions));
  const stages = rubrics.stages.map((stage) => ({ id: stage.id, follows: stage.follows }));
  const scaling = [];
  for (const size of SCALING) {
    const dir = join(work, `rubrics-${size.questions}`);
    scaling.push({ ...size, dir, files: await writeRubricDir(dir, size.questions, stages), name: `validate ${size.questions}` });
  }
  const team = await teamCase(cli, work, rubrics);
  const pty = ptyAvailable();
  const floor = pty ? await buildInquirerFloor(work) : undefined;

  const assessJson = [cli, 'assess', '--answers', answers.json, '--format', 'json'];
  const time = (name, args, extra = {}) => ({ name, run: () => timeOnce(args), ...extra });
  const node = time('node -e 0', ['-e', '0']);
  // Short rounds of the start-up cases, so that every case of a round meets the same load.
  const startupCases = [
    node,
    time('--version', [cli, '--version']),
    time('--help', [cli, '--help']),
    time('assess json', assessJson),
    time('assess yaml', [cli, 'assess', '--answers', answers.yaml, '--format', 'json']),
    { name: 'memory node', run: () => peakMemoryOnce(['-e', '0']) },
    { name: 'memory assess', run: () => peakMemoryOnce(assessJson) },
    ...(pty
      ? [
          { name: 'pty node', run: () => ptyNodeOnce() },
          { name: 'pty first question', run: () => firstQuestionOnce(cli) },
          { name: 'pty inquirer floor', run: () => floorQuestionOnce(floor) },
          { name: 'pty help', run: () => terminalHelpOnce(cli) },
        ]
      : []),
  ];
  // Then the long cases (budgets in milliseconds), in rounds of their own with the baseline again.
  const longCases = [
    { ...node, name: 'node -e 0 (long rounds)' },
    ...scaling.map((size) => time(size.name, [cli, 'rubrics', 'validate', size.dir], { runs: size.runs, warmup: size.warmup })),
    ...(team ? [time('team', team.args)] : []),
    // Each session answers every question; a few sessions are enough, and they need no warm-up.
    ...(pty ? [{ name: 'pty next question', run: () => nextQuestionTimes(cli, questions), runs: PTY_SESSIONS, warmup: 0 }] : []),
  ];
  const progress = (kind) => (process.stderr.isTTY ? (done, total) => process.stderr.write(`\r${kind} round ${done} of ${total}…${done === total ? '\n' : ''}`) : undefined);
  const samples = new Map([
    ...(await runRounds(startupCases, { rounds: STARTUP_ROUNDS, warmup: WARMUP, seed, onRound: progress('start-up') })),
    ...(await runRounds(longCases, { rounds: LONG_ROUNDS, warmup: WARMUP, seed: seed + 1, onRound: progress('long') })),
  ]);
  const at = (name) => median(samples.get(name));

  const nodeMs = at('node -e 0');
  const longNodeMs = at('node -e 0 (long rounds)');
  const startupRow = (label, name, budget) => {
    const value = at(name);
    if (budget === undefined) return [label, ms(value), ratio(value / nodeMs), '(none)', ''];
    return [label, ms(value), ratio(value / nodeMs), `≤ ${ratio(budget)}`, record(label, ratio(value / nodeMs), `≤ ${ratio(budget)}`, value / nodeMs <= budget, exact(value / nodeMs))];
  };
  printTable(
    `Start-up: wall time, median of ${STARTUP_ROUNDS} rounds (stdout to /dev/null, stderr to a pipe)`,
    ['case', 'median', 'vs node -e 0', 'budget', 'result'],
    [
      ['node -e 0', ms(nodeMs), ratio(1), '', ''],
      startupRow('ml-career --version', '--version', BUDGETS.version),
      startupRow('ml-career --help', '--help', BUDGETS.help),
      startupRow('ml-career assess --answers <complete>.json --format json', 'assess json', BUDGETS.assess),
      startupRow('ml-career assess --answers <complete>.yaml --format json', 'assess yaml'),
    ],
  );

  const nodeMemory = at('memory node');
  const assessMemory = at('memory assess');
  printTable(
    `Peak memory: max RSS, median of ${STARTUP_ROUNDS} rounds`,
    ['case', 'max RSS', 'vs node -e 0', 'budget', 'result'],
    [
      ['node -e 0', mib(nodeMemory), ratio(1), '', ''],
      [
        'ml-career assess --answers <complete>.json --format json',
        mib(assessMemory),
        ratio(assessMemory / nodeMemory),
        `≤ ${ratio(BUDGETS.memory)}`,
        record('peak memory of the scripted assess', ratio(assessMemory / nodeMemory), `≤ ${ratio(BUDGETS.memory)}`, assessMemory / nodeMemory <= BUDGETS.memory, exact(assessMemory / nodeMemory)),
      ],
    ],
  );

  if (pty) {
    const ptyNode = at('pty node');
    const first = at('pty first question');
    const sessions = samples.get('pty next question');
    // Each transition's median over the sessions, so one slow moment of the machine is not read as a slow question.
    const perQuestion = sessions[0].map((_, index) => median(sessions.map((latencies) => latencies[index])));
    const slowest = Math.max(...perQuestion);
    printTable(
      `Interactive, in a pseudo-terminal (util-linux script): first question and --help, median of ${STARTUP_ROUNDS} rounds; next question, ${perQuestion.length} key presses × ${sessions.length} sessions`,
      ['case', 'measured', 'vs node -e 0', 'budget', 'result'],
      [
        ['node -e 0 (same terminal and shell)', ms(ptyNode), ratio(1), '', ''],
        [
          'ml-career assess: first question on screen',
          ms(first),
          ratio(first / ptyNode),
          `≤ ${ratio(BUDGETS.firstQuestion)}`,
          record('interactive: first question on screen', ratio(first / ptyNode), `≤ ${ratio(BUDGETS.firstQuestion)}`, first / ptyNode <= BUDGETS.firstQuestion, exact(first / ptyNode)),
        ],
        ['the floor: a bare @inquirer/core prompt, bundled alike (scripts/bench-floor.mjs)', ms(at('pty inquirer floor')), ratio(at('pty inquirer floor') / ptyNode), '(none)', ''],
        ['ml-career --help on a terminal (no budget: the one above is for a pipe or file)', ms(at('pty help')), ratio(at('pty help') / ptyNode), '(none)', ''],
        ['next question after the key press: median', ms(median(perQuestion)), '', '', ''],
        [
          'next question after the key press: slowest question',
          ms(slowest),
          '',
          `< ${NEXT_QUESTION_MS} ms`,
          record('interactive: next question after the key press', `slowest ${ms(slowest)}`, `< ${NEXT_QUESTION_MS} ms`, slowest < NEXT_QUESTION_MS),
        ],
      ],
    );
  } else {
    record('interactive', 'skipped: no `script` (util-linux) to make a pseudo-terminal', '', false);
    console.log('\nInteractive: cannot measure without util-linux `script`; counted as a miss.');
  }

  for (const size of scaling) size.time = at(size.name);
  const marginal = scaling.slice(1).map((size, index) => (size.time - scaling[index].time) / (size.questions - scaling[index].questions));
  const at5000 = scaling.find((size) => size.questions === 5000).time;
  const flat = Math.max(...marginal) / Math.min(...marginal);
  printTable(
    'Scaling: ml-career rubrics validate <generated dir> (merged over the built-in set; 100 scale questions per file), median',
    ['questions', 'files', 'runs', 'median', 'vs node -e 0', 'per 1,000 questions', 'each further 1,000'],
    scaling.map((size, index) => [
      size.questions.toLocaleString('en-US'),
      size.files,
      samples.get(size.name).length,
      ms(size.time),
      ratio(size.time / longNodeMs),
      ms((size.time / size.questions) * 1000),
      index === 0 ? '' : ms(marginal[index - 1] * 1000),
    ]),
  );
  const validateResult = record('rubrics validate, 5,000 questions', ms(at5000), `< ${VALIDATE_5000_MS} ms`, at5000 < VALIDATE_5000_MS);
  const flatResult = record('rubrics validate: time per question flat', `${ratio(flat)} spread`, `≤ ${ratio(FLAT_FACTOR)}`, flat <= FLAT_FACTOR);
  console.log(`5,000 questions: ${ms(at5000)} (budget < ${VALIDATE_5000_MS} ms): ${validateResult}.`);
  console.log(`The cost of a further question varies ${ratio(flat)} across sizes (budget ≤ ${ratio(FLAT_FACTOR)}): ${flatResult}.`);

  if (team) {
    const value = at('team');
    printTable(`Team: wall time, median of ${LONG_ROUNDS} rounds`, ['case', 'median', 'vs node -e 0', 'budget', 'result'], [
      [team.name, ms(value), ratio(value / longNodeMs), `< ${team.budgetMs} ms`, record(team.name, ms(value), `< ${team.budgetMs} ms`, value < team.budgetMs)],
    ]);
  } else {
    console.log('\nTeam: skipped (this build has no `ml-career team` command).');
  }

  const adaptive = await adaptiveCase(work);
  printTable(`Adaptive: questions asked of ${ADAPTIVE_RESPONDENTS.toLocaleString('en-US')} simulated respondents (see bench-adaptive.mjs)`, ADAPTIVE_HEADER, adaptiveRows(adaptive));
  for (const [name, measured, budget, pass] of adaptiveChecks(adaptive)) console.log(`${name}: ${measured} (budget ${budget}): ${record(name, measured, budget, pass)}.`);
} finally {
  await rm(work, { recursive: true, force: true });
}

const missed = results.filter((result) => !result.pass);
console.log(`\n${results.length - missed.length} of ${results.length} budgets met in ${((performance.now() - started) / 1000).toFixed(0)} s (load average at the end ${load()}).`);
for (const result of missed) console.log(`MISSED: ${result.name}: ${result.exact ?? result.measured} (budget ${result.budget})`);
process.exitCode = missed.length === 0 ? 0 : 1;
