/** CSV (RFC 4180) that spreadsheets open safely. */
export type Cell = string | number | null;

/**
 * Text starting with = + - @ (or a tab / carriage return) is run as a formula by spreadsheet
 * apps; scenario text and branch names are user-supplied, so such cells get a leading quote.
 * Numbers are written as numbers: a negative Goldstein weight stays a number.
 */
export function csvCell(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** The whole file, CRLF line ends, with a BOM so Excel reads UTF-8 (Korean names, accents). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
