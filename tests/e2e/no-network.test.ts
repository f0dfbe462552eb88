/**
 * "No network access anywhere in the tool": the built bundles load only local
 * Node built-ins (third-party code is bundled in and checked with them) and call
 * no fetch. A dependency that starts phoning home fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/cli.ts';

const dist = join(repoRoot, 'dist');
const bundles = readdirSync(dist).filter((name) => name.endsWith('.js'));
const NETWORK_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|dns|inspector)(\/.*)?$/;

describe('the built bundles', () => {
  it('exist (run `npm run build` first)', () => {
    expect(bundles).toContain('cli.js');
  });

  it.each(bundles)('%s requires no network module and no package from node_modules', (name) => {
    const code = readFileSync(join(dist, name), 'utf8');
    const required = [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
    const modules = required.filter((id) => !id.startsWith('./'));
    expect(modules.filter((id) => NETWORK_MODULES.test(id))).toEqual([]);
    // Anything else must be a Node built-in: a bare package name would load unchecked code at run time.
    expect(modules.filter((id) => !id.startsWith('node:') && !['process', 'buffer', 'tty', 'stream', 'fs', 'path', 'os', 'util', 'events', 'url', 'crypto', 'readline', 'child_process', 'string_decoder', 'assert'].includes(id))).toEqual([]);
    expect(code).not.toMatch(/\bfetch\(|\bXMLHttpRequest\b|\bWebSocket\(/);
  });
});
