// Inputs for the benchmark, generated into a temporary directory from the built
// binary's own view of the rubrics, so they always fit the current rubric set.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** Runs the built CLI and returns its stdout; any failure stops the benchmark. */
export function cliOutput(cli, args) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`bench: \`ml-career ${args.join(' ')}\` exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

/** The built-in rubric set as `rubrics show --format json` prints it. */
export function builtinRubrics(cli) {
  return JSON.parse(cliOutput(cli, ['rubrics', 'show', '--format', 'json']));
}

/** A valid answer for every question; `variant` shifts the choices so answer sets differ. */
export function completeAnswers(rubrics, variant = 0) {
  const answers = {};
  for (const category of rubrics.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) answers[question.id] = answerFor(question, variant);
    }
  }
  return { rubricSet: `${rubrics.rubricSet.id}@${rubrics.rubricSet.version}`, answers };
}

function answerFor(question, variant) {
  switch (question.kind) {
    case 'scale':
      return variant % 5;
    case 'boolean':
      return variant % 2 === 0;
    case 'choice':
      return question.options[variant % question.options.length].id;
    case 'multi':
      return question.options.slice(0, variant % (question.options.length + 1)).map((option) => option.id);
    case 'number':
      return Math.min(question.max, question.min + variant);
  }
  throw new Error(`bench: unknown question kind ${question.kind}`);
}

export async function writeAnswersFiles(dir, rubrics) {
  const file = completeAnswers(rubrics, 2);
  const json = join(dir, 'answers.json');
  const yaml = join(dir, 'answers.yaml');
  await writeFile(json, `${JSON.stringify(file, null, 2)}\n`);
  await writeFile(yaml, stringify(file));
  return { json, yaml };
}

const QUESTIONS_PER_COMPETENCY = 10;
const COMPETENCIES_PER_FILE = 10;
const SOURCE = 'Benchmark › Generated';

/**
 * A rubric directory of `questions` generated questions (100 per category file), valid
 * over the built-in stages: every stage raises every competency by one level over the
 * stage it follows, except that where the ladder branches each path raises only its own
 * share of the competencies (so the paths stay apart, as the lints require).
 */
export async function writeRubricDir(dir, questions, stages) {
  await mkdir(dir, { recursive: true });
  const files = Math.ceil(questions / (QUESTIONS_PER_COMPETENCY * COMPETENCIES_PER_FILE));
  for (let file = 0; file < files; file++) {
    const category = generatedCategory(file, stages);
    const name = `bench-${String(file).padStart(5, '0')}.yaml`;
    await writeFile(join(dir, name), stringify(category, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  return files;
}

/** Expected levels for generated competency `c`: one up per stage it follows; on a branch, only the path c mod paths raises it. */
function expectationsFor(stages, c) {
  const index = new Map(stages.map((stage, i) => [stage.id, i]));
  const parentOf = (i) => (i === 0 ? -1 : stages[i].follows === undefined ? i - 1 : index.get(stages[i].follows));
  const levels = [];
  stages.forEach((stage, i) => {
    const parent = parentOf(i);
    if (parent < 0) {
      levels[i] = 0;
      return;
    }
    const siblings = stages.flatMap((_, j) => (parentOf(j) === parent ? [j] : []));
    const raises = siblings.length === 1 || siblings[c % siblings.length] === i;
    levels[i] = Math.min(4, levels[parent] + (raises ? 1 : 0));
  });
  return Object.fromEntries(stages.map((stage, i) => [stage.id, levels[i]]));
}

function generatedCategory(file, stages) {
  const id = `bench-${file}`;
  const competencies = [];
  for (let c = 0; c < COMPETENCIES_PER_FILE; c++) {
    const expectations = expectationsFor(stages, c);
    const top = Math.max(...Object.values(expectations));
    const competency = `${id}-c${c}`;
    const questions = [];
    for (let q = 0; q < QUESTIONS_PER_COMPETENCY; q++) {
      questions.push({
        id: `${competency}-q${q}`,
        kind: 'scale',
        ...(q === 0 ? { key: true } : {}),
        prompt: `How far have you gone with generated skill ${q} of competency ${c} in file ${file}?`,
        source: SOURCE,
        levels: [0, 1, 2, 3, 4].map((level) => `Has reached level ${level} of generated skill ${q}, with evidence others can check.`),
      });
    }
    const learning = [];
    for (let from = 0; from < top; from++) {
      learning.push({
        from,
        to: from + 1,
        actions: [`Practise generated skill ${c} until you reach level ${from + 1}.`],
        resources: [{ title: `Generated guide ${from + 1}`, kind: 'docs', url: 'https://example.org/guide' }],
      });
    }
    competencies.push({ id: competency, title: `Generated competency ${c}`, description: 'Generated for the benchmark.', source: SOURCE, weight: 1, expectations, questions, learning });
  }
  return { id, title: `Generated category ${file}`, description: 'Generated for the benchmark.', source: SOURCE, weight: 1, competencies };
}
