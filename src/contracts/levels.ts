/** The level scale: defined in limits.ts (src/assessment still imports it from here). */
export { MAX_LEVEL, MIN_LEVEL } from './limits.ts';
