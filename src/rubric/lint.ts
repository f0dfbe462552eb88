/**
 * The rubric lints: rules beyond the schema, each problem located at the node
 * that breaks it. See lint-*.ts for the rules themselves.
 */
import type { Problem } from '../errors.ts';
import type { LintInput } from './lint-context.ts';
import { lintExpectations } from './lint-expectations.ts';
import { lintIds } from './lint-ids.ts';
import { lintLadder } from './lint-ladder.ts';
import { lintQuestions } from './lint-questions.ts';
import { lintTracks } from './lint-tracks.ts';

export type { SourcedCategory, SourcedStages, SourcedTrack } from './lint-context.ts';

interface LintOptions {
  /**
   * Some files failed to parse or to pass the schema: skip the rules on the set
   * as a whole (stage raises, reachability, total weight), which would only
   * repeat that failure as misleading problems.
   */
  partial?: boolean;
}

export function lintRubricSet(input: LintInput, options: LintOptions = {}): Problem[] {
  return [
    ...lintIds(input),
    ...lintExpectations(input),
    ...lintQuestions(input),
    ...lintTracks(input),
    ...(options.partial ? [] : lintLadder(input)),
  ];
}
