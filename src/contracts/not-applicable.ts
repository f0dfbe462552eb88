/** The answer that leaves a question out of every total; kept apart from the zod schemas so that scoring and prompts load without zod. */
export const NOT_APPLICABLE = 'n/a';
