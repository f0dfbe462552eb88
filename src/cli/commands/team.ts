import { basename } from 'node:path';
import { DataError } from '../../errors.ts';
import { dataDir } from '../../io/data-dir.ts';
import { renderTeam } from '../../render/team/render-team.ts';
import { aggregateTeam, type TeamMember } from '../../team/aggregate-team.ts';
import { pseudonymKey } from '../../io/pseudonym-key.ts';
import { pseudonymsFor } from '../../team/pseudonyms.ts';
import { withholdSmallGroups } from '../../team/min-group.ts';
import { isTeamFileName } from '../../io/known-files.ts';
import { readTeamReports } from '../../io/read-team-reports.ts';
import { selectMembers, type SourcedReport } from '../../team/select-members.ts';
import type { CliContext, CommandContext } from '../context.ts';
import { checkOutputs, writeResult } from '../output.ts';
import { pseudonymKeyInput } from '../command-inputs.ts';
import { resolveFormat } from '../report-output.ts';
import { teamFormats } from '../../render/format.ts';
import type { TeamOptions } from '../specs.ts';
import { warn } from './warn.ts';

export async function teamCommand(context: CommandContext, paths: string[], options: TeamOptions): Promise<void> {
  const format = resolveFormat(options.format, options.output, teamFormats);
  const inputs = [
    ...paths.map((path) => ({ path, what: 'the reports', reads: isTeamFileName })),
    ...(options.anonymize ? [pseudonymKeyInput(context)] : []),
  ];
  await checkOutputs(context, [{ flag: '-o', path: options.output }], inputs);
  const reading = await readTeamReports(paths);
  // A manager's or peer's rating is calibration data: it enters the team view only when asked for.
  const ratings = options.includeRatings ? [] : reading.reports.filter(({ report }) => report.rater !== undefined && report.rater.role !== 'self');
  const selection = selectMembers(reading.reports.filter((entry) => !ratings.includes(entry)));
  for (const { source, report } of ratings) {
    warn(context, { file: source, message: `a rating of ${report.subject ?? 'someone'} by ${report.rater!.role === 'manager' ? 'their manager' : 'a peer'}`, hint: 'skipped (--include-ratings adds ratings)' });
  }
  const problems = [...reading.problems, ...selection.skipped];
  if (options.strict && problems.length > 0) {
    throw new DataError(problems.map((problem) => ({ ...problem, hint: problem.hint ?? 'fix or remove it, or leave out --strict to skip it' })));
  }
  for (const problem of problems) warn(context, { ...problem, hint: `${problem.hint === undefined ? '' : `${problem.hint}; `}skipped` });
  if (selection.members.length === 0) {
    throw new DataError({ message: 'no reports to aggregate', hint: 'give JSON reports (`ml-career assess --format json -o name.json`) or directories holding them' });
  }
  const members = options.anonymize ? await anonymized(context, selection.members) : selection.members.map(named);
  const team = withholdSmallGroups(aggregateTeam(members, { toolVersion: context.version, anonymized: options.anonymize === true }), options.minGroup);
  if (format === 'csv' && team.people.length === 0) {
    throw new DataError({
      message: `the CSV holds one row per person, and ${team.size === 1 ? 'one report is' : `${team.size} reports are`} fewer than --min-group ${options.minGroup}`,
      hint: 'add reports, or pass --min-group 1 when everyone in it agreed to be shown',
    });
  }
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
