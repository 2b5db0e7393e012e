/** CSV (RFC 4180) that spreadsheets open safely: one writer for every CSV the app and the CLI produce. */
export type CsvCell = string | number | null;

/**
 * Quotes a cell when needed. Text starting with = + - @ (or a tab / carriage return) is run as a
 * formula by spreadsheet apps; scenario text and branch names are user-supplied, so such cells get
 * a leading apostrophe. Numbers stay numbers: a negative Goldstein weight is not text.
 */
export function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const guarded = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(guarded) || guarded !== guarded.trim() ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export interface CsvOptions {
  /** Start with a byte-order mark so Excel reads UTF-8 (Korean names, accents); for downloads. */
  readonly bom?: boolean;
  /** CRLF by default, as RFC 4180 says; the command line prints LF like other Unix tools. */
  readonly newline?: '\r\n' | '\n';
}

/** The whole file: a header row, then the rows, each line ended. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const newline = options.newline ?? '\r\n';
  const body = [header, ...rows].map((row) => row.map(csvCell).join(',')).join(newline) + newline;
  return options.bom ? `\uFEFF${body}` : body;
}
