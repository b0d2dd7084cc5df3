// An uploaded CSV file read into a plan, or a 400 naming what is wrong with it: empty, not CSV, an
// encoding we cannot read, too many rows. Nothing here writes.

import { CSV_MAX_BYTES, CSV_MAX_ROWS, type CsvUpload } from '../../../contracts/imports.js';
import { planImport, type ImportPlan } from '../../../core/csv/import.js';
import { decodeCsv, parseCsv, sniffDelimiter } from '../../../core/csv/read.js';
import { AppError } from '../../errors.js';

const bad = (message: string) => new AppError('validation', message, { field: 'bytes' });

/** What a file holds instead of CSV, by its first bytes. */
function notCsv(b: Uint8Array): string | null {
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04)
    return 'is a workbook (.xlsx or .ods), not a CSV file; save it as CSV (comma separated) and choose that file';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0)
    return 'is an Excel 97–2003 workbook (.xls), not a CSV file; save it as CSV (comma separated) and choose that file';
  if (b[0] === 0x25 && b[1] === 0x50 && b[2] === 0x44 && b[3] === 0x46) return 'is a PDF, not a CSV file';
  if (b[0] === 0x1f && b[1] === 0x8b) return 'is compressed (gzip); unpack it first';
  return null;
}

/** Limits other than the API's (the CLI reads larger files). */
export interface ReadLimits {
  maxBytes?: number;
  maxRows?: number;
}

/** The file read, parsed and planned with the user's choices. */
export interface ReadUpload {
  plan: ImportPlan;
  encoding: string;
  delimiter: string;
}

/** Reads an upload into a plan; throws a 400 naming the problem. */
export function readUpload(upload: CsvUpload, limits: ReadLimits = {}): ReadUpload {
  const maxBytes = limits.maxBytes ?? CSV_MAX_BYTES;
  const maxRows = limits.maxRows ?? CSV_MAX_ROWS;
  const bytes = new Uint8Array(Buffer.from(upload.bytes, 'base64'));
  if (bytes.length === 0) throw bad('the file is empty; nothing was imported');
  if (bytes.length > maxBytes)
    throw new AppError('payload-too-large', `The CSV file is larger than ${maxBytes / 1024 / 1024} MB; nothing was imported`, {
      field: 'bytes',
    });
  const kind = notCsv(bytes);
  if (kind) throw bad(`the file ${kind}; nothing was imported`);
  const { text, encoding } = decodeCsv(bytes);
  // Text that still holds NULs or many undecodable bytes is in an encoding we do not read (UTF-32, a binary file).
  const sample = text.slice(0, 100_000);
  let unreadable = 0;
  for (const c of sample) if (c === '\u0000' || c === '\ufffd') unreadable++;
  if (sample.includes('\u0000') || unreadable > Math.max(3, sample.length / 100)) {
    throw bad(
      'the file is not text in UTF-8, UTF-16 or Windows-1252 (is it UTF-32, or not a CSV file?); save it as CSV UTF-8 and try again; nothing was imported',
    );
  }
  if (text.trim() === '') throw bad('the file is empty; nothing was imported');
  const delimiter = sniffDelimiter(text);
  const rows = parseCsv(text, delimiter);
  if (rows.length > maxRows + 5)
    throw bad(`the file has more than ${maxRows.toLocaleString('en')} rows; split it and import the parts; nothing was imported`);
  const plan = planImport(rows, { preset: upload.preset, mapping: upload.mapping, statusMap: upload.statusMap });
  if (plan.headerLine === 0)
    throw bad(`the file does not look like a CSV table: ${plan.bad[0]?.reason ?? 'no header row'}; nothing was imported`);
  if (rows.length > 0 && rows.at(-1)!.line <= plan.headerLine)
    throw bad(
      `the file does not look like a CSV table: there are no rows below the header row (line ${plan.headerLine}); nothing was imported`,
    );
  return { plan, encoding, delimiter: delimiter === '\t' ? 'tab' : delimiter };
}
