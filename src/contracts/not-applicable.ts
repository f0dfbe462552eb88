/** "n/a": defined in limits.ts (src/assessment still imports it from here). */
export { NOT_APPLICABLE } from './limits.ts';
