import { builtinRubricDir, readRubricDir } from '../../src/io/read-rubric-dir.ts';
import { loadRubricSet } from '../../src/rubric/load.ts';
import { describeAssessmentProperties } from '../helpers/assessment-properties.ts';

describeAssessmentProperties('built-in rubric set', loadRubricSet(await readRubricDir(builtinRubricDir())));
