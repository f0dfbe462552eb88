/**
 * The verdict study: how often a quick run (key questions only) gives the same
 * stage as the full run, how often each finds the simulated true stage, and how
 * often moving one non-key answer by one level changes the full run's stage.
 * Pure: the same set, respondents and seed give the same numbers.
 *
 * A verdict is "below-entry" when even the first stage is not met, else the id of
 * the assessed stage; the simulated groups use the same names.
 */
import { BELOW_ENTRY, mulberry32, studyGroups, valueFor, valueTable, type Respondent, type ValueTable } from './respondents.ts';
import {
  assessStage,
  questionsInScope,
  scoreAnswers,
  type Answers,
  type CompetencyLevel,
  type RubricSet,
  type ScopedQuestion,
} from './verdict-core.ts';

export interface Share {
  count: number;
  of: number;
  /** count / of, 0 when `of` is 0. */
  rate: number;
}

export interface GroupStats {
  group: string;
  n: number;
  quickEqualsFull: Share;
  /** Quick run higher (or lower) on the ladder than the full run. */
  quickAboveFull: Share;
  quickBelowFull: Share;
  fullEqualsTrue: Share;
  fullBelowTrue: Share;
  quickEqualsTrue: Share;
  quickBelowTrue: Share;
  /** Respondents whose full stage changes after one random non-key answer moves by ±1 level (of those with such an answer). */
  flipChangesStage: Share;
  /** Of those flips, how many left the answer value unchanged (e.g. a yes/no question moved from level 1 to 2). */
  flipLeavesAnswer: Share;
}

export interface AnchorFlip {
  question: string;
  competency: string;
  kind: string;
  from: number;
  to: number;
  stageAfter: string;
}

export interface AnchorStats {
  stage: string;
  full: string;
  quick: string;
  flipsTried: number;
  /** Every single non-key ±1 move that changes the full run's stage. */
  stageChangingFlips: AnchorFlip[];
}

/** Why quick and full disagree: per competency, at the lowest stage on which the two runs differ. */
export interface CompetencyDriver {
  competency: string;
  category: string;
  /** Disagreeing respondents for whom this competency's standing at the decisive stage (met / short / too far short) differs between the runs. */
  decisive: number;
  /** Of those, how often the full run's standing is the worse one. */
  fullWorse: number;
  /** Mean of (full level − quick level) over every respondent with both levels. */
  meanFullMinusQuick: number;
  /** Share of respondents in a stage group (not below-entry) whose level meets that stage's expectation, in each run. */
  meetsTrueStageQuick: number;
  meetsTrueStageFull: number;
}

/** How a question's scored level differs from the level the respondent meant (0 for scale questions). */
export interface QuestionLoss {
  question: string;
  competency: string;
  kind: string;
  key: boolean;
  /** Mean of (scored level − intended level) over the answers (not n/a). */
  meanLoss: number;
  /** Share of answers scored below the intended level. */
  belowIntended: number;
}

export interface VerdictStudy {
  rubricSet: string;
  respondents: number;
  seed: number;
  overall: GroupStats;
  groups: GroupStats[];
  /** below-entry and the first stage together. */
  entryOrBelow: GroupStats;
  anchors: AnchorStats[];
  /** Why the lower of the two runs misses the decisive stage: a competency too far short, or coverage. */
  lowerRunFailsBy: { shortfall: number; coverage: number };
  drivers: CompetencyDriver[];
  questionLoss: QuestionLoss[];
}

export interface StudyOptions {
  /** Seeds the choice of the flipped answer and its direction. */
  seed: number;
}

interface Scopes {
  full: ScopedQuestion[];
  quick: ScopedQuestion[];
  nonKey: ScopedQuestion[];
}

interface Outcome {
  respondent: Respondent;
  full: string;
  quick: string;
  fullLevels: CompetencyLevel[];
  quickLevels: CompetencyLevel[];
  flip: { changes: boolean; leavesAnswer: boolean } | null;
}

function scopesOf(set: RubricSet): Scopes {
  const full = questionsInScope(set);
  return { full, quick: questionsInScope(set, { quick: true }), nonKey: full.filter((entry) => !entry.question.key) };
}

function verdictOf(set: RubricSet, levels: CompetencyLevel[]): string {
  const assessment = assessStage(levels, set);
  return assessment.met ? set.stages[assessment.index]!.id : BELOW_ENTRY;
}

function levelsFor(set: RubricSet, answers: Answers, scope: ScopedQuestion[]): CompetencyLevel[] {
  return scoreAnswers(set, answers, scope).competencies;
}

function share(count: number, of: number): Share {
  return { count, of, rate: of === 0 ? 0 : count / of };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Moves one random non-key answered question by ±1 level (inside 0–4) and reports whether the full stage changes. */
function flipOne(
  set: RubricSet,
  table: ValueTable,
  scopes: Scopes,
  respondent: Respondent,
  full: string,
  rng: () => number,
): Outcome['flip'] {
  const candidates = scopes.nonKey.filter((entry) => respondent.levels[entry.question.id] != null);
  if (candidates.length === 0) return null;
  const { question } = candidates[Math.floor(rng() * candidates.length)]!;
  const from = respondent.levels[question.id]!;
  const up = rng() < 0.5;
  const to = from === 0 ? 1 : from === 4 ? 3 : up ? from + 1 : from - 1;
  const value = valueFor(table, question, to);
  const answers = { ...respondent.answers, [question.id]: { value } };
  return {
    changes: verdictOf(set, levelsFor(set, answers, scopes.full)) !== full,
    leavesAnswer: sameValue(value, respondent.answers[question.id]?.value),
  };
}

function groupStats(set: RubricSet, group: string, outcomes: readonly Outcome[]): GroupStats {
  const rank = (verdict: string) => studyGroups(set).indexOf(verdict);
  const n = outcomes.length;
  const count = (test: (outcome: Outcome) => boolean) => outcomes.filter(test).length;
  const flipped = outcomes.filter((outcome) => outcome.flip !== null);
  return {
    group,
    n,
    quickEqualsFull: share(count((o) => o.quick === o.full), n),
    quickAboveFull: share(count((o) => rank(o.quick) > rank(o.full)), n),
    quickBelowFull: share(count((o) => rank(o.quick) < rank(o.full)), n),
    fullEqualsTrue: share(count((o) => o.full === o.respondent.trueStage), n),
    fullBelowTrue: share(count((o) => rank(o.full) < rank(o.respondent.trueStage)), n),
    quickEqualsTrue: share(count((o) => o.quick === o.respondent.trueStage), n),
    quickBelowTrue: share(count((o) => rank(o.quick) < rank(o.respondent.trueStage)), n),
    flipChangesStage: share(flipped.filter((o) => o.flip!.changes).length, flipped.length),
    flipLeavesAnswer: share(flipped.filter((o) => o.flip!.leavesAnswer).length, flipped.length),
  };
}

type Standing = 'met' | 'short' | 'blocked';

function standing(level: number, expected: number, maxShortfall: number): Standing {
  if (level >= expected) return 'met';
  return Math.round((expected - level) * 100) / 100 > maxShortfall ? 'blocked' : 'short';
}

const WORSE: Record<Standing, number> = { met: 0, short: 1, blocked: 2 };

function driversOf(set: RubricSet, outcomes: readonly Outcome[]): Pick<VerdictStudy, 'drivers' | 'lowerRunFailsBy'> {
  const groups = studyGroups(set);
  const byId = new Map<string, CompetencyDriver & { sum: number; pairs: number; meetsQuick: number; meetsFull: number; atStage: number }>();
  const lowerRunFailsBy = { shortfall: 0, coverage: 0 };
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      byId.set(competency.id, {
        competency: competency.id,
        category: category.id,
        decisive: 0,
        fullWorse: 0,
        meanFullMinusQuick: 0,
        meetsTrueStageQuick: 0,
        meetsTrueStageFull: 0,
        sum: 0,
        pairs: 0,
        meetsQuick: 0,
        meetsFull: 0,
        atStage: 0,
      });
    }
  }
  for (const outcome of outcomes) {
    outcome.fullLevels.forEach((entry, index) => {
      const quick = outcome.quickLevels[index]?.level;
      if (entry.level === null || quick === null || quick === undefined) return;
      const driver = byId.get(entry.competency.id)!;
      driver.sum += entry.level - quick;
      driver.pairs += 1;
      const expected = entry.competency.expectations[outcome.respondent.trueStage];
      if (expected === undefined) return; // below-entry
      driver.atStage += 1;
      if (entry.level >= expected) driver.meetsFull += 1;
      if (quick >= expected) driver.meetsQuick += 1;
    });
    if (outcome.full === outcome.quick) continue;
    // The lowest stage that one run meets and the other does not.
    const lower = Math.min(groups.indexOf(outcome.full), groups.indexOf(outcome.quick));
    const stage = set.stages[lower]!; // groups are shifted by one: groups[lower + 1] is stages[lower]
    const lowerIsFull = groups.indexOf(outcome.full) < groups.indexOf(outcome.quick);
    let blocked = false;
    outcome.fullLevels.forEach((entry, index) => {
      const quickEntry = outcome.quickLevels[index]!;
      if (entry.category.weight * entry.competency.weight <= 0) return;
      const expected = entry.competency.expectations[stage.id] ?? 0;
      const inFull = entry.level === null ? null : standing(entry.level, expected, set.attainment.maxShortfall);
      const inQuick = quickEntry.level === null ? null : standing(quickEntry.level, expected, set.attainment.maxShortfall);
      if ((lowerIsFull ? inFull : inQuick) === 'blocked') blocked = true;
      if (inFull === null || inQuick === null || inFull === inQuick) return;
      const driver = byId.get(entry.competency.id)!;
      driver.decisive += 1;
      if (WORSE[inFull] > WORSE[inQuick]) driver.fullWorse += 1;
    });
    if (blocked) lowerRunFailsBy.shortfall += 1;
    else lowerRunFailsBy.coverage += 1;
  }
  const ratio = (count: number, of: number) => (of === 0 ? 0 : Math.round((count / of) * 1000) / 1000);
  const drivers = [...byId.values()].map(({ sum, pairs, meetsQuick, meetsFull, atStage, ...driver }) => ({
    ...driver,
    meanFullMinusQuick: ratio(sum, pairs),
    meetsTrueStageQuick: ratio(meetsQuick, atStage),
    meetsTrueStageFull: ratio(meetsFull, atStage),
  }));
  drivers.sort((a, b) => b.decisive - a.decisive || a.competency.localeCompare(b.competency));
  return { drivers, lowerRunFailsBy };
}

function questionLossOf(set: RubricSet, scopes: Scopes, respondents: readonly Respondent[]): QuestionLoss[] {
  const table = valueTable(set);
  const scored = new Map<string, number[]>(); // question id → scored level per intended level 0–4
  for (const { question } of scopes.full) {
    const levels = [0, 1, 2, 3, 4].map((level) => {
      const answers = { [question.id]: { value: valueFor(table, question, level) } };
      const only = scopes.full.filter((entry) => entry.question.id === question.id);
      return scoreAnswers(set, answers, only).competencies.find((entry) => entry.level !== null)?.level ?? level;
    });
    scored.set(question.id, levels);
  }
  return scopes.full.map(({ question, competency }) => {
    let sum = 0;
    let below = 0;
    let n = 0;
    for (const respondent of respondents) {
      const intended = respondent.levels[question.id];
      if (intended == null) continue;
      const got = scored.get(question.id)![intended]!;
      sum += got - intended;
      if (got < intended) below += 1;
      n += 1;
    }
    return {
      question: question.id,
      competency: competency.id,
      kind: question.kind,
      key: question.key,
      meanLoss: n === 0 ? 0 : Math.round((sum / n) * 1000) / 1000,
      belowIntended: n === 0 ? 0 : Math.round((below / n) * 1000) / 1000,
    };
  });
}

function anchorStats(set: RubricSet, table: ValueTable, scopes: Scopes, anchor: Respondent): AnchorStats {
  const full = verdictOf(set, levelsFor(set, anchor.answers, scopes.full));
  const quick = verdictOf(set, levelsFor(set, anchor.answers, scopes.quick));
  const stageChangingFlips: AnchorFlip[] = [];
  let flipsTried = 0;
  for (const { question, competency } of scopes.nonKey) {
    const from = anchor.levels[question.id];
    if (from == null) continue;
    for (const to of [from - 1, from + 1]) {
      if (to < 0 || to > 4) continue;
      flipsTried += 1;
      const answers = { ...anchor.answers, [question.id]: { value: valueFor(table, question, to) } };
      const stageAfter = verdictOf(set, levelsFor(set, answers, scopes.full));
      if (stageAfter !== full) stageChangingFlips.push({ question: question.id, competency: competency.id, kind: question.kind, from, to, stageAfter });
    }
  }
  return { stage: anchor.trueStage, full, quick, flipsTried, stageChangingFlips };
}

/** Runs the study: every respondent scored in full and quick, one random non-key flip each, and every flip of each anchor. */
export function runVerdictStudy(
  set: RubricSet,
  respondents: readonly Respondent[],
  anchors: readonly Respondent[],
  options: StudyOptions,
): VerdictStudy {
  const table = valueTable(set);
  const scopes = scopesOf(set);
  const rng = mulberry32(options.seed);
  const outcomes: Outcome[] = respondents.map((respondent) => {
    const fullLevels = levelsFor(set, respondent.answers, scopes.full);
    const quickLevels = levelsFor(set, respondent.answers, scopes.quick);
    const full = verdictOf(set, fullLevels);
    return {
      respondent,
      full,
      quick: verdictOf(set, quickLevels),
      fullLevels,
      quickLevels,
      flip: flipOne(set, table, scopes, respondent, full, rng),
    };
  });
  const groups = studyGroups(set).map((group) =>
    groupStats(set, group, outcomes.filter((outcome) => outcome.respondent.group === group)),
  );
  const firstStage = set.stages[0]!.id;
  return {
    rubricSet: `${set.info.id}@${set.info.version}`,
    respondents: respondents.length,
    seed: options.seed,
    overall: groupStats(set, 'overall', outcomes),
    groups,
    entryOrBelow: groupStats(
      set,
      `${BELOW_ENTRY} + ${firstStage}`,
      outcomes.filter((outcome) => outcome.respondent.group === BELOW_ENTRY || outcome.respondent.group === firstStage),
    ),
    anchors: anchors.map((anchor) => anchorStats(set, table, scopes, anchor)),
    ...driversOf(set, outcomes),
    questionLoss: questionLossOf(set, scopes, respondents),
  };
}

function percent(value: Share): string {
  return `${(value.rate * 100).toFixed(1)}%`;
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ').trimEnd();
}

/** The study as a plain-text table (for console.log in the test run). */
export function formatStudy(study: VerdictStudy, options: { drivers?: number; losses?: number } = {}): string {
  const lines: string[] = [];
  lines.push(`Verdict study — ${study.rubricSet}, ${study.respondents} simulated respondents (flip seed ${study.seed})`);
  lines.push('');
  const widths = [18, 5, 10, 8, 8, 9, 8, 10, 9, 7];
  lines.push(row(['group', 'n', 'quick=full', 'q>full', 'q<full', 'full=true', 'full<true', 'quick=true', 'q<true', 'flip'], widths));
  for (const stats of [...study.groups, study.entryOrBelow, study.overall]) {
    if (stats === study.entryOrBelow || stats === study.overall) lines.push('-'.repeat(widths.reduce((a, b) => a + b + 2, -2)));
    lines.push(
      row(
        [
          stats.group,
          String(stats.n),
          percent(stats.quickEqualsFull),
          percent(stats.quickAboveFull),
          percent(stats.quickBelowFull),
          percent(stats.fullEqualsTrue),
          percent(stats.fullBelowTrue),
          percent(stats.quickEqualsTrue),
          percent(stats.quickBelowTrue),
          percent(stats.flipChangesStage),
        ],
        widths,
      ),
    );
  }
  lines.push(
    `flip = share whose full stage changes when one random non-key answer moves ±1 level ` +
      `(${percent(study.overall.flipLeavesAnswer)} of those moves leave the answer value unchanged)`,
  );
  lines.push('');
  lines.push('Exact-anchor respondents (every question at the stage expectation):');
  lines.push(row(['stage', 'full', 'quick', 'flips', 'stage-changing flips'], [18, 14, 14, 6, 0]));
  for (const anchor of study.anchors) {
    const changing = anchor.stageChangingFlips.map((flip) => `${flip.question} ${flip.from}→${flip.to} ⇒ ${flip.stageAfter}`);
    lines.push(row([anchor.stage, anchor.full, anchor.quick, String(anchor.flipsTried), String(changing.length)], [18, 14, 14, 6, 0]));
    for (const text of changing) lines.push(`    ${text}`);
  }
  lines.push('');
  const { shortfall, coverage } = study.lowerRunFailsBy;
  lines.push(`Quick ≠ full: the lower run misses the decisive stage by a competency too far short ${shortfall}×, by coverage ${coverage}×.`);
  const driverCount = options.drivers ?? 10;
  lines.push(`Competencies whose standing differs at the decisive stage (top ${driverCount}):`);
  const driverWidths = [26, 9, 11, 16, 12, 11];
  lines.push(row(['competency', 'decisive', 'full worse', 'mean full−quick', 'meets: quick', 'full'], driverWidths));
  for (const driver of study.drivers.slice(0, driverCount)) {
    lines.push(
      row(
        [
          driver.competency,
          String(driver.decisive),
          String(driver.fullWorse),
          driver.meanFullMinusQuick.toFixed(3),
          `${(driver.meetsTrueStageQuick * 100).toFixed(0)}%`,
          `${(driver.meetsTrueStageFull * 100).toFixed(0)}%`,
        ],
        driverWidths,
      ),
    );
  }
  lines.push('(meets = share of respondents of a stage group whose level meets that stage\'s expectation)');
  const lossCount = options.losses ?? 10;
  const losses = [...study.questionLoss].filter((loss) => loss.meanLoss !== 0).sort((a, b) => a.meanLoss - b.meanLoss || a.question.localeCompare(b.question));
  lines.push('');
  lines.push(`Questions scored below the level answered (non-scale conversion; ${Math.min(lossCount, losses.length)} of ${losses.length}):`);
  lines.push(row(['question', 'kind', 'mean loss', 'below'], [40, 8, 10, 7]));
  for (const loss of losses.slice(0, lossCount)) {
    lines.push(row([`${loss.question}${loss.key ? ' (key)' : ''}`, loss.kind, loss.meanLoss.toFixed(3), `${(loss.belowIntended * 100).toFixed(0)}%`], [40, 8, 10, 7]));
  }
  return lines.join('\n');
}
