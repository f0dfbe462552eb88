// Preloaded (node --require) into a run of the built CLI by the tests in this folder:
// at exit, writes the names of the dist/ bundles the run loaded, one per line, to the
// file named by ML_CAREER_TEST_BUNDLES_FILE.
'use strict';
const { basename, dirname, join } = require('node:path');

const file = process.env.ML_CAREER_TEST_BUNDLES_FILE;
const dist = join(__dirname, '..', '..', 'dist');
if (file) {
  process.on('exit', () => {
    const loaded = Object.keys(require.cache).filter((path) => dirname(path) === dist);
    require('node:fs').writeFileSync(file, loaded.map((path) => basename(path)).join('\n'));
  });
}
