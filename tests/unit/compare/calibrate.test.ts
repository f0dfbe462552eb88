import { describe, expect, test } from 'vitest';
import { calibrate, type RatedReport } from '../../../src/compare/calibrate.ts';
import type { Rater, Report } from '../../../src/contracts/report.ts';
import { DataError } from '../../../src/errors.ts';
import { sampleReport } from '../../helpers/sample-reports.ts';

/** The sample report as `rater` saw it, with the first competency at `level`. */
function rating(source: string, rater: Rater | undefined, level: number): RatedReport {
  const report = sampleReport();
  const [first, ...rest] = report.competencies;
  const changed: Report = { ...report, competencies: [{ ...first!, level }, ...rest] };
  return { source, report: rater === undefined ? changed : { ...changed, rater } };
}

describe('calibrate', () => {
  test.each([
    ['equal', 3, 3, null],
    ['one level apart', 3, 2, 'check'],
    ['two levels apart', 3, 1, 'discuss-first'],
    ['the other higher by three', 1, 4, 'discuss-first'],
  ] as const)('self and manager %s → %s', (_name, self, manager, flag) => {
    const calibration = calibrate([rating('m.json', { role: 'manager' }, manager), rating('s.json', undefined, self)], '9.9.9');
    expect(calibration.raters.map((rater) => rater.role)).toEqual(['self', 'manager']);
    expect(calibration.competencies[0]).toMatchObject({ levels: [self, manager], spread: Math.abs(self - manager), flag });
  });

  test('the largest difference from self counts, across several raters', () => {
    const calibration = calibrate(
      [rating('s.json', { role: 'self' }, 3), rating('p1.json', { role: 'peer', name: 'Lin' }, 3), rating('p2.json', { role: 'peer' }, 1), rating('m.json', { role: 'manager' }, 2)],
      '9.9.9',
    );
    expect(calibration.raters.map((rater) => `${rater.role}:${rater.name}`)).toEqual(['self:Ada Lovelace', 'manager:null', 'peer:Lin', 'peer:null']);
    expect(calibration.competencies[0]).toMatchObject({ levels: [3, 2, 3, 1], spread: 2, difference: 2, flag: 'discuss-first' });
  });

  test('without a self rating, the spread between any two raters sets the flag', () => {
    const calibration = calibrate([rating('m.json', { role: 'manager' }, 3), rating('p.json', { role: 'peer' }, 2)], '9.9.9');
    expect(calibration.competencies[0]).toMatchObject({ difference: 1, flag: 'check' });
  });

  test('refuses mixed rubric sets, naming both', () => {
    const other = rating('b.json', { role: 'manager' }, 3);
    other.report = { ...other.report, rubricSet: { ...other.report.rubricSet, id: 'data-engineer' } };
    expect(() => calibrate([rating('a.json', undefined, 3), other], '9.9.9')).toThrow(DataError);
    expect(() => calibrate([rating('a.json', undefined, 3), other], '9.9.9')).toThrow(/"ml-systems-engineer 1.0.0" \(a.json\), "data-engineer 1.0.0" \(b.json\)/);
  });
});
