/**
 * Gaps (below the target stage, with the learning steps that close them) and
 * strengths (above the assessed stage). Both are ordered so the most important
 * come first and ties fall back to the id, which keeps reports deterministic.
 */
import { compareIds } from './compare.ts';
import { roundTo } from './round.ts';
import type { CompetencyLevel } from './score.ts';
import { effectiveWeight } from './stage.ts';
import type { Report } from '../contracts/report.ts';
import type { Competency } from '../contracts/rubric.ts';

export type Gap = Report['gaps'][number];
export type Strength = Report['strengths'][number];
export type Step = Gap['steps'][number];

/** An assessed competency with its expectations at the target and at the assessed stage. */
export interface Expected {
  entry: CompetencyLevel & { level: number };
  expected: number;
  expectedNow: number;
}

/** The learning steps from the whole level below `level` up to `expected` (level 1.5, expected 3 → 1→2, 2→3). */
export function stepsBetween(competency: Competency, level: number, expected: number): Step[] {
  const steps: Step[] = [];
  for (let from = Math.floor(level); from < expected; from += 1) {
    const step = competency.learning.find((candidate) => candidate.from === from);
    if (step) steps.push({ from: step.from, to: step.to, actions: [...step.actions], resources: step.resources.map((resource) => ({ ...resource })) });
  }
  return steps;
}

export function gapsFor(assessed: readonly Expected[]): Gap[] {
  return assessed
    .filter(({ entry, expected }) => entry.level < expected)
    .map(({ entry, expected }) => {
      const gap = roundTo(expected - entry.level, 2);
      return {
        competency: entry.competency.id,
        title: entry.competency.title,
        category: entry.category.id,
        level: entry.level,
        expected,
        gap,
        priority: roundTo(gap * effectiveWeight(entry), 3),
        steps: stepsBetween(entry.competency, entry.level, expected),
      };
    })
    .sort((a, b) => b.priority - a.priority || compareIds(a.competency, b.competency));
}

export function strengthsFor(assessed: readonly Expected[]): Strength[] {
  return assessed
    .filter(({ entry, expectedNow }) => entry.level > expectedNow)
    .map(({ entry, expectedNow }) => ({
      competency: entry.competency.id,
      title: entry.competency.title,
      category: entry.category.id,
      level: entry.level,
      expected: expectedNow,
    }))
    .sort((a, b) => b.level - b.expected - (a.level - a.expected) || compareIds(a.competency, b.competency));
}
