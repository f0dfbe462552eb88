/**
 * Per-question and per-competency rules the schema cannot express: bands that
 * cover every possible answer in order, booleans where "yes" is worth at least
 * "no", anchors that name one achievement, exactly one key question, and a
 * learning step for every level to climb.
 */
import type { Problem } from '../errors.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { problemAt } from './lint-context.ts';
import type { LintInput } from './lint-context.ts';
import { MAX_EVIDENCE_LEVEL, type Band, type Competency, type Question } from '../contracts/rubric.ts';

type Path = ReadonlyArray<string | number>;

export function lintQuestions(input: LintInput): Problem[] {
  const problems: Problem[] = [];
  const questions = new Map<string, Question>();
  for (const { category } of input.categories) {
    for (const competency of category.competencies) for (const question of competency.questions) questions.set(question.id, question);
  }
  for (const { category, doc } of input.categories) {
    category.competencies.forEach((competency, c) => {
      const path = ['competencies', c];
      competency.questions.forEach((question, q) => problems.push(...lintQuestion(question, doc, [...path, 'questions', q])));
      problems.push(...lintKeyQuestion(competency, doc, path), ...lintLearning(competency, doc, path), ...lintDoneWhen(competency, questions, doc, path));
    });
  }
  return problems;
}

/**
 * A heuristic for an anchor that joins two achievements ("Has designed X and reviewed
 * others' designs"): a person who did one but not the other has no level to pick.
 */
const JOINED_REVIEW = /\band review(ed)?\b/i;
/** The comment that keeps an anchor the heuristic would refuse, on the line before it. */
const ALLOW_JOINED = /^lint:\s*allow-joined\b/;

function lintAnchors(levels: readonly string[], doc: ParsedDocument, path: Path): Problem[] {
  return levels.flatMap((anchor, level) => {
    const at = [...path, 'levels', level];
    if (!JOINED_REVIEW.test(anchor) || ALLOW_JOINED.test(doc.commentBefore?.(at) ?? '')) return [];
    return [
      problemAt(
        doc,
        at,
        `the level ${level} anchor joins two achievements with "and review…"`,
        'an anchor names one achievement a person has done: keep the one that marks this level (reviewing others\' work can be a question of its own); if the text is one achievement, put "# lint: allow-joined" on the line before the anchor',
      ),
    ];
  });
}

function lintQuestion(question: Question, doc: ParsedDocument, path: Path): Problem[] {
  switch (question.kind) {
    case 'scale':
      return lintAnchors(question.levels, doc, path);
    case 'boolean':
      return question.levelIfTrue < question.levelIfFalse
        ? [problemAt(doc, [...path, 'levelIfTrue'], `levelIfTrue (${question.levelIfTrue}) is below levelIfFalse (${question.levelIfFalse})`, 'phrase the question so that "yes" is the stronger answer')]
        : [];
    case 'choice':
      return question.role === 'evidence'
        ? question.options.flatMap((option, o) =>
            option.level > MAX_EVIDENCE_LEVEL
              ? [problemAt(doc, [...path, 'options', o, 'level'], `option "${option.id}" of an evidence question is at level ${option.level}`, `evidence never reaches the top level on its own: use at most ${MAX_EVIDENCE_LEVEL}, or make the question a behaviour question`)]
              : [],
          )
        : [];
    case 'multi':
      return lintBands(question.bands, { lowest: 0, highest: question.options.length, what: `the number of options (${question.options.length})` }, doc, path);
    case 'number':
      if (question.min >= question.max) {
        return [problemAt(doc, [...path, 'min'], `min (${question.min}) is not below max (${question.max})`, 'set min lower than max')];
      }
      return lintBands(question.bands, { lowest: question.min, highest: question.max, what: `max (${question.max})` }, doc, path);
    default:
      return [];
  }
}

function lintBands(bands: Band[], range: { lowest: number; highest: number; what: string }, doc: ParsedDocument, path: Path): Problem[] {
  const problems: Problem[] = [];
  bands.forEach((band, b) => {
    const bandPath = [...path, 'bands', b];
    const previous = bands[b - 1];
    if (!previous) {
      if (band.atLeast !== range.lowest) {
        problems.push(problemAt(doc, [...bandPath, 'atLeast'], `the first band starts at ${band.atLeast}, not at ${range.lowest}`, `start the first band at atLeast: ${range.lowest} so that every answer has a level`));
      }
    } else {
      if (band.atLeast <= previous.atLeast) {
        problems.push(problemAt(doc, [...bandPath, 'atLeast'], `band atLeast ${band.atLeast} is not above the previous band's ${previous.atLeast}`, 'list bands in strictly ascending atLeast order'));
      }
      if (band.level < previous.level) {
        problems.push(problemAt(doc, [...bandPath, 'level'], `band level ${band.level} is below the previous band's ${previous.level}`, 'a higher answer must never give a lower level'));
      }
    }
    if (band.atLeast > range.highest) {
      problems.push(problemAt(doc, [...bandPath, 'atLeast'], `band atLeast ${band.atLeast} is beyond ${range.what}`, 'no answer can reach this band: lower it or remove it'));
    }
  });
  return problems;
}

function lintKeyQuestion(competency: Competency, doc: ParsedDocument, path: Path): Problem[] {
  const keys = competency.questions.flatMap((question, q) => (question.key ? [q] : []));
  if (keys.length === 0) {
    return [problemAt(doc, [...path, 'questions'], `competency "${competency.id}" has no key question`, 'mark exactly one question with key: true (a quick run asks only key questions)')];
  }
  const evidenceKey = keys.flatMap((q) =>
    competency.questions[q]!.role === 'evidence'
      ? [problemAt(doc, [...path, 'questions', q, 'key'], `the key question of "${competency.id}" is an evidence question`, 'the key question sets the level of a quick run: make a behaviour (scale or choice) question the key one')]
      : [],
  );
  return evidenceKey.concat(keys.slice(1).map((q) =>
    problemAt(doc, [...path, 'questions', q, 'key'], `competency "${competency.id}" has more than one key question`, 'keep key: true on exactly one question'),
  ));
}

function lintLearning(competency: Competency, doc: ParsedDocument, path: Path): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<number>();
  competency.learning.forEach((step, s) => {
    if (seen.has(step.from)) {
      problems.push(problemAt(doc, [...path, 'learning', s], `duplicate learning step ${step.from}→${step.to}`, 'give each step once'));
    }
    seen.add(step.from);
  });
  const highest = Math.max(0, ...Object.values(competency.expectations));
  for (let from = 0; from < highest; from++) {
    if (!seen.has(from)) {
      problems.push(
        problemAt(doc, [...path, 'learning'], `missing learning step ${from}→${from + 1}`, `every step from 0 up to the highest expectation (${highest}) needs actions and resources`),
      );
    }
  }
  return problems;
}

/** A learning action's doneWhen names a question of the set and, for `chosen`, options that question has. */
function lintDoneWhen(competency: Competency, questions: ReadonlyMap<string, Question>, doc: ParsedDocument, path: Path): Problem[] {
  const problems: Problem[] = [];
  competency.learning.forEach((step, s) => {
    step.actions.forEach((action, a) => {
      if (typeof action === 'string') return;
      const at = [...path, 'learning', s, 'actions', a, 'doneWhen'];
      const question = questions.get(action.doneWhen.question);
      if (question === undefined) {
        problems.push(problemAt(doc, [...at, 'question'], `doneWhen names an unknown question "${action.doneWhen.question}"`, 'use the id of a question in this rubric set'));
        return;
      }
      const chosen = action.doneWhen.chosen;
      if (chosen === undefined) return;
      if (question.kind !== 'multi' && question.kind !== 'choice') {
        problems.push(problemAt(doc, [...at, 'chosen'], `doneWhen.chosen needs a multi or choice question, and "${question.id}" is ${question.kind}`, 'use atLeast for this question'));
        return;
      }
      const known = new Set(question.options.map((option) => option.id));
      chosen.forEach((id, c) => {
        if (!known.has(id)) problems.push(problemAt(doc, [...at, 'chosen', c], `"${id}" is not an option of "${question.id}"`, `options: ${[...known].join(', ')}`));
      });
    });
  });
  return problems;
}
