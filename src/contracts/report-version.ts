/** The report contract's version: defined in limits.ts (src/assessment still imports it from here). */
export { REPORT_SCHEMA_VERSION } from './limits.ts';
