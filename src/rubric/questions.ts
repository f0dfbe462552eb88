/** Every question of a rubric set by its id (ids are unique across the set: see lint-ids.ts). */
import type { Question, RubricSet } from '../contracts/rubric.ts';

export function questionsById(set: RubricSet): Map<string, Question> {
  const questions = new Map<string, Question>();
  for (const category of set.categories) {
    for (const competency of category.competencies) {
      for (const question of competency.questions) questions.set(question.id, question);
    }
  }
  return questions;
}
