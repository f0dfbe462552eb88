/** A small scope with one question of every kind, parsed through the real schema. */
import { categorySchema } from '../../src/contracts/rubric.ts';
import type { ScopedQuestion } from '../../src/assessment/scope.ts';

const source = 'Test › Fixture';

export const fixtureCategory = categorySchema.parse({
  id: 'craft',
  title: 'Craft',
  description: 'Questions of every kind.',
  source,
  competencies: [
    {
      id: 'serving',
      title: 'Model serving',
      description: 'Serving models.',
      source,
      expectations: { entry: 1, mid: 2 },
      questions: [
        {
          id: 'serving-depth',
          kind: 'scale',
          key: true,
          allowNA: true,
          prompt: 'How far have you taken model serving?',
          help: 'Think of the last year.',
          source,
          levels: ['Has not served a model', 'Served a demo', 'Runs one service', 'Runs several with SLOs', 'Sets serving practice'],
        },
        { id: 'serving-gpu', kind: 'boolean', prompt: 'Have you served on GPUs?', source, levelIfTrue: 3, levelIfFalse: 1 },
      ],
    },
    {
      id: 'tooling',
      title: 'Tooling',
      description: 'Tools.',
      source,
      expectations: { entry: 1, mid: 2 },
      questions: [
        {
          id: 'tooling-orchestrator',
          kind: 'choice',
          key: true,
          prompt: 'Which orchestrator do you use most?',
          source,
          options: [
            { id: 'none', label: 'None', level: 0 },
            { id: 'kubernetes', label: 'Kubernetes', level: 3 },
          ],
        },
        {
          id: 'tooling-stack',
          kind: 'multi',
          allowNA: true,
          prompt: 'Which of these have you used in production?',
          source,
          options: [
            { id: 'docker', label: 'Docker' },
            { id: 'triton', label: 'Triton' },
            { id: 'ray', label: 'Ray' },
          ],
          bands: [
            { atLeast: 0, level: 0 },
            { atLeast: 2, level: 2 },
            { atLeast: 3, level: 3 },
          ],
        },
        {
          id: 'tooling-years',
          kind: 'number',
          prompt: 'How many years have you run ML in production?',
          source,
          unit: 'years',
          min: 0,
          max: 30,
          bands: [
            { atLeast: 0, level: 0 },
            { atLeast: 3, level: 2 },
          ],
        },
      ],
    },
  ],
});

export const fixtureScope: ScopedQuestion[] = fixtureCategory.competencies.flatMap((competency) =>
  competency.questions.map((question) => ({ question, competency, category: fixtureCategory })),
);

export function scopedById(id: string): ScopedQuestion {
  const scoped = fixtureScope.find((candidate) => candidate.question.id === id);
  if (!scoped) throw new Error(`no fixture question ${id}`);
  return scoped;
}
