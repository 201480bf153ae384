import type { MessageKey } from '../../api/messages';

/** What a cell held besides its text, when the import needs to know. */
export type CellNote =
  | { kind: 'number' }
  | { kind: 'date' }
  | { kind: 'formulaError'; code: string }
  | { kind: 'formulaNoValue' }
  | { kind: 'mergedAcross'; ref: string };

/** One non-empty row of a file: `line` counts from 1 as spreadsheets and editors show it. */
export interface RawRow {
  line: number;
  /** By column, 0-based; trimmed text. */
  cells: string[];
  notes?: Map<number, CellNote>;
}

/** A merged range: lines 1-based, columns 0-based, both ends included. */
export interface MergedRange {
  ref: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface RawSheet {
  rows: RawRow[];
  merges: MergedRange[];
  /** More non-empty rows than the reader was asked for. */
  truncated: boolean;
  warnings: SheetWarning[];
}

export interface SheetWarning {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** A file the import cannot read; `key` says why, in words for the user. */
export class SheetError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params?: Record<string, string | number>,
  ) {
    super(key);
    this.name = 'SheetError';
  }
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c === '');
}

/** The headers and data rows of a file, with what the reader had to decide. */
export interface ImportTable {
  headers: string[];
  headerLine: number;
  rows: RawRow[];
  warnings: SheetWarning[];
}

const cleanHeader = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * Finds the header row (the first with two or more filled cells, so a title
 * merged across the top is passed over), names blank and repeated headers,
 * repeats a value merged down a column into every row it covers, and marks
 * cells merged across columns (one value cannot fill two fields).
 */
export function toTable(sheet: RawSheet, blankHeader: (letter: string) => string): ImportTable {
  const warnings = [...sheet.warnings];
  const first = sheet.rows.find((r) => r.cells.filter((c) => c !== '').length >= 2);
  const headerRow = first ?? sheet.rows[0];
  if (!headerRow) throw new SheetError('errors.importEmpty');
  const headerLine = headerRow.line;
  // A header merged down over a second row: the headers are in the lowest filled cell.
  let headerBottom = headerLine;
  for (const m of sheet.merges) {
    if (m.top === headerLine && m.bottom > headerBottom && m.bottom - headerLine <= 3) {
      headerBottom = m.bottom;
    }
  }
  const headerRows = sheet.rows.filter((r) => r.line >= headerLine && r.line <= headerBottom);
  const rows = sheet.rows.filter((r) => r.line > headerBottom);
  const skippedBefore = sheet.rows.filter((r) => r.line < headerLine).length;
  if (skippedBefore > 0) {
    warnings.push({ key: 'errors.importLinesBeforeHeader', params: { line: headerLine } });
  }

  const width = Math.max(
    0,
    ...sheet.rows.filter((r) => r.line >= headerLine).map((r) => r.cells.length),
  );
  const seen = new Map<string, number>();
  const headers: string[] = [];
  for (let c = 0; c < width; c++) {
    let name = '';
    for (const r of headerRows) {
      const text = cleanHeader(r.cells[c] ?? '');
      if (text !== '') name = text;
    }
    if (name === '') name = blankHeader(columnLetter(c));
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    headers.push(count > 1 ? `${name} (${count})` : name);
  }

  const byLine = new Map(rows.map((r) => [r.line, r]));
  let mergedDown: string | null = null;
  for (const m of sheet.merges) {
    if (m.bottom <= headerBottom) continue;
    const from = Math.max(m.top, headerBottom + 1);
    if (m.right > m.left) {
      for (let line = from; line <= m.bottom; line++) {
        const row = byLine.get(line);
        if (!row) continue;
        row.notes ??= new Map();
        for (let c = m.left; c <= m.right; c++)
          row.notes.set(c, { kind: 'mergedAcross', ref: m.ref });
      }
      continue;
    }
    const master = byLine.get(m.top);
    if (!master || m.top <= headerBottom) continue;
    const value = master.cells[m.left] ?? '';
    const note = master.notes?.get(m.left);
    for (let line = m.top + 1; line <= m.bottom; line++) {
      const row = byLine.get(line);
      if (!row) continue;
      while (row.cells.length <= m.left) row.cells.push('');
      row.cells[m.left] = value;
      if (note) {
        row.notes ??= new Map();
        row.notes.set(m.left, note);
      }
      mergedDown ??= m.ref;
    }
  }
  if (mergedDown) warnings.push({ key: 'errors.importMergedDown', params: { range: mergedDown } });
  return { headers, headerLine, rows, warnings };
}
