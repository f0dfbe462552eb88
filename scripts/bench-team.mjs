// The `team` case, waiting for `ml-career team <dir>` (another change): when the
// built CLI has the command, 1,000 JSON reports are generated and aggregated;
// until then the case is reported as skipped. To add further cases that depend
// on commands not built yet, follow this shape: detect, generate, return a case.
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cliOutput, completeAnswers } from './bench-fixtures.mjs';

export const TEAM_REPORTS = 1000;
export const TEAM_BUDGET_MS = 1500;
const VARIANTS = 5;

export function cliHasCommand(cli, command) {
  return spawnSync(process.execPath, [cli, command, '--help'], { stdio: 'ignore' }).status === 0;
}

/**
 * The team case ({ name, args, budgetMs }) over a directory of generated reports,
 * or undefined when the CLI has no `team` command yet.
 */
export async function teamCase(cli, workDir, rubrics) {
  if (!cliHasCommand(cli, 'team')) return undefined;
  const reports = [];
  for (let variant = 0; variant < VARIANTS; variant++) {
    const answers = join(workDir, `team-answers-${variant}.json`);
    await writeFile(answers, JSON.stringify(completeAnswers(rubrics, variant)));
    reports.push(JSON.parse(cliOutput(cli, ['assess', '--answers', answers, '--format', 'json'])));
  }
  const dir = join(workDir, 'team');
  await mkdir(dir, { recursive: true });
  for (let person = 0; person < TEAM_REPORTS; person++) {
    const subject = `person-${String(person).padStart(4, '0')}`;
    await writeFile(join(dir, `${subject}.json`), JSON.stringify({ ...reports[person % VARIANTS], subject }));
  }
  return { name: `ml-career team (${TEAM_REPORTS} reports) --format json`, args: [cli, 'team', dir, '--format', 'json'], budgetMs: TEAM_BUDGET_MS };
}
