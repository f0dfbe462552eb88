/**
 * A small rubric set made up for tests: three categories (one of weight 0), seven
 * competencies with different weights (one of weight 0), every question kind,
 * four stages where each stage raises the expectation on more than 25 % of the
 * weight, and attainment 0.8 / 1. Parsed through the real schemas so defaults
 * (weights, key, allowNA, learning) are filled in the way the loader fills them.
 */
import { categorySchema, stagesFileSchema, type RubricSet } from '../../src/contracts/rubric.ts';

const SOURCE = 'Synthetic › For tests';
const ANCHORS = ['never done it', 'done it with help', 'done it alone', 'done it at scale', 'taught others to do it'];

/** Expected levels at junior, mid, senior, staff. */
function expect(junior: number, mid: number, senior: number, staff: number): Record<string, number> {
  return { junior, mid, senior, staff };
}

const stages = {
  rubricSet: { id: 'synthetic', title: 'Synthetic set', version: '1.2.3' },
  attainment: { coverage: 0.8, maxShortfall: 1 },
  stages: [
    { id: 'junior', title: 'Junior', summary: 'Learns.', source: SOURCE, years: { min: 0, max: 2 }, alsoKnownAs: ['Trainee'] },
    {
      id: 'mid',
      title: 'Mid',
      summary: 'Delivers.',
      source: SOURCE,
      years: { min: 2, max: 5 },
      salary: { currency: 'USD', year: 2024, min: 100000, max: 150000, source: SOURCE },
    },
    { id: 'senior', title: 'Senior', summary: 'Owns.', source: SOURCE, years: { min: 5, max: 8 } },
    { id: 'staff', title: 'Staff', summary: 'Leads.', source: SOURCE, years: { min: 8 } },
  ],
};

const categories = [
  {
    id: 'tech',
    title: 'Technical',
    description: 'Building things.',
    source: SOURCE,
    weight: 2,
    competencies: [
      {
        id: 'python',
        title: 'Python',
        description: 'Writing Python.',
        source: SOURCE,
        weight: 2,
        expectations: expect(1, 2, 3, 4),
        questions: [
          { id: 'py-level', kind: 'scale', role: 'behaviour', prompt: 'How well do you write Python?', source: SOURCE, key: true, levels: ANCHORS, weight: 2 },
          {
            id: 'py-years',
            kind: 'number',
            role: 'evidence',
            prompt: 'How many years have you written Python at work?',
            source: SOURCE,
            unit: 'years',
            min: 0,
            max: 40,
            bands: [
              { atLeast: 0, level: 0 },
              { atLeast: 1, level: 1 },
              { atLeast: 3, level: 2 },
              { atLeast: 5, level: 3 },
            ],
          },
        ],
        learning: [
          { from: 0, to: 1, actions: ['Finish a Python tutorial'], resources: [{ title: 'The Python Tutorial', kind: 'docs', url: 'https://docs.python.org/3/tutorial/' }] },
          { from: 1, to: 2, actions: ['Write a tested package'] },
          { from: 2, to: 3, actions: ['Profile and speed up a service'] },
          { from: 3, to: 4, actions: ['Review others’ Python'] },
        ],
      },
      {
        id: 'mlops',
        title: 'MLOps',
        description: 'Running models in production.',
        source: SOURCE,
        expectations: expect(1, 2, 3, 3),
        questions: [
          {
            id: 'mlops-tools',
            kind: 'multi',
            role: 'evidence',
            prompt: 'Which tools have you used in production?',
            source: SOURCE,
            options: [
              { id: 'docker', label: 'Docker' },
              { id: 'kubernetes', label: 'Kubernetes' },
              { id: 'airflow', label: 'Airflow' },
              { id: 'mlflow', label: 'MLflow' },
            ],
            bands: [
              { atLeast: 0, level: 0 },
              { atLeast: 1, level: 1 },
              { atLeast: 2, level: 2 },
              { atLeast: 3, level: 3 },
            ],
          },
          { id: 'mlops-deployed', kind: 'boolean', role: 'evidence', prompt: 'Have you deployed a model yourself?', source: SOURCE, levelIfTrue: 3, levelIfFalse: 0 },
          { id: 'mlops-level', kind: 'scale', role: 'behaviour', prompt: 'How far have you taken models into production?', source: SOURCE, key: true, levels: ANCHORS, weight: 2 },
          { id: 'mlops-rollback', kind: 'scale', role: 'behaviour', prompt: 'How have you rolled back a model?', source: SOURCE, levels: ANCHORS },
        ],
        learning: [{ from: 1, to: 2, actions: ['Containerise a model'] }],
      },
      {
        id: 'cloud',
        title: 'Cloud',
        description: 'Cloud platforms.',
        source: SOURCE,
        expectations: expect(0, 1, 2, 3),
        questions: [
          {
            id: 'cloud-depth',
            kind: 'choice',
            role: 'behaviour',
            prompt: 'How deep is your cloud experience?',
            source: SOURCE,
            key: true,
            allowNA: true,
            options: [
              { id: 'none', label: 'None', level: 0 },
              { id: 'one', label: 'One service', level: 1 },
              { id: 'few', label: 'A few services', level: 2 },
              { id: 'many', label: 'Many services', level: 3 },
              { id: 'architect', label: 'Designed platforms', level: 4 },
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'people',
    title: 'People',
    description: 'Working with others.',
    source: SOURCE,
    competencies: [
      {
        id: 'communication',
        title: 'Communication',
        description: 'Explaining things.',
        source: SOURCE,
        expectations: expect(1, 2, 3, 4),
        questions: [{ id: 'comm-level', kind: 'scale', role: 'behaviour', prompt: 'How well do you explain your work?', source: SOURCE, key: true, allowNA: true, levels: ANCHORS }],
      },
      {
        id: 'mentoring',
        title: 'Mentoring',
        description: 'Growing others.',
        source: SOURCE,
        expectations: expect(0, 1, 2, 3),
        questions: [
          { id: 'mentor-done', kind: 'boolean', role: 'evidence', prompt: 'Have you mentored someone for a year?', source: SOURCE, levelIfTrue: 3, levelIfFalse: 0 },
          { id: 'mentor-level', kind: 'scale', role: 'behaviour', prompt: 'How much have you helped others grow?', source: SOURCE, key: true, levels: ANCHORS },
        ],
      },
      {
        id: 'ethics',
        title: 'Ethics',
        description: 'Responsible AI; context only.',
        source: SOURCE,
        weight: 0,
        expectations: expect(1, 1, 2, 3),
        questions: [{ id: 'ethics-level', kind: 'scale', role: 'behaviour', prompt: 'How much have you done on responsible AI?', source: SOURCE, key: true, levels: ANCHORS }],
      },
    ],
  },
  {
    id: 'context',
    title: 'Context',
    description: 'Shown, never counted.',
    source: SOURCE,
    weight: 0,
    competencies: [
      {
        id: 'research',
        title: 'Research',
        description: 'Publishing.',
        source: SOURCE,
        expectations: expect(0, 0, 1, 2),
        questions: [{ id: 'research-level', kind: 'scale', role: 'behaviour', prompt: 'How much research have you published?', source: SOURCE, key: true, allowNA: true, levels: ANCHORS }],
      },
    ],
  },
];

/** A fresh synthetic set (a new object each call, so a test may change it freely). */
export function syntheticSet(): RubricSet {
  const file = stagesFileSchema.parse(stages);
  return {
    info: { ...file.rubricSet, digest: 'sha256:synthetic' },
    attainment: file.attainment,
    stages: file.stages,
    categories: categories.map((category) => categorySchema.parse(category)),
    tracks: [],
  };
}
