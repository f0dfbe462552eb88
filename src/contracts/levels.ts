/** The level scale, kept apart from the zod schemas so that scoring can use it without loading zod. */
export const MIN_LEVEL = 0;
export const MAX_LEVEL = 4;
