/**
 * Ids must be unique where something else refers to them: answers files and
 * reports key by question and competency id across the whole set.
 */
import type { Problem } from '../errors.ts';
import type { ParsedDocument } from '../parse/document.ts';
import { problemAt, whereIs } from './lint-context.ts';
import type { LintInput } from './lint-context.ts';

type Path = ReadonlyArray<string | number>;

/** Reports every id seen before, naming where it was first defined. */
class IdRegistry {
  private readonly seen = new Map<string, string>();
  constructor(
    private readonly what: string,
    private readonly problems: Problem[],
  ) {}

  add(id: string, doc: ParsedDocument, path: Path): void {
    const first = this.seen.get(id);
    if (first === undefined) {
      this.seen.set(id, whereIs(doc, path));
      return;
    }
    this.problems.push(problemAt(doc, path, `duplicate ${this.what} id "${id}" (first defined at ${first})`, `give each ${this.what} its own id`));
  }
}

export function lintIds(input: LintInput): Problem[] {
  const problems: Problem[] = [];
  const stageIds = new IdRegistry('stage', problems);
  input.stages.stages.stages.forEach((stage, s) => stageIds.add(stage.id, input.stages.doc, ['stages', s, 'id']));

  const categoryIds = new IdRegistry('category', problems);
  const competencyIds = new IdRegistry('competency', problems);
  const questionIds = new IdRegistry('question', problems);
  for (const { category, doc } of input.categories) {
    categoryIds.add(category.id, doc, ['id']);
    category.competencies.forEach((competency, c) => {
      competencyIds.add(competency.id, doc, ['competencies', c, 'id']);
      competency.questions.forEach((question, q) => {
        const questionPath = ['competencies', c, 'questions', q];
        questionIds.add(question.id, doc, [...questionPath, 'id']);
        if (question.kind !== 'choice' && question.kind !== 'multi') return;
        const optionIds = new IdRegistry('option', problems);
        question.options.forEach((option, o) => optionIds.add(option.id, doc, [...questionPath, 'options', o, 'id']));
      });
    });
  }
  return problems;
}
