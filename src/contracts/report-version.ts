/** The report contract's version; kept apart from the zod schema so that building a report does not load zod. */
export const REPORT_SCHEMA_VERSION = 2;
