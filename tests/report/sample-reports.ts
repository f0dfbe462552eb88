/** The hand-built fixture reports, checked against the contract on load. */
import { readFileSync } from 'node:fs';
import { reportSchema, type Report } from '../../src/contracts/report.ts';

export const fixturePath = (name: string): string => new URL(`../fixtures/reports/${name}`, import.meta.url).pathname;

function load(name: string): Report {
  return reportSchema.parse(JSON.parse(readFileSync(fixturePath(name), 'utf8')));
}

/** Complete, senior, next stage lead: blockers of both kinds, gaps with steps and resources, notes. */
export const sampleReport = (): Report => load('sample.json');
/** A quick run with two questions unanswered: two competencies not assessed. */
export const incompleteReport = (): Report => load('sample-incomplete.json');

export const ANSI_ESCAPE = /\u001b\[/;
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
