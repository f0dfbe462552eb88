/**
 * The hand-built fixture reports (written in schema version 1), read the way every
 * command reads a report: checked against their contract and upgraded to the current one.
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../../src/contracts/report.ts';
import { reportFromBytes } from '../../src/io/read-report.ts';

export const fixturePath = (name: string): string => new URL(`../fixtures/reports/${name}`, import.meta.url).pathname;

function load(name: string): Report {
  return reportFromBytes(readFileSync(fixturePath(name)), fixturePath(name));
}

/** Complete, senior, next stage lead: blockers of both kinds, gaps with steps and resources, notes. */
export const sampleReport = (): Report => load('sample.json');
/** A quick run with two questions unanswered: two competencies not assessed. */
export const incompleteReport = (): Report => load('sample-incomplete.json');

export const ANSI_ESCAPE = /\u001b\[/;
export const stripAnsi = (text: string): string => text.replace(/\u001b\[[0-9;]*m/g, '');
