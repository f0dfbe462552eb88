/**
 * Where a competency or stage sits in a published skills framework: an SFIA skill
 * code (with the SFIA level a stage corresponds to), an ESCO or O*NET identifier,
 * or an organisation's own. Codes and links only: no framework text is shipped.
 */
import { z } from 'zod';

export const alignmentFrameworks = ['sfia', 'esco', 'onet', 'custom'] as const;

export const alignmentSchema = z.strictObject({
  framework: z.enum(alignmentFrameworks),
  code: z.string().trim().min(1).describe('The identifier in that framework, e.g. an SFIA skill code (MLNG) or an ESCO URI'),
  url: z.url({ protocol: /^https$/ }).optional().describe('Where the framework publishes it'),
  level: z.int().min(1).max(7).optional().describe('The framework level it corresponds to (SFIA: 1–7)'),
});

export const alignmentsSchema = z.array(alignmentSchema);

export type Alignment = z.infer<typeof alignmentSchema>;

/** "sfia:MLNG@4": an alignment in one short token, for CSV cells and tables. */
export function alignmentToken(alignment: Alignment): string {
  return `${alignment.framework}:${alignment.code}${alignment.level === undefined ? '' : `@${alignment.level}`}`;
}
