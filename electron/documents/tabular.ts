import type * as ExcelJS from 'exceljs';

/**
 * exceljs takes a noticeable time to load: it is loaded on first use, not when the
 * backend starts (most sessions never touch a spreadsheet).
 */
export async function loadExcel(): Promise<typeof ExcelJS> {
  const loaded = (await import('exceljs')) as typeof ExcelJS & { default?: typeof ExcelJS };
  return loaded.default ?? loaded;
}

/** A spreadsheet read as text cells: the first row holds the headers. */
export interface Table {
  headers: string[];
  rows: string[][];
}

export class TableFormatError extends Error {}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel stores times as dates on 30/12/1899; everything else is a calendar date. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (value.getUTCFullYear() <= 1900)
      return `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}`;
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

/** CSV as Italian Excel writes it: optional BOM, `;` (or `,`) separator, quoted fields. */
export function parseCsv(text: string): Table {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const separator =
    (firstLine.match(/;/g)?.length ?? 0) >= (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (quoted) throw new TableFormatError('unterminated quote');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  const nonEmpty = records.filter((r) => r.some((c) => c.trim() !== ''));
  const [headers, ...rows] = nonEmpty;
  if (!headers) throw new TableFormatError('empty file');
  return { headers: headers.map((h) => h.trim()), rows: rows.map((r) => r.map((c) => c.trim())) };
}

export async function parseXlsx(bytes: Buffer): Promise<Table> {
  const { Workbook } = await loadExcel();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new TableFormatError('not a readable XLSX file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new TableFormatError('no worksheet');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(cellText(row.getCell(c).value).trim());
    records.push(values);
  });
  const [headers, ...rows] = records.filter((r) => r.some((c) => c !== ''));
  if (!headers) throw new TableFormatError('empty sheet');
  return { headers, rows };
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/**
 * Text files as Windows tools write them: UTF-8 (with or without BOM), UTF-16
 * with a BOM ("Unicode text"), or, when the bytes are not valid UTF-8, the
 * Windows-1252 that Italian Excel uses for "CSV (separato da ;)".
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let encoding: TextEncoding = 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = 'utf-16le';
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = 'utf-16be';
  if (encoding === 'utf-8') {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
    } catch {
      encoding = 'windows-1252';
    }
  }
  // TextDecoder drops the BOM of UTF-8 and UTF-16 itself.
  return { text: new TextDecoder(encoding).decode(bytes), encoding };
}

/** Reads CSV or XLSX by the file name's extension. */
export async function readTable(fileName: string, bytes: Buffer): Promise<Table> {
  if (/\.xlsx$/i.test(fileName)) return parseXlsx(bytes);
  if (/\.(csv|txt)$/i.test(fileName)) return parseCsv(decodeText(bytes).text);
  throw new TableFormatError('unsupported file type');
}

/**
 * A cell Excel would run as a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe, the usual defence against CSV injection.
 */
function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV as Italian Excel opens it: BOM, `;` separator, CRLF line ends. */
export function writeCsv(
  headers: string[],
  rows: (string | number | null | undefined)[][],
): string {
  const lines = [headers, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
