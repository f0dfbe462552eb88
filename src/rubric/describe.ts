/**
 * What `rubrics list` and `rubrics show` print: a table of categories and the
 * fully resolved rubric (defaults applied) as plain JSON with a fixed key order.
 */
import { estimatedMinutes } from './estimate.ts';
import type { Category, Competency, Question, RubricSet } from '../contracts/rubric.ts';
import type { Track } from '../contracts/tracks.ts';

interface RubricTableRow {
  id: string;
  title: string;
  competencies: number;
  questions: number;
  keyQuestions: number;
  minutes: number;
  quickMinutes: number;
}

/** One row per category, then a total row computed from all questions (not a sum of rounded rows). */
export function rubricTable(set: RubricSet): RubricTableRow[] {
  const rows = set.categories.map((category) => tableRow(category.id, category.title, category.competencies));
  return [...rows, tableRow('total', '', set.categories.flatMap((category) => category.competencies))];
}

function tableRow(id: string, title: string, competencies: readonly Competency[]): RubricTableRow {
  const questions = competencies.flatMap((competency) => competency.questions);
  const keyQuestions = questions.filter((question) => question.key);
  return {
    id,
    title,
    competencies: competencies.length,
    questions: questions.length,
    keyQuestions: keyQuestions.length,
    minutes: estimatedMinutes(questions),
    quickMinutes: estimatedMinutes(keyQuestions),
  };
}

export function resolvedRubricJson(set: RubricSet): object {
  return {
    rubricSet: { id: set.info.id, title: set.info.title, version: set.info.version, digest: set.info.digest },
    attainment: { coverage: set.attainment.coverage, maxShortfall: set.attainment.maxShortfall, nearMissCredit: set.attainment.nearMissCredit },
    stages: set.stages.map((stage) => ({
      id: stage.id,
      ...(stage.follows === undefined ? {} : { follows: stage.follows }),
      title: stage.title,
      alsoKnownAs: stage.alsoKnownAs,
      summary: stage.summary,
      source: stage.source,
      years: stage.years,
      ...(stage.salary ? { salary: stage.salary } : {}),
    })),
    categories: set.categories.map((category) => resolvedCategory(category, set)),
    tracks: set.tracks.map((track) => resolvedTrack(track, set)),
  };
}

/** A track with every competency's weight (0 where the file leaves it out), in rubric order. */
function resolvedTrack(track: Track, set: RubricSet): object {
  const competencies = set.categories.flatMap((category) => category.competencies.map((competency) => competency.id));
  const expectations = competencies.filter((id) => track.expectations[id] !== undefined);
  return {
    id: track.id,
    title: track.title,
    summary: track.summary,
    source: track.source,
    weights: Object.fromEntries(competencies.map((id) => [id, track.weights[id] ?? 0])),
    questions: track.questions,
    // In ladder order, whatever order the file used.
    expectations: Object.fromEntries(
      expectations.map((id) => [id, Object.fromEntries(set.stages.filter((stage) => track.expectations[id]?.[stage.id] !== undefined).map((stage) => [stage.id, track.expectations[id]?.[stage.id]]))]),
    ),
  };
}

/** The fields a category and a competency share, in the order `rubrics show` prints them. */
function described(item: Category | Competency): object {
  return { id: item.id, title: item.title, description: item.description, source: item.source, weight: item.weight };
}

function resolvedCategory(category: Category, set: RubricSet): object {
  return {
    ...described(category),
    competencies: category.competencies.map((competency) => resolvedCompetency(competency, set)),
  };
}

function resolvedCompetency(competency: Competency, set: RubricSet): object {
  return {
    ...described(competency),
    // In ladder order, whatever order the file used.
    expectations: Object.fromEntries(set.stages.map((stage) => [stage.id, competency.expectations[stage.id]])),
    questions: competency.questions.map(resolvedQuestion),
    learning: competency.learning.map((step) => ({ from: step.from, to: step.to, actions: step.actions, resources: step.resources })),
  };
}

function resolvedQuestion(question: Question): object {
  const common = {
    id: question.id,
    kind: question.kind,
    key: question.key,
    allowNA: question.allowNA,
    prompt: question.prompt,
    ...(question.help !== undefined ? { help: question.help } : {}),
    weight: question.weight,
    source: question.source,
  };
  switch (question.kind) {
    case 'scale':
      return { ...common, levels: question.levels };
    case 'choice':
      return { ...common, options: question.options };
    case 'multi':
      return { ...common, options: question.options, bands: question.bands };
    case 'number':
      return { ...common, unit: question.unit, min: question.min, max: question.max, bands: question.bands };
    case 'boolean':
      return { ...common, levelIfTrue: question.levelIfTrue, levelIfFalse: question.levelIfFalse };
  }
}
