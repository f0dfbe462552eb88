/**
 * Preload (`node --require tests/helpers/deny-network.cjs …`, or through
 * NODE_OPTIONS) that makes every way out to the network end the process: each
 * entry point below writes MARK and what was called to stderr (and, when
 * ML_CAREER_NETWORK_LOG names a file, appends it there too), then exits with
 * EXIT_CODE. tests/e2e/no-network.test.ts runs every command under it.
 */
'use strict';
const fs = require('node:fs');

const MARK = 'ML-CAREER-TEST: NETWORK ACCESS';
const EXIT_CODE = 97;

function denied(what) {
  return function deniedNetworkCall() {
    const line = `${MARK}: ${what}\n`;
    try {
      fs.writeSync(2, line);
    } catch {
      // stderr may be closed; the log file still tells.
    }
    const log = process.env.ML_CAREER_NETWORK_LOG;
    if (log) fs.appendFileSync(log, line);
    process.exit(EXIT_CODE);
  };
}

function replace(moduleName, names) {
  const mod = require(moduleName);
  for (const name of names) {
    if (typeof mod[name] === 'function') mod[name] = denied(`${moduleName}.${name}`);
  }
  return mod;
}

const net = replace('node:net', ['connect', 'createConnection', 'createServer']);
net.Socket.prototype.connect = denied('net.Socket.prototype.connect');
replace('node:tls', ['connect']);
replace('node:http', ['request', 'get']);
replace('node:https', ['request', 'get']);
replace('node:http2', ['connect']);
replace('node:dgram', ['createSocket']);
const dns = replace('node:dns', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCname', 'resolveMx', 'resolveNs', 'resolveSrv', 'resolveTxt', 'reverse']);
for (const name of ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  if (typeof dns.promises[name] === 'function') dns.promises[name] = denied(`dns.promises.${name}`);
}
replace('node:dns/promises', ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']);
for (const name of ['fetch', 'WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') globalThis[name] = denied(`globalThis.${name}`);
}
// ES modules that import these built-ins by name see the replacements too.
require('node:module').syncBuiltinESMExports();

module.exports = { MARK, EXIT_CODE };
