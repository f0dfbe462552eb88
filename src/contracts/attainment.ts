/**
 * The stage rule's arithmetic, in one place for scoring and for the ladder lints.
 *
 * A stage is met when
 *  (a) the credit share of the weighted competencies reaches `coverage`, where a
 *      competency at or above the stage's expectation earns full credit and one
 *      exactly one level short earns `nearMissCredit`;
 *  (b) for a stage that is one of several paths from the same stage (an architect
 *      and a director after a lead), the same share over the competencies it raises
 *      above that stage (what defines the path) reaches `coverage` too, so the two
 *      paths can be told apart; and
 *  (c) none is more than `maxShortfall` levels short.
 * Levels are whole levels, so a mean of answers meets an expectation exactly when it
 * rounds to it (see wholeLevel).
 */

export interface AttainmentRule {
  coverage: number;
  maxShortfall: number;
  nearMissCredit: number;
}

export interface WeightedLevel {
  level: number;
  expected: number;
  weight: number;
  /** True when the stage is one of several paths and raises this competency above the stage it follows. */
  defining?: boolean;
}

/** Shares are sums of products of weights; this keeps 0.7999999… from failing a 0.8 coverage. */
export const SHARE_TOLERANCE = 1e-9;

/** The share of a competency's weight that its level earns at a stage: 1, `nearMissCredit` one level short, else 0. */
export function creditFor(level: number, expected: number, rule: AttainmentRule): number {
  if (level >= expected) return 1;
  return expected - level <= 1 ? rule.nearMissCredit : 0;
}

export interface StageStanding {
  met: boolean;
  /** The weighted credit share over every competency, 0–1. */
  share: number;
  /** The weighted credit share over the competencies the stage raises, 0–1 (1 when it raises none). */
  definingShare: number;
  /** True when some competency is more than maxShortfall levels short. */
  tooFarShort: boolean;
}

export function stageStanding(entries: readonly WeightedLevel[], rule: AttainmentRule): StageStanding {
  let total = 0;
  let credit = 0;
  let definingTotal = 0;
  let definingCredit = 0;
  let tooFarShort = false;
  for (const entry of entries) {
    const earned = entry.weight * creditFor(entry.level, entry.expected, rule);
    total += entry.weight;
    credit += earned;
    if (entry.defining === true) {
      definingTotal += entry.weight;
      definingCredit += earned;
    }
    if (entry.expected - entry.level > rule.maxShortfall) tooFarShort = true;
  }
  const share = total === 0 ? 0 : credit / total;
  const definingShare = definingTotal === 0 ? 1 : definingCredit / definingTotal;
  const met = total > 0 && !tooFarShort && share + SHARE_TOLERANCE >= rule.coverage && definingShare + SHARE_TOLERANCE >= rule.coverage;
  return { met, share, definingShare, tooFarShort };
}

/** A competency's weight in the stage rule: its category's weight times its own; 0 makes it context only. */
export function competencyWeight(categoryWeight: number, weight: number): number {
  return categoryWeight * weight;
}
