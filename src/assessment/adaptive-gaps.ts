/**
 * The `gaps` mode of the adaptive planner: once the stage is settled, whether the
 * top three gaps are too (the same competencies with the same gaps, in the same
 * order, for every completion of the open questions), and which question to ask
 * when they are not. The gaps are measured against a --target, else the next
 * stage, which must be settled first (with two paths after the stage, the more ready one).
 */
import { roundTo } from './round.ts';
import { compareIds } from './compare.ts';
import { childrenOf, depthOf } from '../contracts/ladder.ts';
import { shareBounds, type Given, type LevelRange, type StageModel, type StageRange } from './stage-range.ts';

/** How many gaps the `gaps` mode settles. */
export const SETTLED_GAPS = 3;

export interface GapOutlook {
  /** The stage the gaps are measured against, when every completion gives the same; else null. */
  target: number | null;
  /** True when every completion gives the same top gaps. */
  settled: boolean;
  /** Competencies whose open questions could still change the top gaps. */
  unsettled: number[];
  /** Once settled: the top gaps' competencies, in order. */
  top: number[];
}

/** The stage the report measures gaps against (a --target, else the next stage), when the answers left cannot change it. */
function settledTarget(model: StageModel, ranges: readonly LevelRange[], range: StageRange, target: number | undefined): number | null {
  if (target !== undefined) return target;
  if (!range.certain) return null;
  if (range.low < 0) return 0;
  const children = childrenOf(model.stages, range.low);
  const height = depthOf(model.stages, range.low);
  // Both paths met: no stage follows, and the gaps are measured against the stage itself.
  const alsoMet = range.surely.some((reached, index) => reached && index !== range.low && depthOf(model.stages, index) === height);
  if (children.length === 0 || alsoMet) return range.low;
  if (children.length === 1) return children[0]!;
  // The most ready path is next (list order among equals): settled when its lowest readiness beats every other's highest.
  const readiness = children.map((child) => {
    const low = shareBounds(model, ranges, child, false).share;
    const high = shareBounds(model, ranges, child, true).share;
    return { child, low: roundTo(Math.max(0, low), 3), high: roundTo(Math.max(0, high), 3) };
  });
  for (const candidate of readiness) {
    const wins = readiness.every((other) => other === candidate || candidate.low > other.high || (candidate.low === other.high && candidate.child < other.child));
    if (wins) return candidate.child;
  }
  return null;
}

interface GapKey {
  competency: number;
  /** Whether a gap is possible, and its highest and lowest priority when present. */
  present: 'never' | 'maybe' | 'always';
  high: number;
  low: number;
  fixed: boolean;
}

function gapKeys(model: StageModel, ranges: readonly LevelRange[], target: number): GapKey[] {
  const expected = model.expected[target]!;
  return model.competencies.map((competency, index) => {
    const range = ranges[index]!;
    const priority = (level: number) => roundTo(roundTo(expected[index]! - level, 2) * competency.weight, 3);
    if (range.low === null || range.high === null) return { competency: index, present: 'never', high: 0, low: 0, fixed: true };
    const canGap = range.low < expected[index]!;
    const mustGap = !range.nullable && range.high < expected[index]!;
    return {
      competency: index,
      present: !canGap ? 'never' : mustGap ? 'always' : 'maybe',
      high: canGap ? priority(range.low) : 0,
      low: mustGap ? priority(range.high) : 0,
      fixed: range.low === range.high && !range.nullable,
    };
  });
}

/** Whether the top gaps are the same for every completion, and which competencies stand in the way. */
export function gapOutlook(model: StageModel, ranges: readonly LevelRange[], range: StageRange, target: number | undefined): GapOutlook {
  const settled = settledTarget(model, ranges, range, target);
  if (settled === null) return { target: null, settled: false, unsettled: [], top: [] };
  let remaining = gapKeys(model, ranges, settled);
  const top: number[] = [];
  const id = (key: GapKey) => model.competencies[key.competency]!.id;
  for (let place = 0; place < SETTLED_GAPS; place += 1) {
    remaining = remaining.filter((key) => key.present !== 'never');
    if (remaining.length === 0) return { target: settled, settled: true, unsettled: [], top };
    // The leader: the one whose lowest standing is best; it must be certain and beat every other's best.
    const leader = remaining.reduce((a, b) => (b.low > a.low || (b.low === a.low && compareIds(id(b), id(a)) < 0) ? b : a));
    const beaten = (other: GapKey) => other === leader || other.high < leader.low || (other.high === leader.low && compareIds(id(leader), id(other)) < 0);
    if (leader.present !== 'always' || !leader.fixed || !remaining.every(beaten)) {
      const unsettled = remaining.filter((key) => !key.fixed && (key === leader || !beaten(key))).map((key) => key.competency);
      return { target: settled, settled: false, unsettled: unsettled.length > 0 ? unsettled : remaining.filter((key) => !key.fixed).map((key) => key.competency), top };
    }
    top.push(leader.competency);
    remaining = remaining.filter((key) => key !== leader);
  }
  return { target: settled, settled: true, unsettled: [], top };
}

/** An open behaviour question of the competencies that keep the gaps unsettled: the one with the most swing. */
export function gapQuestion(model: StageModel, given: Given, competencies: readonly number[]): number | null {
  const wanted = new Set(competencies);
  let best: { index: number; swing: number } | undefined;
  model.questions.forEach((entry, index) => {
    if (!entry.behaviour || given[index] !== undefined || (wanted.size > 0 && !wanted.has(entry.competency))) return;
    const swing = entry.weight * Math.max(model.competencies[entry.competency]!.weight, 0.001) * (entry.key ? 2 : 1);
    if (best === undefined || swing > best.swing) best = { index, swing };
  });
  return best?.index ?? null;
}


/**
 * An open question whose answer decides whether a learning action of a top gap is
 * suggested (its `doneWhen`), or null: asked so that the top gaps' suggestions are
 * the full run's. Evidence questions shape suggestions this way, never the stage.
 */
export function suggestionQuestion(model: StageModel, given: Given, ranges: readonly LevelRange[], outlook: GapOutlook): number | null {
  if (outlook.target === null) return null;
  const expected = model.expected[outlook.target]!;
  for (const competency of outlook.top) {
    const level = ranges[competency]!.low;
    if (level === null) continue;
    // The steps a gap lists: from its level up to the expectation (gaps.ts, stepsBetween).
    for (const step of model.competencies[competency]!.source.learning) {
      if (step.from < Math.floor(level) || step.from >= expected[competency]!) continue;
      for (const action of step.actions) {
        if (typeof action === 'string') continue;
        const index = model.questionIndex.get(action.doneWhen.question);
        if (index !== undefined && given[index] === undefined) return index;
      }
    }
  }
  return null;
}
