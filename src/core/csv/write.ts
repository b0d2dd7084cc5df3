// CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a UTF-8 byte-order mark so spreadsheet
// programs read accents, and cells that a spreadsheet would run as a formula neutralised.

/** The byte-order mark that tells spreadsheet programs the file is UTF-8. */
export const BOM = '\ufeff';

// A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets (tab and
// carriage return too, which some programs strip before looking).
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: a formula-looking value gets a leading apostrophe; quoted when it holds a quote, separator or line break. */
export function csvCell(value: string | number | null | undefined, delimiter = ','): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? String(value) : value;
  // Numbers are data, not formulas: a negative amount keeps its sign.
  if (typeof value !== 'number' && FORMULA_START.test(s)) s = `'${s}`;
  return s.includes('"') || s.includes(delimiter) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: header row then rows, with the BOM, CRLF line ends. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
  delimiter = ',',
): string {
  const line = (cells: readonly (string | number | null | undefined)[]) => cells.map((c) => csvCell(c, delimiter)).join(delimiter);
  return `${BOM}${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}
