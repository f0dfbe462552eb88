/** Validates an XML document against the JUnit schema of tests/fixtures/junit with xmllint (libxml2-utils). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const JUNIT_XSD = join(import.meta.dirname, '..', 'fixtures', 'junit', 'junit.xsd');

/** xmllint's verdict on `xml`: ok, and its messages when not. */
export function validateJunit(xml: string): { ok: boolean; messages: string } {
  const result = spawnSync('xmllint', ['--noout', '--schema', JUNIT_XSD, '-'], { input: xml, encoding: 'utf8' });
  return { ok: result.status === 0, messages: result.stderr };
}
