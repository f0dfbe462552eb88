/** Reports as the shell hands them to the core and the renderers: named by where they came from. */
import type { Report } from './report.ts';

/** A report named on the command line: a history entry or a report file. */
export interface NamedReport {
  /** How to refer to it in output: the file as given, or `history #3`. */
  source: string;
  report: Report;
}

/** One kept assessment in the history directory. */
export interface HistoryEntry {
  /** 1 for the oldest; numbers stay the same as new assessments are added. */
  number: number;
  file: string;
  report: Report;
}
