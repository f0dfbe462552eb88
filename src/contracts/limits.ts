/**
 * Every limit of ml-career's files, in one place: the level scale, "n/a", the
 * lengths of a subject and a note, the size caps of the files it reads, and the
 * versions of the formats it writes. The zod schemas, the fast paths, the prompts
 * and the checks all take them from here. Free of zod, so that scoring, prompts and
 * the fast paths load without it.
 */

/** The level scale: every level, expectation and band lies in MIN_LEVEL–MAX_LEVEL. */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;
/** MIN_LEVEL, …, MAX_LEVEL in order. */
export const LEVELS: readonly number[] = Array.from({ length: MAX_LEVEL - MIN_LEVEL + 1 }, (_, index) => MIN_LEVEL + index);

/**
 * Rubric numbers are bounded, so that no sum or product of them overflows to
 * Infinity or NaN: weights are relative (1, 2, 3…), and a million to one is more
 * than any rubric means; a number question's range and bands, salaries and years
 * stay far below where floating point loses whole numbers.
 */
export const WEIGHT_MAX = 1_000_000;
export const RUBRIC_NUMBER_MAX = 1_000_000_000;
export const YEARS_MAX = 100;

/** The answer that leaves a question out of every total. */
export const NOT_APPLICABLE = 'n/a';

/** Characters of the subject (a name or handle), not counting spaces around it. */
export const SUBJECT_MAX = 100;
/** Characters of an evidence note. */
export const NOTE_MAX = 500;

const MiB = 1024 * 1024;
/** A rubric file: far more than a category of questions takes. */
export const RUBRIC_FILE_MAX_BYTES = MiB;
/** An answers file. */
export const ANSWERS_FILE_MAX_BYTES = MiB;
/** Reports hold every answer and learning step: a few tens of KiB; 8 MiB leaves room for long notes. */
export const REPORT_FILE_MAX_BYTES = 8 * MiB;
/** The saved progress: far more than any rubric set's answers take; a bigger file is not ours and is not read into memory. */
export const PROGRESS_FILE_MAX_BYTES = MiB;

/** The track weight that makes a competency core to a track (tracks.yaml): every track has at least one. */
export const CORE_TRACK_WEIGHT = 3;

/** Versions of the formats ml-career writes; a reader refuses a newer one. */
/** 3: `tracks` (which specialization fits) and `track` (the one a run was measured against). */
export const REPORT_SCHEMA_VERSION = 3;
/** 2: each opened gap says why it opened (`cause`, `oldLevel`, `oldExpected`). */
export const COMPARE_SCHEMA_VERSION = 2;
/** 2: `tracks` (the mix of best-fitting tracks, who fits each best) and each person's `track`. */
export const TEAM_SCHEMA_VERSION = 2;
export const PROGRESS_VERSION = 1;
