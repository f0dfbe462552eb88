/**
 * `assess --from <ref>`: the earlier answers a run starts from. A history number
 * names a kept report; anything else is a report.json or an answers file, read as
 * `--answers` reads it (answers the rubrics no longer ask in that form are set aside).
 */
import type { Answers } from '../../contracts/answers.ts';
import type { RubricSet } from '../../contracts/rubric.ts';
import { isHistoryNumber } from '../../io/known-files.ts';
import { historyEntry } from '../../io/report-ref.ts';
import type { CommandContext } from '../context.ts';
import { answersFromText, readAnswersFile } from './assess-answers-file.ts';
import { readHistoryWarned } from './history.ts';
import { warn } from './warn.ts';

export interface EarlierAnswers {
  answers: Answers;
  subject?: string;
  /** How the person named them: "history #3" or the file. */
  source: string;
}

export async function readEarlierAnswers(context: CommandContext, ref: string, set: RubricSet): Promise<EarlierAnswers> {
  const source = isHistoryNumber(ref) ? `history #${ref}` : ref;
  const file = isHistoryNumber(ref)
    ? await answersFromText(JSON.stringify(historyEntry(await readHistoryWarned(context), Number(ref)).report), source, set)
    : await readAnswersFile(ref, set, () => context.stdin);
  if (file.setAside !== undefined) {
    const { version, questions } = file.setAside;
    warn(context, `${source} was written for ${set.info.id} ${version}; these questions are no longer asked in that form and will be asked afresh: ${questions.join(', ')}`);
  }
  return { answers: file.answers, ...(file.subject === undefined ? {} : { subject: file.subject }), source };
}
