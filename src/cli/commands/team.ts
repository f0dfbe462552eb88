import { basename } from 'node:path';
import { DataError } from '../../errors.ts';
import { dataDir } from '../../io/data-dir.ts';
import { renderTeam } from '../../render/team/render-team.ts';
import { aggregateTeam, type TeamMember } from '../../team/aggregate-team.ts';
import { pseudonymKey } from '../../io/pseudonym-key.ts';
import { pseudonymsFor } from '../../team/pseudonyms.ts';
import { isTeamFileName } from '../../io/known-files.ts';
import { readTeamReports } from '../../io/read-team-reports.ts';
import { selectMembers, type SourcedReport } from '../../team/select-members.ts';
import type { CliContext, CommandContext } from '../context.ts';
import { checkOutputs, writeResult } from '../output.ts';
import { pseudonymKeyInput } from '../command-inputs.ts';
import { resolveFormat } from '../report-output.ts';
import type { TeamOptions } from '../specs.ts';
import { warn } from './warn.ts';

export async function teamCommand(context: CommandContext, paths: string[], options: TeamOptions): Promise<void> {
  const format = resolveFormat(options.format, options.output);
  const inputs = [
    ...paths.map((path) => ({ path, what: 'the reports', reads: isTeamFileName })),
    ...(options.anonymize ? [pseudonymKeyInput(context)] : []),
  ];
  await checkOutputs(context, [{ flag: '-o', path: options.output }], inputs);
  const reading = await readTeamReports(paths);
  const selection = selectMembers(reading.reports);
  const problems = [...reading.problems, ...selection.skipped];
  if (options.strict && problems.length > 0) {
    throw new DataError(problems.map((problem) => ({ ...problem, hint: problem.hint ?? 'fix or remove it, or leave out --strict to skip it' })));
  }
  for (const problem of problems) warn(context, { ...problem, hint: `${problem.hint === undefined ? '' : `${problem.hint}; `}skipped` });
  if (selection.members.length === 0) {
    throw new DataError({ message: 'no reports to aggregate', hint: 'give JSON reports (`ml-career assess --format json -o name.json`) or directories holding them' });
  }
  const members = options.anonymize ? await anonymized(context, selection.members) : selection.members.map(named);
  const team = aggregateTeam(members, { toolVersion: context.version, anonymized: options.anonymize === true });
  const toStdout = !options.output || options.output === '-';
  const color = toStdout && context.color;
  const width = toStdout ? context.stdout.columns : undefined;
  const text = renderTeam(team, format, width === undefined ? { color } : { color, width: Math.min(width, 160) });
  await writeResult(context, text, options.output, 0o600);
}

function nameOf({ source, report }: SourcedReport): string {
  return report.subject ?? basename(source).replace(/\.json$/i, '');
}

function named(member: SourcedReport): TeamMember {
  return { name: nameOf(member), source: member.source, report: member.report };
}

async function anonymized(context: CliContext, members: SourcedReport[]): Promise<TeamMember[]> {
  const key = await pseudonymKey(dataDir(context.env, context.home));
  const aliases = pseudonymsFor(members.map(nameOf), key);
  return members.map((member) => ({ name: aliases.get(nameOf(member))!, source: null, report: member.report }));
}
