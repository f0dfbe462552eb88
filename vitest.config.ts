/**
 * The tests in layers, one vitest project per folder of tests/ (README, Development):
 *
 *   unit          tests/unit/<layer>/…, mirroring src/; and the tests of the test helpers
 *   property      invariants over generated inputs (fast-check)
 *   differential  a fast path against the full path it stands in for
 *   fuzz          damaged inputs through the whole path
 *   corpus        every bad input a person can give the built binary
 *   e2e           the built binary, spawned without a terminal
 *   pty           the built binary in a real pseudo-terminal (tmux)
 *   browser       the HTML reports in chromium
 *   build         the build's output
 *   other         any other folder of tests/, so that no test is left out of `npm test`
 *
 * `npm run test:<name>` runs one; `npm test` runs them all. Every file runs with its
 * own TMPDIR, which must be empty when it ends (tests/helpers/setup-temp.ts).
 */
import { defineConfig } from 'vitest/config';

const LAYERS = {
  unit: ['tests/unit/**/*.test.ts', 'tests/helpers/**/*.test.ts'],
  property: ['tests/property/**/*.test.ts'],
  differential: ['tests/differential/**/*.test.ts'],
  fuzz: ['tests/fuzz/**/*.test.ts'],
  corpus: ['tests/corpus/**/*.test.ts'],
  e2e: ['tests/e2e/**/*.test.ts'],
  pty: ['tests/pty/**/*.test.ts'],
  browser: ['tests/browser/**/*.test.ts'],
  build: ['tests/build/**/*.test.ts'],
};
const named = Object.values(LAYERS).flat();

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    globalSetup: ['tests/helpers/temp-global.ts'],
    projects: [
      ...Object.entries(LAYERS).map(([name, include]) => ({
        extends: true as const,
        test: { name, include, setupFiles: ['tests/helpers/setup-temp.ts'] },
      })),
      {
        extends: true as const,
        test: { name: 'other', include: ['tests/**/*.test.ts'], exclude: [...named, 'tests/fixtures/**', '**/node_modules/**'], setupFiles: ['tests/helpers/setup-temp.ts'] },
      },
    ],
  },
});
