/** Char codes the fast readers (clean-json.ts, quick-parse.ts) scan for, by `charCodeAt`. */
export const OPEN_SQUARE = 0x5b;
export const CLOSE_SQUARE = 0x5d;
export const OPEN_CURLY = 0x7b;
export const CLOSE_CURLY = 0x7d;
export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;
export const COLON = 0x3a;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
