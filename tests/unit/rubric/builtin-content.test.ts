/**
 * The built-in rubrics against the role document they were written from: every
 * requirement bullet and every essential soft skill is asked about, the stages can
 * be told apart, and a person can reach the top of every competency.
 */
import { stageSalaries } from '../../../src/contracts/ladder.ts';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtinRubricDir, readRubricDir } from '../../../src/io/read-rubric-dir.ts';
import { bestCompetencyLevel } from '../../../src/rubric/lint-ladder.ts';
import { loadRubricSet } from '../../../src/rubric/load.ts';
import type { RubricSet } from '../../../src/contracts/rubric.ts';

/** The role document's Requirements bullets (section path → bullets), copied verbatim. */
const requirementBullets: Record<string, string[]> = {
  'Requirements › Educational Background': [
    "Bachelor's degree in Computer Science, Mathematics, Data Science, or related fields",
    "Advanced degrees (Master's or Ph.D.) often preferred, especially for senior roles",
  ],
  'Requirements › Technical Skills › Programming Languages': [
    'Proficiency in Python, Java, C++, R, and Scala',
    'Strong emphasis on Python for ML and AI applications',
  ],
  'Requirements › Technical Skills › Machine Learning and AI': [
    'In-depth knowledge of ML algorithms and deep learning techniques',
    'Expertise in AI frameworks: TensorFlow, PyTorch, Scikit-learn',
    'Understanding of neural networks and deep learning architectures',
  ],
  'Requirements › Technical Skills › Data Science and Analytics': [
    'Advanced knowledge of probability, statistics, and linear algebra',
    'Skills in data modeling and experimental design',
    'Ability to perform statistical analysis and model fine-tuning',
  ],
  'Requirements › Technical Skills › Software Engineering': [
    'Experience with version control systems (e.g., Git)',
    'Familiarity with testing frameworks and deployment methodologies',
    'Knowledge of high-performance distributed systems',
  ],
  'Requirements › Professional Experience › Development and Deployment': [
    'Experience in developing, deploying, and maintaining AI/ML models',
    'Skills in building data pipelines and integrating APIs',
    'Ability to ensure robustness and performance of AI systems',
  ],
  'Requirements › Professional Experience › Data Infrastructure': [
    'Expertise in building data ingestion and transformation infrastructure',
    'Experience in automating infrastructure for data science teams',
  ],
  'Requirements › Professional Experience › Model Training and Evaluation': [
    'Proficiency in training and testing AI/ML models',
    'Experience with A/B testing and performance evaluation',
  ],
  'Requirements › Professional Experience › System Performance': [
    'Skills in monitoring and troubleshooting AI/ML systems',
    'Ability to optimize system performance and reliability',
  ],
  'Requirements › Soft Skills': [
    'Excellent written and oral communication',
    'Strong problem-solving and analytical thinking',
    'Creativity in addressing complex, loosely defined problems',
    'Ability to work effectively in cross-functional teams',
  ],
  'Requirements › Domain Expertise': [
    'Understanding of specific industry challenges and business needs',
    'Ability to align AI/ML solutions with business objectives',
  ],
  'Requirements › Additional Qualifications': [
    'Familiarity with cloud platforms (AWS, Google Cloud, Azure)',
    'Relevant certifications (e.g., AWS Machine Learning, IBM Applied AI)',
    'Experience in system administration and database management',
    'Knowledge of operational intelligence and AIOps',
  ],
};

const essentialSoftSkills = [
  'Communication',
  'Collaboration and Teamwork',
  'Analytical and Critical Thinking',
  'Adaptability and Continuous Learning',
  'Problem-Solving',
  'Emotional Intelligence and Resilience',
  'Domain Knowledge',
  'Public Speaking and Presentation',
  'Active Learning',
];

/** Core responsibilities the requirements do not already cover. */
const coreResponsibilities = [
  'Core Responsibilities › System Monitoring and Maintenance',
  'Core Responsibilities › Infrastructure Design and Management',
  'Core Responsibilities › Ethical Considerations',
];

let set: RubricSet;
let sources: string[];

beforeAll(async () => {
  set = loadRubricSet(await readRubricDir(builtinRubricDir()));
  sources = set.categories.flatMap((category) =>
    category.competencies.flatMap((competency) => competency.questions.map((question) => question.source)),
  );
});

describe('the built-in rubrics cover the role document', () => {
  const bullets = Object.entries(requirementBullets).flatMap(([section, list]) => list.map((bullet) => `${section} › ${bullet}`));
  test.each(bullets)('a question asks about "%s"', (source) => {
    expect(sources).toContain(source);
  });

  test.each(essentialSoftSkills)('a question asks about the essential soft skill "%s"', (skill) => {
    expect(sources).toContain(`Essential Soft Skills › ${skill}`);
  });

  test.each(coreResponsibilities)('a question asks about "%s"', (section) => {
    expect(sources.some((source) => source.startsWith(`${section} › `))).toBe(true);
  });

  test('education is context only: it never gates a stage', () => {
    const education = set.categories.flatMap((category) => category.competencies.map((competency) => ({ category, competency })))
      .filter(({ competency }) => competency.source.startsWith('Requirements › Educational Background'));
    expect(education.length).toBeGreaterThan(0);
    for (const { category, competency } of education) {
      expect(category.weight * competency.weight).toBe(0);
      expect(Object.values(competency.expectations).every((level) => level === 0)).toBe(true);
    }
  });
});

describe('the 2026 competencies cite the role document verbatim', () => {
  /** The bullets, copied verbatim from the role document (its Industry Trends, Core and Key Responsibilities and Common Challenges). */
  const cited: [string, string][] = [
    ['llm-systems', 'Advancements in Deep Learning and Large Language Models: Continuous improvements in deep learning algorithms and the rise of Large Language Models (LLMs) are pushing the boundaries of AI capabilities.'],
    ['model-efficiency', 'Develop and optimize AI algorithms for performance and efficiency'],
    ['continuous-training', 'Continuous Training and Improvement: Keeping models accurate and relevant by integrating new data and adapting to changing conditions.'],
    ['feature-engineering', 'Manage large datasets through ingestion, preprocessing, and feature engineering'],
    ['ml-system-design', 'System Design: Architect end-to-end AI/ML systems, including data ingestion, processing, model training, and deployment.'],
  ];

  test.each(cited)('%s cites its bullet of Industry Trends, Core or Key Responsibilities or Common Challenges, word for word', (id, bullet) => {
    const competency = set.categories.flatMap((category) => category.competencies).find((candidate) => candidate.id === id);
    expect(competency, id).toBeDefined();
    expect(competency!.source).toMatch(/^(Industry Trends|Core Responsibilities|Key Responsibilities|Common Challenges|Best Practices) › /);
    expect(competency!.source.endsWith(` › ${bullet}`)).toBe(true);
  });
});

describe('learning resources', () => {
  test('at least 90% have an https URL', () => {
    const resources = set.categories.flatMap((category) =>
      category.competencies.flatMap((competency) => competency.learning.flatMap((step) => step.resources)),
    );
    const linked = resources.filter((resource) => resource.url?.startsWith('https://'));
    expect(resources.length).toBeGreaterThan(0);
    expect(linked.length / resources.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('the built-in ladder', () => {
  test('has six stages from entry level, branching after the lead into architect and director, with the role document titles', () => {
    expect(set.stages.map((stage) => stage.title)).toEqual([
      'Entry level',
      'AI/ML Systems Engineer',
      'Senior AI/ML Engineer',
      'Technical Lead',
      'Machine Learning Architect',
      'Director of AI/ML Engineering',
    ]);
    expect(set.stages.find((stage) => stage.id === 'director')!.years).toEqual({ min: 7 });
  });

  test('every stage shows the salary by experience level, and the career progression figure too where the document gives one', () => {
    for (const stage of set.stages) {
      const salaries = stageSalaries(stage);
      expect(salaries[0]).toEqual(expect.objectContaining({ currency: 'USD', year: 2024 }));
      expect(salaries[0]!.source).toMatch(/^Salary Ranges \(US Market, 2024\) › Salary by Experience Level › /);
      for (const other of salaries.slice(1)) expect(other.source).toMatch(/^Career Development › Career Progression › /);
    }
    expect(stageSalaries(set.stages.find((stage) => stage.id === 'director')!).map((salary) => [salary.min, salary.max])).toEqual([
      [145100, 220000],
      [155200, 240000],
    ]);
  });

  test('every competency can reach its highest expectation', () => {
    for (const category of set.categories) {
      for (const competency of category.competencies) {
        const highest = Math.max(...Object.values(competency.expectations));
        expect(bestCompetencyLevel(competency), competency.id).toBeGreaterThanOrEqual(highest);
      }
    }
  });

  test('a quick run asks one key question per competency and takes minutes, not an hour', () => {
    const competencies = set.categories.flatMap((category) => category.competencies);
    const keys = competencies.flatMap((competency) => competency.questions.filter((question) => question.key));
    expect(keys).toHaveLength(competencies.length);
    expect(keys.length).toBeLessThanOrEqual(30);
  });
});
