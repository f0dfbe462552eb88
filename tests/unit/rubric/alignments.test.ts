import { describe, expect, test } from 'vitest';
import { buildReport } from '../../../src/assessment/build-report.ts';
import { alignmentSchema } from '../../../src/contracts/alignment.ts';
import { answersFileAt } from '../../helpers/answers-at.ts';
import { builtinSet } from '../../helpers/built-reports.ts';

// The SFIA skill codes the built-in rubrics may use: each one checked by hand against SFIA's published skill list.
const SFIA_SKILLS = new Set(['MLNG', 'DENG', 'DATS', 'PROG', 'DESN', 'RELM', 'ITOP', 'ARCH', 'SCTY']);

describe('alignments', () => {
  test('the built-in rubrics align competencies to SFIA skill codes only (no ESCO or O*NET id is shipped unverified)', async () => {
    const set = await builtinSet();
    const aligned = set.categories.flatMap((category) => category.competencies).filter((competency) => competency.alignments !== undefined);
    expect(aligned.map((competency) => competency.id)).toEqual(expect.arrayContaining(['ml-foundations', 'data-pipelines', 'math-statistics']));
    for (const competency of aligned) {
      for (const alignment of competency.alignments!) {
        expect(alignment.framework).toBe('sfia');
        expect(SFIA_SKILLS.has(alignment.code), `${competency.id}: ${alignment.code}`).toBe(true);
        expect(alignment.url).toBeUndefined();
      }
    }
  });

  test('every built-in stage has an SFIA level of responsibility, rising along the ladder', async () => {
    const set = await builtinSet();
    const level = (id: string) => set.stages.find((stage) => stage.id === id)!.alignments!.find((alignment) => alignment.framework === 'sfia')!.level!;
    for (const stage of set.stages) expect(level(stage.id)).toBeGreaterThanOrEqual(1);
    for (const stage of set.stages) if (stage.follows !== undefined) expect(level(stage.id)).toBeGreaterThan(level(stage.follows));
  });

  test('a report carries the alignments of its competencies', async () => {
    const set = await builtinSet();
    const report = buildReport(set, Object.fromEntries(Object.entries(answersFileAt(set, 2).answers).map(([id, value]) => [id, { value }])), {
      quick: false,
      generatedAt: new Date('2026-01-01T00:00:00Z'),
      toolVersion: '9.9.9',
    });
    expect(report.competencies.find((competency) => competency.id === 'ml-foundations')!.alignments).toEqual([{ framework: 'sfia', code: 'MLNG' }]);
    expect(report.competencies.find((competency) => competency.id === 'communication')!.alignments).toBeUndefined();
  });

  test.each([
    [{ framework: 'sfia', code: 'MLNG', level: 4 }, true],
    [{ framework: 'esco', code: 'x', url: 'https://data.europa.eu/esco/skill/x' }, true],
    [{ framework: 'linkedin', code: 'x' }, false],
    [{ framework: 'sfia', code: ' ' }, false],
    [{ framework: 'sfia', code: 'MLNG', level: 8 }, false],
    [{ framework: 'custom', code: 'x', url: 'http://insecure.example' }, false],
  ])('%j valid: %s', (alignment, valid) => {
    expect(alignmentSchema.safeParse(alignment).success).toBe(valid);
  });
});
