/** Links in any format: only https addresses are ever linked. */

/** A learning resource as the report and the team view carry it. */
export interface ResourceLike {
  title: string;
  kind: string;
  url?: string | undefined;
}

/** A resource link only when it is https; anything else is shown as text, never linked. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https:\/\/[^\s]+$/.test(url) ? url : undefined;
}
