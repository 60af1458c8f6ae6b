import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ErrorCode, VigilError } from '../errors.ts';

/**
 * A spreadsheet as the imports see it: the header row, and each later row as text by header.
 * CSV (RFC 4180: quoted fields, doubled quotes, commas and line breaks inside quotes) or the first
 * sheet of an .xlsx workbook; dates become YYYY-MM-DD, blank rows are skipped.
 */
export interface Table {
  file: string;
  headers: string[];
  /** Each data row by header, with its row number in the file (the header row is 1). */
  rows: { line: number; cells: Record<string, string> }[];
}

export async function readTable(file: string): Promise<Table> {
  const kind = extname(file).toLowerCase();
  let grid: string[][];
  try {
    if (kind === '.csv') grid = parseCsv(readFileSync(file, 'utf8'));
    else if (kind === '.xlsx') grid = await readXlsx(file);
    else throw new VigilError(ErrorCode.UsageError, `${file}: expected a .csv or .xlsx file (save the spreadsheet as one of those)`);
  } catch (error) {
    if (error instanceof VigilError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new VigilError(ErrorCode.NotFound, `cannot read ${file}: ${reason}`, { cause: error });
  }
  return toTable(file, grid);
}

function toTable(file: string, grid: string[][]): Table {
  const headerAt = grid.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerAt < 0) throw new VigilError(ErrorCode.UsageError, `${file} is empty: it needs a header row, then one row per entry`);
  const headers = grid[headerAt]!.map((h) => h.trim());
  const rows: Table['rows'] = [];
  grid.forEach((row, index) => {
    if (index <= headerAt || row.every((cell) => cell.trim() === '')) return;
    const cells: Record<string, string> = {};
    headers.forEach((header, column) => {
      const value = (row[column] ?? '').trim();
      if (header && value) cells[header] = value;
    });
    rows.push({ line: index + 1, cells });
  });
  return { file, headers: headers.filter(Boolean), rows };
}

/** RFC 4180 CSV, also with a byte-order mark, CRLF or LF line ends, and a missing final newline. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(field), rows.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length > 0) row.push(field), rows.push(row);
  return rows;
}

async function readXlsx(file: string): Promise<string[][]> {
  // Loaded here only: no other command pays for the workbook reader.
  const { readSheet } = await import('read-excel-file/node');
  const sheet = await readSheet(file);
  return sheet.map((row) => row.map(cellText));
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

/** A header as the imports match it: lower case, letters and digits only ("E-mail address" → "emailaddress"). */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]/g, '');
}

/** Splits a cell holding a list ("UK; EU", "names, emails", one per line) into its items. */
export function listCell(text: string | undefined): string[] {
  if (!text) return [];
  return text.split(/[;\n]|,(?![^()]*\))/).map((s) => s.trim()).filter(Boolean);
}

/** A date cell as YYYY-MM-DD: ISO already, or the UK's day/month/year. */
export function dateCell(text: string | undefined): string | undefined {
  if (!text) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (uk) return `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  return undefined;
}
