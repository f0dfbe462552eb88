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
import { REPORT_FILE_MAX_BYTES } from '../contracts/limits.ts';
import { reportSchema, type Report } from '../contracts/report.ts';


export function reportFromBytes(bytes: Uint8Array, file: string): Report {
  // isUtf8 and toString are native and several times faster than a fatal TextDecoder: it matters for a team of a thousand.
  const text =
    bytes.byteLength <= REPORT_FILE_MAX_BYTES && isUtf8(bytes) && !bytes.includes(0)
      ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').replace(/^\uFEFF/, '')
      : decodeText(bytes, file, REPORT_FILE_MAX_BYTES);
  const data = parseCleanJson(text);
  if (data !== undefined) {
    const result = reportSchema.safeParse(data);
    if (result.success) return result.data;
  }
  return reportFromDocument(parseDocument(text, file, { maxBytes: REPORT_FILE_MAX_BYTES }));
}
