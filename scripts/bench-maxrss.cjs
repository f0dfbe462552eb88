// Preloaded (node --require) into a measured process: writes its peak resident set
// size in KiB to the file named by ML_CAREER_BENCH_MAXRSS_FILE when it exits.
// CommonJS, so that measuring loads no ES module machinery into the process measured.
'use strict';
const file = process.env.ML_CAREER_BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => require('node:fs').writeFileSync(file, String(process.resourceUsage().maxRSS)));
