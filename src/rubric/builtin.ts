/**
 * The built-in rubric set as the build checked and compiled it (scripts/build.mjs
 * embeds it as JSON text), so a default run neither parses YAML nor runs the schema.
 * Running from source (the unit tests) there is no build: the YAML is loaded instead.
 */
import type { RubricSet } from '../contracts/rubric.ts';

declare const __ML_CAREER_BUILTIN_RUBRICS__: string | undefined;

export function compiledBuiltinRubrics(): RubricSet | undefined {
  // JSON.parse is faster than evaluating the same data as a JavaScript literal.
  return typeof __ML_CAREER_BUILTIN_RUBRICS__ === 'string' ? (JSON.parse(__ML_CAREER_BUILTIN_RUBRICS__) as RubricSet) : undefined;
}
