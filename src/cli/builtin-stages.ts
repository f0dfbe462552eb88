/**
 * The ids of the built-in stages, for `assess --help`. scripts/build.mjs writes them
 * in from the rubrics it compiles, so help shows them without loading any rubric.
 * Run from source (the unit tests) there is no build, and none are known.
 */
declare const __ML_CAREER_BUILTIN_STAGES__: string | undefined;

export function builtinStageIds(): string[] | undefined {
  return typeof __ML_CAREER_BUILTIN_STAGES__ === 'string' ? __ML_CAREER_BUILTIN_STAGES__.split(',') : undefined;
}
