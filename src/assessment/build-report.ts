/**
 * The report model: everything a renderer shows, computed once from the rubric
 * set and the answers. Pure and deterministic: the same inputs give a deep-equal report.
 */
import type { Answers } from '../contracts/answers.ts';
import { expectationAt } from './expectation.ts';
import { actionsToDo, gapsFor, strengthsFor, type AnswerLookup, type Expected } from './gaps.ts';
import { shortestPath } from './shortest-path.ts';
import { depthOf, stageSalaries } from '../contracts/ladder.ts';
import { stageBounds } from './stage-bounds.ts';
import type { CompetencyLevel } from './score.ts';
import { levelForAnswer } from './level.ts';
import { roundTo } from './round.ts';
import { missingAnswers, questionsInScope } from './scope.ts';
import { scoreAnswers } from './score.ts';
import { assessStage, effectiveWeight, pathCandidates, readinessFor, stageAt, type StageAssessment } from './stage.ts';
import { quote, UsageError } from '../errors.ts';
import { trackById, trackWeight, withTrackExpectations } from './track.ts';
import { trackFits } from './track-fit.ts';
import type { PathStep, Report } from '../contracts/report.ts';
import { REPORT_SCHEMA_VERSION } from '../contracts/report-version.ts';
import type { RubricSet } from '../contracts/rubric.ts';
import type { Rater } from '../contracts/report.ts';

export interface ReportOptions {
  quick: boolean;
  /** Category ids; undefined or empty means every category. */
  only?: string[];
  /** A stage id to measure the gaps against; defaults to the next stage. */
  target?: string;
  /** A track id: its expectations replace the ladder's where it has them, and its weights order the gaps. */
  track?: string;
  subject?: string;
  /** Who answered, when not the subject themself (or when named); absent for a plain self-assessment. */
  rater?: Rater;
  /** An adaptive run: its mode and the question ids it asked, in order. */
  adaptive?: { mode: 'stage' | 'gaps'; asked: readonly string[] };
  /** Question ids whose answers were carried over from an earlier run. */
  carried?: ReadonlySet<string>;
  generatedAt: Date;
  toolVersion: string;
}

function stageIndexOf(set: RubricSet, id: string): number {
  const index = set.stages.findIndex((stage) => stage.id === id);
  if (index < 0) {
    throw new UsageError(`unknown stage ${quote(id)} in --target`, `stages: ${set.stages.map((stage) => stage.id).join(', ')}`);
  }
  return index;
}

function bound(set: RubricSet, index: number): Report['stage']['bounds']['low'] {
  const stage = stageAt(set, Math.max(0, index));
  return { id: stage.id, title: stage.title, met: index >= 0 };
}

function reportStage(set: RubricSet, assessment: StageAssessment, bounds: Report['stage']['bounds']): Report['stage'] {
  const { index, met } = assessment;
  const stage = stageAt(set, index);
  const salaries = stageSalaries(stage);
  return {
    id: stage.id,
    title: stage.title,
    alsoKnownAs: [...stage.alsoKnownAs],
    index,
    years: stage.years.max === undefined ? { min: stage.years.min } : { min: stage.years.min, max: stage.years.max },
    height: depthOf(set.stages, index),
    salaries: salaries.map((salary) => ({ ...salary })),
    met,
    alsoMet: assessment.alsoMet.map((other) => ({ id: stageAt(set, other).id, title: stageAt(set, other).title })),
    bounds,
  };
}

/** The shortest path to meeting `stage`, each step with the first action still to do from its level. */
/** The shortest path to meeting stage `index`, each step with the first action still to do from its level. */
function pathTo(set: RubricSet, levels: readonly CompetencyLevel[], index: number, lookup: AnswerLookup): PathStep[] {
  const candidates = pathCandidates(levels, set, index);
  // With nothing weighted assessed there is no level to raise: answering is the first step.
  if (candidates.length === 0) return [];
  const byId = new Map(levels.map((entry) => [entry.competency.id, entry]));
  return shortestPath(candidates, set.attainment).map((step) => {
    const entry = byId.get(step.id)!;
    const learning = entry.competency.learning.find((candidate) => candidate.from === step.from);
    const action = learning ? (actionsToDo(learning.actions, lookup)[0] ?? null) : null;
    return { competency: step.id, title: entry.competency.title, category: entry.category.id, from: step.from, to: step.to, action };
  });
}

export function buildReport(rubricSet: RubricSet, answers: Answers, options: ReportOptions): Report {
  const track = options.track === undefined ? undefined : trackById(rubricSet, options.track);
  const set = track ? withTrackExpectations(rubricSet, track) : rubricSet;
  const only = options.only && options.only.length > 0 ? [...options.only] : undefined;
  const scope = questionsInScope(set, { quick: options.quick, ...(only ? { only } : {}) });
  const targetIndexGiven = options.target === undefined ? undefined : stageIndexOf(set, options.target);

  const scores = scoreAnswers(set, answers, scope);
  const assessment = assessStage(scores.competencies, set);
  const targetIndex = targetIndexGiven ?? assessment.next?.index ?? assessment.index;
  const stageNow = stageAt(set, assessment.index);
  const target = stageAt(set, targetIndex);

  const competenciesInScope = new Set(scope.map((entry) => entry.competency.id));
  const categoriesInScope = new Set(scope.map((entry) => entry.category.id));
  const inScope = scores.competencies.filter((entry) => competenciesInScope.has(entry.competency.id));

  const lookup: AnswerLookup = {
    answers,
    questions: new Map(set.categories.flatMap((category) => category.competencies.flatMap((competency) => competency.questions.map((question) => [question.id, question] as const)))),
  };
  const assessed: Expected[] = [];
  const competencies: Report['competencies'] = inScope.map((entry) => {
    const expected = expectationAt(entry.competency, target);
    const expectedNow = expectationAt(entry.competency, stageNow);
    if (entry.level !== null) assessed.push({ entry: { ...entry, level: entry.level }, expected, expectedNow });
    return {
      id: entry.competency.id,
      title: entry.competency.title,
      category: entry.category.id,
      weight: effectiveWeight(entry),
      level: entry.level,
      mean: entry.mean,
      expected,
      expectedNow,
      gap: entry.level === null ? 0 : roundTo(Math.max(0, expected - entry.level), 2),
      ...(entry.competency.alignments === undefined ? {} : { alignments: entry.competency.alignments }),
    };
  });

  const given: Report['answers'] = {};
  const evidence: Report['evidence'] = [];
  for (const { question, competency, category } of scope) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    const value = Array.isArray(answer.value) ? [...answer.value] : answer.value;
    const level = levelForAnswer(question, answer.value);
    given[question.id] = {
      value,
      ...(answer.note === undefined ? {} : { note: answer.note }),
      level,
      role: question.role,
      ...(options.carried?.has(question.id) === true ? { carried: true as const } : {}),
    };
    if (question.role === 'evidence') {
      evidence.push({ question: question.id, competency: competency.id, category: category.id, prompt: question.prompt, value: Array.isArray(value) ? [...value] : value, level });
    }
  }

  const missing = missingAnswers(scope, answers);
  const nextPath = assessment.next === null ? undefined : pathTo(set, inScope, assessment.next.index, lookup);
  const bounds = stageBounds(set, answers, new Set(scope.map((entry) => entry.question.id)), only, assessment.met ? assessment.index : -1);
  const next = assessment.next;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'ml-career', version: options.toolVersion },
    generatedAt: options.generatedAt.toISOString(),
    subject: options.subject ?? null,
    ...(options.rater === undefined ? {} : { rater: options.rater }),
    rubricSet: { id: set.info.id, title: set.info.title, version: set.info.version, digest: set.info.digest },
    scope: {
      quick: options.quick,
      only: only ?? null,
      questions: scope.length,
      weighted: scope.some((entry) => entry.category.weight * entry.competency.weight > 0),
      ...(options.adaptive === undefined ? {} : { adaptive: options.adaptive.mode }),
    },
    ...(options.adaptive === undefined ? {} : { asked: [...options.adaptive.asked] }),
    complete: missing.length === 0,
    missing,
    attainment: { coverage: set.attainment.coverage, maxShortfall: set.attainment.maxShortfall, nearMissCredit: set.attainment.nearMissCredit },
    stage: reportStage(set, assessment, {
      low: bound(set, bounds.low),
      high: bound(set, bounds.high),
      possible: bounds.possible.map((index) => bound(set, index)),
      certain: bounds.certain,
      open: bounds.open,
    }),
    nextStage: next
      ? {
          id: stageAt(set, next.index).id,
          title: stageAt(set, next.index).title,
          index: next.index,
          readiness: next.readiness,
          blockers: next.blockers,
          path: nextPath!,
          definingReadiness: next.definingReadiness,
          alternatives: assessment.otherNext.map((other) => ({
            id: stageAt(set, other.index).id,
            title: stageAt(set, other.index).title,
            index: other.index,
            readiness: other.readiness,
          })),
        }
      : null,
    target: {
      id: target.id,
      title: target.title,
      readiness: readinessFor(scores.competencies, set, targetIndex).readiness,
      path: nextPath !== undefined && next?.index === targetIndex ? nextPath : pathTo(set, inScope, targetIndex, lookup),
    },
    overall: { score: scores.overall },
    categories: scores.categories
      .filter((entry) => categoriesInScope.has(entry.category.id))
      .map((entry) => ({ id: entry.category.id, title: entry.category.title, weight: entry.category.weight, score: entry.score })),
    competencies,
    gaps: track ? gapsFor(assessed, lookup, (entry) => trackWeight(track, entry.competency.id)) : gapsFor(assessed, lookup),
    strengths: strengthsFor(assessed),
    evidence,
    answers: given,
    track: track ? { id: track.id, title: track.title } : null,
    tracks: trackFits(set.tracks, scores.competencies, { answers, inScope: new Set(scope.map((entry) => entry.question.id)) }),
  };
}
