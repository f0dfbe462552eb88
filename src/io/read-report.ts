/**
 * Reads a report file's bytes. Clean JSON, as ml-career writes it, takes the fast
 * path (see clean-json.ts) and the schema; anything else (YAML, duplicate keys, a
 * broken or foreign file) goes through the located reader so that its error says
 * file:line:col.
 */
import { isUtf8 } from 'node:buffer';
import { parseCleanJson } from '../parse/clean-json.ts';
import { parseDocument } from '../parse/document.ts';
import { decodeText } from '../parse/decode-text.ts';
import { reportFromDocument } from './report-document.ts';
import { reportSchema, upgradeReportV1, type Report } from '../contracts/report.ts';
import { reportV1Schema } from '../contracts/report-v1.ts';

/** Reports hold every answer and learning step: a few tens of KiB; 8 MiB leaves room for long notes. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;

export function reportFromBytes(bytes: Uint8Array, file: string): Report {
  // isUtf8 and toString are native and several times faster than a fatal TextDecoder: it matters for a team of a thousand.
  const text =
    bytes.byteLength <= MAX_REPORT_BYTES && isUtf8(bytes) && !bytes.includes(0)
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '')
      : decodeText(bytes, file, MAX_REPORT_BYTES);
  const data = parseCleanJson(text);
  if (data !== undefined) {
    const isV1 = typeof data === 'object' && data !== null && (data as { schemaVersion?: unknown }).schemaVersion === 1;
    if (isV1) {
      const old = reportV1Schema.safeParse(data);
      if (old.success) return upgradeReportV1(old.data);
    } else {
      const result = reportSchema.safeParse(data);
      if (result.success) return result.data;
    }
  }
  return reportFromDocument(parseDocument(text, file, { maxBytes: MAX_REPORT_BYTES }));
}
