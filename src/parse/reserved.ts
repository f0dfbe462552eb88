/**
 * What every reader of ml-career files refuses, in one place: the keys that could
 * reach Object.prototype, and the characters YAML does not take as plain text.
 */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Tabs, what YAML calls non-printable, and characters some YAML readers take as line breaks or BOMs. */
export const NOT_PLAIN_TEXT = /[^\n\r\x20-\x7e\u00a0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\ud800-\udfff]/;
