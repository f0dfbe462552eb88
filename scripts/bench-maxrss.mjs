// Preloaded (node --import) into a measured process: writes its peak resident set
// size in KiB to the file named by ML_CAREER_BENCH_MAXRSS_FILE when it exits.
import { writeFileSync } from 'node:fs';

const file = process.env.ML_CAREER_BENCH_MAXRSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
