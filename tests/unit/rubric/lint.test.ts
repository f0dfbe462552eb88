import { describe, expect, test } from 'vitest';
import { loadRubricSet } from '../../../src/rubric/load.ts';
import { fixture, inline, problemsOf, readFixtureText } from '../../helpers/rubric-fixtures.ts';

const L = 'tests/fixtures/rubrics/lints';
const STAGES = 'tests/fixtures/rubrics/valid/stages.yaml';

/** One row a lint: the fixture loaded with the valid stages (and the valid skills, for cross-file rules). */
const categoryLints: { name: string; withSkills?: boolean; expected: string }[] = [
  { name: 'duplicate-category-id', expected: `${L}/duplicate-category-id.yaml:2:1: id: duplicate category id "skills" (first defined at tests/fixtures/rubrics/valid/skills.yaml:2:1)` },
  { name: 'duplicate-competency-id', expected: `${L}/duplicate-competency-id.yaml:7:5: competencies[0].id: duplicate competency id "alpha" (first defined at tests/fixtures/rubrics/valid/skills.yaml:7:5)` },
  { name: 'duplicate-question-id', expected: `${L}/duplicate-question-id.yaml:13:9: competencies[0].questions[0].id: duplicate question id "alpha-depth" (first defined at tests/fixtures/rubrics/valid/skills.yaml:13:9)` },
  { name: 'duplicate-option-id', expected: `${L}/duplicate-option-id.yaml:25:15: competencies[0].questions[1].options[1].id: duplicate option id "some" (first defined at ${L}/duplicate-option-id.yaml:24:15)` },
  { name: 'unknown-stage', expected: `${L}/unknown-stage.yaml:11:50: competencies[0].expectations.staff: expectation for unknown stage "staff" — the stages are: entry, mid, senior` },
  { name: 'missing-stage', expected: `${L}/missing-stage.yaml:11:5: competencies[0].expectations: no expectation for stage "mid"` },
  { name: 'decreasing-expectation', expected: `${L}/decreasing-expectation.yaml:11:31: competencies[0].expectations.mid: expectation drops from 2 at "entry" to 1 at "mid"` },
  { name: 'missing-learning-step', expected: `${L}/missing-learning-step.yaml:19:5: competencies[0].learning: missing learning step 1→2` },
  { name: 'duplicate-learning-step', expected: `${L}/duplicate-learning-step.yaml:21:9: competencies[0].learning[1]: duplicate learning step 0→1` },
  { name: 'no-key-question', expected: `${L}/no-key-question.yaml:12:5: competencies[0].questions: competency "gamma" has no key question` },
  { name: 'two-key-questions', expected: `${L}/two-key-questions.yaml:21:9: competencies[0].questions[1].key: competency "gamma" has more than one key question` },
  { name: 'multi-band-start', expected: `${L}/multi-band-start.yaml:25:15: competencies[0].questions[1].bands[0].atLeast: the first band starts at 1, not at 0` },
  { name: 'band-overlap', expected: `${L}/band-overlap.yaml:27:15: competencies[0].questions[1].bands[2].atLeast: band atLeast 1 is not above the previous band's 1` },
  { name: 'band-level-decrease', expected: `${L}/band-level-decrease.yaml:27:27: competencies[0].questions[1].bands[2].level: band level 2 is below the previous band's 3` },
  { name: 'multi-band-beyond-options', expected: `${L}/multi-band-beyond-options.yaml:26:15: competencies[0].questions[1].bands[1].atLeast: band atLeast 3 is beyond the number of options (2)` },
  { name: 'number-band-start', expected: `${L}/number-band-start.yaml:27:15: competencies[0].questions[1].bands[0].atLeast: the first band starts at 1, not at 0` },
  { name: 'number-band-outside', expected: `${L}/number-band-outside.yaml:28:15: competencies[0].questions[1].bands[1].atLeast: band atLeast 60 is beyond max (50)` },
  { name: 'number-min-max', expected: `${L}/number-min-max.yaml:24:9: competencies[0].questions[1].min: min (10) is not below max (10)` },
  { name: 'joined-review', expected: `${L}/joined-review.yaml:23:13: competencies[0].questions[0].levels[3]: the level 3 anchor joins two achievements with "and review…" — an anchor names one achievement` },
  { name: 'boolean-levels', expected: `${L}/boolean-levels.yaml:23:9: competencies[0].questions[1].levelIfTrue: levelIfTrue (0) is below levelIfFalse (2)` },
  { name: 'category-weight-without-competency-weight', expected: `${L}/category-weight-without-competency-weight.yaml:6:1: weight: category "broken" has weight 2 but all its competencies have weight 0` },
  { name: 'small-raise', withSkills: false, expected: `${STAGES}:21:5: stages[2]: a person exactly at "mid" would already meet "senior" (90% of its expectations met, coverage 80%): "senior" raises expectations on only 10% of the competency weight` },
  { name: 'unreachable-stage', withSkills: false, expected: `${STAGES}:21:5: stages[2]: no answers can reach stage "senior": even the best answers leave gamma (best 2, expected 4)` },
  { name: 'zero-weight-set', withSkills: false, expected: `${L}/zero-weight-set.yaml:6:1: weight: no competency in the set carries weight` },
];

describe('category lints', () => {
  test.each(categoryLints)('$name', ({ name, withSkills = true, expected }) => {
    const sources = [fixture('valid/stages.yaml'), ...(withSkills ? [fixture('valid/skills.yaml')] : []), fixture(`lints/${name}.yaml`)];
    const problems = problemsOf(() => loadRubricSet(sources));
    expect(problems.some((problem) => problem.startsWith(expected)), `expected a problem starting with\n  ${expected}\ngot\n  ${problems.join('\n  ')}`).toBe(true);
  });

  test('a fixture breaking one rule reports that rule only', () => {
    const problems = problemsOf(() => loadRubricSet([fixture('valid/stages.yaml'), fixture('valid/skills.yaml'), fixture('lints/band-overlap.yaml')]));
    expect(problems).toHaveLength(1);
  });
});

describe('an anchor joining two achievements', () => {
  test.each([
    ['and reviewed', "Has designed a system and reviewed others' designs."],
    ['and review', 'Has written the plan AND review the work of two engineers.'],
  ])('"%s" is refused in a flow list too, where a comment above the line cannot opt one item out', (_name, anchor) => {
    const levels = `# lint: allow-joined\n        levels: [Not yet., Guided., Alone., "${anchor}", Set.]\n`;
    const text = readFixtureText('lints/joined-review.yaml').replace(/levels:\n(?:\s+(?:#.*|- .*)\n)+/, levels);
    const problems = problemsOf(() => loadRubricSet([fixture('valid/stages.yaml'), fixture('valid/skills.yaml'), inline(`${L}/flow.yaml`, text)]));
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${L}/flow\\.yaml:19:45: competencies\\[0\\]\\.questions\\[0\\]\\.levels\\[3\\]: the level 3 anchor joins two achievements`))]);
  });

  test('words that only look alike ("reviewing", "and reviews", "review and") pass', () => {
    const text = readFixtureText('lints/joined-review.yaml').replace("and reviewed others' designs", 'reviewing designs, then review and merge, and reviews');
    expect(() => loadRubricSet([fixture('valid/stages.yaml'), fixture('valid/skills.yaml'), inline(`${L}/alike.yaml`, text)])).not.toThrow();
  });

  test('"# lint: allow-joined" on the line just before the anchor keeps it', () => {
    const set = loadRubricSet([fixture('valid/stages.yaml'), fixture('valid/skills.yaml'), fixture('lints/joined-review-allowed.yaml')]);
    expect(set.categories.map((category) => category.id)).toEqual(['skills', 'allowed']);
  });
});

describe('stage lints', () => {
  test.each([
    ['stage-duplicate-id', 'tests/fixtures/rubrics/stage-duplicate-id/stages.yaml:21:5: stages[2].id: duplicate stage id "mid" (first defined at tests/fixtures/rubrics/stage-duplicate-id/stages.yaml:16:5)'],
    ['stage-salary', 'tests/fixtures/rubrics/stage-salary/stages.yaml:15:42: stages[0].salary.min: salary min (300) is above max (200)'],
    ['stage-years', 'tests/fixtures/rubrics/stage-years/stages.yaml:20:14: stages[1].years.min: years min (3) is above max (1)'],
  ])('%s', (dir, expected) => {
    const problems = problemsOf(() => loadRubricSet([fixture(`${dir}/stages.yaml`), fixture('valid/skills.yaml')]));
    expect(problems.some((problem) => problem.startsWith(expected)), problems.join('\n')).toBe(true);
  });

  test('a raise above 25% but not above 1 − coverage is refused, and the message says why', () => {
    const problems = problemsOf(() => loadRubricSet([fixture('low-coverage/stages.yaml'), fixture('low-coverage/skills.yaml')]));
    expect(problems).toEqual([
      expect.stringContaining(
        'tests/fixtures/rubrics/low-coverage/stages.yaml:21:5: stages[2]: a person exactly at "mid" would already meet "senior" (60% of its expectations met, coverage 50%): "senior" raises expectations on only 40% of the competency weight — raise "senior" expectations on more competencies (at least 50% of the weight), or by more than one level',
      ),
    ]);
  });
});
