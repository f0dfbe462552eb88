/**
 * The report as JUnit XML, which GitLab shows natively: one test case per weighted
 * competency of the run, failed when below its expectation at the target stage, and
 * one for reaching the target stage itself. Test names stay the same from run to run
 * (no levels in them), so a CI server can follow each one over time.
 */
import type { Report } from '../../contracts/report.ts';
import { escapeXml, escapeXmlAttribute as attr } from '../kit/xml.ts';
import { formatLevel, formatPercent, reportTitle } from './phrases.ts';

interface TestCase {
  classname: string;
  name: string;
  outcome: { kind: 'passed' } | { kind: 'failure' | 'skipped'; message: string };
}

export function renderJunit(report: Report): string {
  const cases = [...competencyCases(report), stageCase(report)];
  const failures = cases.filter((test) => test.outcome.kind === 'failure').length;
  const skipped = cases.filter((test) => test.outcome.kind === 'skipped').length;
  const suite = `${reportTitle(report)}: expectations of ${report.target.title}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ml-career" tests="${cases.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="${attr(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" timestamp="${attr(report.generatedAt)}">`,
    ...cases.map(testCase),
    '  </testsuite>',
    '</testsuites>',
  ];
  return `${lines.join('\n')}\n`;
}

function testCase(test: TestCase): string {
  const open = `    <testcase classname="${attr(test.classname)}" name="${attr(test.name)}"`;
  if (test.outcome.kind === 'passed') return `${open}/>`;
  const { kind, message } = test.outcome;
  return `${open}>\n      <${kind} message="${attr(message)}"${kind === 'failure' ? ' type="gap"' : ''}>${escapeXml(message)}</${kind}>\n    </testcase>`;
}

function competencyCases(report: Report): TestCase[] {
  const gaps = new Map(report.gaps.map((gap) => [gap.competency, gap]));
  return report.competencies
    .filter((competency) => competency.weight > 0)
    .map((competency) => {
      const base = { classname: `ml-career.${competency.category}`, name: competency.title };
      if (competency.level === null) return { ...base, outcome: { kind: 'skipped', message: 'not assessed in this run' } };
      if (competency.level >= competency.expected) return { ...base, outcome: { kind: 'passed' } };
      const action = gaps.get(competency.id)?.steps[0]?.actions[0];
      const message =
        `level ${formatLevel(competency.level)}, expected ${formatLevel(competency.expected)} for ${report.target.title} ` +
        `(gap ${formatLevel(competency.expected - competency.level)})${action === undefined ? '' : `; first: ${action}`}`;
      return { ...base, outcome: { kind: 'failure', message } };
    });
}

/** Reaching the target stage: met when the shortest path to it is empty and something weighted was assessed. */
function stageCase(report: Report): TestCase {
  const base = { classname: 'ml-career.stage', name: `stage: ${report.target.title}` };
  const assessed = report.competencies.some((competency) => competency.weight > 0 && competency.level !== null);
  if (!report.scope.weighted || !assessed) return { ...base, outcome: { kind: 'skipped', message: 'nothing weighted was assessed, so no stage can be told' } };
  if (report.target.path.length === 0) return { ...base, outcome: { kind: 'passed' } };
  const first = report.target.path[0]!;
  const message =
    `assessed at ${report.stage.title}; ${formatPercent(report.target.readiness)} of the expectations of ${report.target.title} met; ` +
    `first step: ${first.title} ${first.from} → ${first.to}${first.action === null ? '' : ` (${first.action})`}`;
  return { ...base, outcome: { kind: 'failure', message } };
}
