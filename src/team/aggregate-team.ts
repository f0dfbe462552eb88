/**
 * The team view from the members' reports: the stage distribution, per
 * competency the median, minimum and maximum level and how many people are below
 * their own next stage's expectation, the largest shared gaps with their learning
 * steps, and one row of levels per person (the heatmap). Pure.
 */
import { compareIds } from '../assessment/compare.ts';
import { roundTo } from '../assessment/round.ts';
import { sortedNewestFirst } from './report-order.ts';
import type { TeamReport } from './team-report.ts';
import { TEAM_SCHEMA_VERSION } from '../contracts/limits.ts';
import type { Team, TeamPerson } from '../contracts/team.ts';

export interface TeamMember {
  /** The name to show: the subject, the file name, or a pseudonym. */
  name: string;
  /** The report file; null when it must not be shown (anonymized). */
  source: string | null;
  report: TeamReport;
}

/** How many shared gaps the view lists. */
export const SHARED_GAPS_SHOWN = 10;
/** How many people the view names under each track. */
export const BEST_FITS_SHOWN = 3;

type Column = Team['competencies'][number];

/** Categories and competencies of all reports, in rubric order (first seen wins: give the newest report first). */
function columns(members: readonly TeamMember[]): { categories: Team['categories']; competencies: { id: string; title: string; category: string }[] } {
  const categories = new Map<string, string>();
  const byCategory = new Map<string, Map<string, string>>();
  for (const { report } of members) {
    for (const category of report.categories) if (!categories.has(category.id)) categories.set(category.id, category.title);
    for (const competency of report.competencies) {
      if (!categories.has(competency.category)) categories.set(competency.category, competency.category);
      const list = byCategory.get(competency.category) ?? new Map<string, string>();
      if (!list.has(competency.id)) list.set(competency.id, competency.title);
      byCategory.set(competency.category, list);
    }
  }
  const competencies = [...categories.keys()].flatMap((category) =>
    [...(byCategory.get(category) ?? new Map<string, string>())].map(([id, title]) => ({ id, title, category })),
  );
  return { categories: [...categories].map(([id, title]) => ({ id, title })), competencies };
}

export function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function stageDistribution(members: readonly TeamMember[]): Team['stages'] {
  const stages = new Map<string, Team['stages'][number]>();
  const note = (stage: { id: string; title: string; index?: number }, index: number, person: boolean) => {
    const entry = stages.get(stage.id) ?? { id: stage.id, title: stage.title, index, people: 0 };
    if (person) entry.people += 1;
    stages.set(stage.id, entry);
  };
  for (const { report } of members) {
    note(report.stage, report.stage.index, true);
    // The stages that follow are known, even when nobody is at them yet.
    if (report.nextStage !== null && report.nextStage.id !== report.stage.id) {
      note(report.nextStage, report.nextStage.index, false);
      for (const other of report.nextStage.alternatives) note(other, other.index, false);
    }
  }
  return [...stages.values()].sort((a, b) => a.index - b.index || compareIds(a.id, b.id));
}

/** When the team is anonymized, the moment a report was made would tell who made it: only its day is kept. */
function dayOf(timestamp: string): string {
  return `${timestamp.slice(0, 10)}T00:00:00.000Z`;
}

function person(member: TeamMember, ids: readonly string[], anonymized: boolean): TeamPerson {
  const { report } = member;
  const levels = new Map(report.competencies.map((competency) => [competency.id, competency.level]));
  return {
    name: member.name,
    source: member.source,
    generatedAt: anonymized ? dayOf(report.generatedAt) : report.generatedAt,
    complete: report.complete,
    stage: { id: report.stage.id, title: report.stage.title, index: report.stage.index },
    nextStage: report.nextStage === null ? null : { id: report.nextStage.id, title: report.nextStage.title },
    overall: report.overall.score,
    levels: ids.map((id) => levels.get(id) ?? null),
    belowNext: (report.nextStage?.blockers ?? []).map((blocker) => blocker.competency),
    track: bestTrack(report),
  };
}

/** A report's best-fitting track when it is a strong fit (reports rank their tracks best first). */
function bestTrack(report: TeamMember['report']): TeamPerson['track'] {
  const best = report.tracks[0];
  return best !== undefined && best.strong ? { id: best.id, title: best.title } : null;
}

/** How many people fit each track best, and who fits each track most. */
function trackMix(members: readonly TeamMember[], people: readonly TeamPerson[]): Team['tracks'] {
  const tracks = new Map<string, Team['tracks'][number]>();
  for (const { name, report } of members) {
    for (const track of report.tracks) {
      const entry = tracks.get(track.id) ?? { id: track.id, title: track.title, people: 0, bestFits: [] };
      tracks.set(track.id, entry);
      if (track.fit !== null && track.lift !== null) entry.bestFits.push({ name, fit: track.fit, lift: track.lift });
    }
  }
  for (const person of people) if (person.track !== null) tracks.get(person.track.id)!.people += 1;
  for (const entry of tracks.values()) {
    entry.bestFits.sort((a, b) => b.lift - a.lift || b.fit - a.fit || compareIds(a.name, b.name));
    entry.bestFits = entry.bestFits.slice(0, BEST_FITS_SHOWN);
  }
  return [...tracks.values()].sort((a, b) => b.people - a.people || compareIds(a.id, b.id));
}

function competencyStats(competency: { id: string; title: string; category: string }, column: number, people: readonly TeamPerson[], belowNext: number): Column {
  const levels: number[] = [];
  for (const entry of people) {
    const level = entry.levels[column];
    if (level !== null && level !== undefined) levels.push(level);
  }
  levels.sort((a, b) => a - b);
  const middle = median(levels);
  return {
    ...competency,
    assessed: levels.length,
    median: middle === null ? null : roundTo(middle, 2),
    min: levels[0] ?? null,
    max: levels[levels.length - 1] ?? null,
    belowNext,
  };
}

/** Per competency, what the team's reports say about it: the shortfalls below the next stage and the learning steps. */
interface Needs {
  shortfalls: number[];
  steps: Map<number, Team['sharedGaps'][number]['steps'][number]>;
}

/** One pass over every report's blockers and gaps (a thousand people must stay fast). */
function needsByCompetency(members: readonly TeamMember[]): Map<string, Needs> {
  const needs = new Map<string, Needs>();
  const of = (id: string) => {
    let entry = needs.get(id);
    if (entry === undefined) needs.set(id, (entry = { shortfalls: [], steps: new Map() }));
    return entry;
  };
  for (const { report } of members) {
    for (const blocker of report.nextStage?.blockers ?? []) of(blocker.competency).shortfalls.push(blocker.shortfall);
    for (const gap of report.gaps) {
      const { steps } = of(gap.competency);
      for (const step of gap.steps) {
        const seen = steps.get(step.from);
        if (seen === undefined) steps.set(step.from, { ...step, people: 1 });
        else seen.people += 1;
      }
    }
  }
  return needs;
}

function sharedGaps(size: number, competencies: readonly Column[], needs: Map<string, Needs>): Team['sharedGaps'] {
  const ranked = competencies
    .filter((competency) => competency.belowNext > 0)
    .map((competency) => {
      const { shortfalls, steps } = needs.get(competency.id)!;
      return {
        id: competency.id,
        title: competency.title,
        category: competency.category,
        people: competency.belowNext,
        share: roundTo(competency.belowNext / size, 3),
        shortfall: roundTo(shortfalls.reduce((sum, value) => sum + value, 0) / shortfalls.length, 2),
        steps: [...steps.values()].sort((a, b) => a.from - b.from),
      };
    });
  ranked.sort((a, b) => b.people - a.people || b.shortfall - a.shortfall || compareIds(a.id, b.id));
  return ranked.slice(0, SHARED_GAPS_SHOWN);
}

/** Highest stage, then highest score, then name; two rows alike so far by their content, so the order given never shows. */
function byStageThenScore(a: TeamPerson, b: TeamPerson): number {
  return (
    b.stage.index - a.stage.index ||
    (b.overall ?? -1) - (a.overall ?? -1) ||
    compareIds(a.name, b.name) ||
    compareIds(JSON.stringify(a), JSON.stringify(b))
  );
}

export function aggregateTeam(members: readonly TeamMember[], options: { toolVersion: string; anonymized: boolean }): Team {
  if (members.length === 0) throw new RangeError('a team view needs at least one report');
  // The newest report's rubric set, titles and column order win, whatever the order the reports were given in.
  const ordered = sortedNewestFirst(members);
  const latest = ordered[0]!.report;
  const { categories, competencies: list } = columns(ordered);
  const ids = list.map((competency) => competency.id);
  const people = members.map((member) => person(member, ids, options.anonymized)).sort(byStageThenScore);
  const needs = needsByCompetency(members);
  // A blocker is one person below their next stage in one competency.
  const competencies = list.map((competency, column) => competencyStats(competency, column, people, needs.get(competency.id)?.shortfalls.length ?? 0));
  return {
    schemaVersion: TEAM_SCHEMA_VERSION,
    tool: { name: 'ml-career', version: options.toolVersion },
    rubricSet: { id: latest.rubricSet.id, title: latest.rubricSet.title, version: latest.rubricSet.version },
    anonymized: options.anonymized,
    size: members.length,
    stages: stageDistribution(members),
    categories,
    competencies,
    sharedGaps: sharedGaps(members.length, competencies, needs),
    tracks: trackMix(members, people),
    unclearFit: people.filter((entry) => entry.track === null).length,
    people,
  };
}
