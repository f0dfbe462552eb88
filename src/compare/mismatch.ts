/**
 * Whether two reports measure the same thing: the same person (subject) and the
 * same questions (scope). Comparing a quick run with a full one, or Ada with
 * Grace, still works, but the moves may reflect the difference rather than progress.
 */
import type { Report } from '../contracts/report.ts';

type Scope = Pick<Report['scope'], 'quick' | 'only'>;

export interface Mismatch {
  /** Both reports name a subject, and not the same one (ignoring case and spacing). */
  subjects?: [string, string];
  /** Quick against full, or different `--only` categories (in any order). */
  scopes?: [Scope, Scope];
}

function sameSubject(a: string, b: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return normal(a) === normal(b);
}

function sameScope(a: Scope, b: Scope): boolean {
  const only = (scope: Scope) => [...new Set(scope.only ?? [])].sort().join(',');
  return a.quick === b.quick && only(a) === only(b);
}

/** What differs between the two reports; undefined when they are of the same subject and scope. */
export function reportMismatch(before: Report, after: Report): Mismatch | undefined {
  const mismatch: Mismatch = {};
  if (before.subject !== null && after.subject !== null && !sameSubject(before.subject, after.subject)) mismatch.subjects = [before.subject, after.subject];
  if (!sameScope(before.scope, after.scope)) {
    mismatch.scopes = [
      { quick: before.scope.quick, only: before.scope.only },
      { quick: after.scope.quick, only: after.scope.only },
    ];
  }
  return mismatch.subjects === undefined && mismatch.scopes === undefined ? undefined : mismatch;
}
