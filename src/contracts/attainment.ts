/**
 * The stage rule's arithmetic, in one place for scoring and for the ladder lints.
 *
 * A stage is met when (a) the credit share of the weighted competencies reaches
 * `coverage`, where a competency at or above the stage's expectation earns full
 * credit and one exactly one level short earns `nearMissCredit`, and (b) none is more
 * than `maxShortfall` levels short. Levels are whole levels, so a mean of answers
 * meets an expectation exactly when it rounds to it (see wholeLevel).
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
}

/** Shares are sums of products of weights; this keeps 0.7999999… from failing a 0.8 coverage. */
const SHARE_TOLERANCE = 1e-9;

/** The share of a competency's weight that its level earns at a stage: 1, `nearMissCredit` one level short, else 0. */
export function creditFor(level: number, expected: number, rule: AttainmentRule): number {
  if (level >= expected) return 1;
  return expected - level <= 1 ? rule.nearMissCredit : 0;
}

export interface StageStanding {
  met: boolean;
  /** The weighted credit share, 0–1. */
  share: number;
  /** True when some competency is more than maxShortfall levels short. */
  tooFarShort: boolean;
}

export function stageStanding(entries: readonly WeightedLevel[], rule: AttainmentRule): StageStanding {
  let total = 0;
  let credit = 0;
  let tooFarShort = false;
  for (const entry of entries) {
    total += entry.weight;
    credit += entry.weight * creditFor(entry.level, entry.expected, rule);
    if (entry.expected - entry.level > rule.maxShortfall) tooFarShort = true;
  }
  const share = total === 0 ? 0 : credit / total;
  return { met: total > 0 && !tooFarShort && share + SHARE_TOLERANCE >= rule.coverage, share, tooFarShort };
}
