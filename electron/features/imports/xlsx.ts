import {
  SheetError,
  columnIndex,
  type CellNote,
  type MergedRange,
  type RawRow,
  type RawSheet,
  type SheetWarning,
} from './sheet';
import { ZipReader } from './zip';

/**
 * A small reader for the first visible worksheet of an XLSX file: cell text,
 * the cached result of formulas, date cells, merged ranges. It reads the XML
 * with regular expressions rather than building a document, so 10,000 rows
 * take a fraction of a second and 100,000 formatted but empty rows are passed
 * over without building anything for them.
 */

/** Uncompressed size a part may have: far above any file of 20,000 rows, far below a zip bomb. */
const MAX_PART_BYTES = 200 * 1024 * 1024;

// Element names may carry a namespace prefix (`x:row`) in files from some generators.
const P = '(?:[A-Za-z_][\\w.-]*:)?';
const ROW = new RegExp(`<${P}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}row>)`, 'g');
const CELL = new RegExp(`<${P}c\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${P}c>)`, 'g');
const VALUE = new RegExp(`<${P}v\\b[^>]*>([\\s\\S]*?)</${P}v>`);
const FORMULA = new RegExp(`<${P}f\\b`);
const INLINE = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)</${P}is>`);
const HAS_CONTENT = new RegExp(`<${P}(?:v|is|f)\\b`);
const TEXT_RUN = new RegExp(`<${P}t\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}t>)`, 'g');
const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, 'g');
const SHARED_ITEM = new RegExp(`<${P}si\\b[^>]*?(?:/>|>([\\s\\S]*?)</${P}si>)`, 'g');
const MERGE = new RegExp(`<${P}mergeCell\\b[^>]*?\\sref="([A-Z]+)(\\d+)(?::([A-Z]+)(\\d+))?"`, 'g');

const attributePatterns = new Map<string, RegExp>();

/** An attribute's raw value; `indexOf` first, as this runs for every cell. */
function attr(attributes: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = attributes.indexOf(key);
  if (at >= 0) {
    const start = at + key.length;
    const end = attributes.indexOf('"', start);
    return end < 0 ? undefined : attributes.slice(start, end);
  }
  // Attributes may also be separated by tabs or new lines.
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  return pattern.exec(attributes)?.[1];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  let out = text;
  if (out.includes('&')) {
    out = out.replace(
      /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
      (_, hex, dec, name) =>
        hex || dec
          ? String.fromCodePoint(parseInt((hex ?? dec) as string, hex ? 16 : 10))
          : (ENTITIES[name as string] ?? ''),
    );
  }
  // OOXML's own escape for characters XML cannot carry (`_x000D_`).
  if (out.includes('_x')) {
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
  }
  return out;
}

/** The text of a shared or inline string: its runs, without phonetic guides. */
function stringText(xml: string): string {
  const body = xml.includes('rPh') ? xml.replace(PHONETIC, '') : xml;
  let text = '';
  for (const m of body.matchAll(TEXT_RUN)) text += m[1] ?? '';
  return decodeXml(text);
}

/** Relationship id → target path, resolved against the part's folder. */
function relationships(
  xml: string | null,
  folder: string,
): Map<string, { target: string; type: string }> {
  const map = new Map<string, { target: string; type: string }>();
  if (!xml) return map;
  for (const m of xml.matchAll(new RegExp(`<${P}Relationship\\b([^>]*)>`, 'g'))) {
    const attributes = m[1] ?? '';
    const id = attr(attributes, 'Id');
    const target = attr(attributes, 'Target');
    if (!id || !target) continue;
    const resolved = target.startsWith('/') ? target.slice(1) : normalisePath(`${folder}${target}`);
    map.set(id, { target: resolved, type: attr(attributes, 'Type') ?? '' });
  }
  return map;
}

function normalisePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Built-in number formats that show a date or a time. */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57,
]);

function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare) && !/general/i.test(bare);
}

/** For each cell style (the `s` attribute), whether it formats numbers as dates. */
function dateStyles(xml: string | null): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(new RegExp(`<${P}numFmt\\b([^>]*)>`, 'g'))) {
    const id = Number(attr(m[1] ?? '', 'numFmtId'));
    custom.set(id, decodeXml(attr(m[1] ?? '', 'formatCode') ?? ''));
  }
  const cellXfs = new RegExp(`<${P}cellXfs\\b[^>]*>([\\s\\S]*?)</${P}cellXfs>`).exec(xml)?.[1];
  if (!cellXfs) return [];
  return [...cellXfs.matchAll(new RegExp(`<${P}xf\\b([^>]*)>`, 'g'))].map((m) => {
    const id = Number(attr(m[1] ?? '', 'numFmtId') ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id);
  });
}

const pad = (n: number) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;

/** An Excel serial day as dd/mm/yyyy (or hh:mm for a time of day alone). */
function serialText(serial: number, date1904: boolean): string {
  if (serial < 1 && serial >= 0) {
    const minutes = Math.round(serial * 24 * 60);
    return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  // Day 0 is 30/12/1899 (Excel counts a 29/02/1900 that never was); 1904 files count from 1/1/1904.
  const days = Math.floor(serial + 1e-9) + (date1904 ? 1462 : 0);
  const date = new Date(Date.UTC(1899, 11, 30) + days * DAY_MS);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function numberText(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw.trim();
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  return String(Number(n.toPrecision(15)));
}

export function readXlsx(bytes: Uint8Array, maxRows: number): RawSheet {
  const zip = new ZipReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const readPart = (path: string) => zip.text(path, MAX_PART_BYTES);
  const rootRels = relationships(readPart('_rels/.rels'), '');
  const workbookPath =
    [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ??
    'xl/workbook.xml';
  const workbook = readPart(workbookPath);
  if (!workbook) throw new SheetError('errors.importUnreadable');
  const folder = workbookPath.includes('/')
    ? workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)
    : '';
  const rels = relationships(
    readPart(`${folder}_rels/${workbookPath.slice(folder.length)}.rels`),
    folder,
  );
  const date1904 = new RegExp(`<${P}workbookPr\\b[^>]*\\sdate1904="(1|true)"`).test(workbook);
  const sheets = [...workbook.matchAll(new RegExp(`<${P}sheet\\b([^>]*)>`, 'g'))].map((m) => ({
    hidden: /\sstate="(hidden|veryHidden)"/.test(m[1] ?? ''),
    relId: /\s(?:[\w.-]+:)?id="([^"]*)"/.exec(m[1] ?? '')?.[1] ?? '',
  }));
  const visible = sheets.filter((s) => !s.hidden);
  const first = visible[0];
  const sheetPath = first ? rels.get(first.relId)?.target : undefined;
  if (!sheetPath) throw new SheetError('errors.importEmpty');
  const warnings: SheetWarning[] = [];
  if (visible.length > 1)
    warnings.push({ key: 'errors.importFirstSheetOnly', params: { count: visible.length } });

  const partOf = (suffix: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(suffix))?.target ?? fallback;
  const sheetXml = readPart(sheetPath);
  const sharedXml = readPart(partOf('/sharedStrings', `${folder}sharedStrings.xml`));
  const stylesXml = readPart(partOf('/styles', `${folder}styles.xml`));
  if (sheetXml === null) throw new SheetError('errors.importUnreadable');
  const shared = sharedXml
    ? [...sharedXml.matchAll(SHARED_ITEM)].map((m) => stringText(m[1] ?? ''))
    : [];
  const isDate = dateStyles(stylesXml);

  const rows: RawRow[] = [];
  let truncated = false;
  let previousLine = 0;
  for (const rowMatch of sheetXml.matchAll(ROW)) {
    const line = Number(attr(rowMatch[1] ?? '', 'r') ?? previousLine + 1);
    previousLine = line;
    const inner = rowMatch[2];
    // Formatted but empty rows (often tens of thousands) end here.
    if (!inner || !HAS_CONTENT.test(inner)) continue;
    if (rows.length >= maxRows) {
      truncated = true;
      break;
    }
    const cells: string[] = [];
    let notes: Map<number, CellNote> | undefined;
    let column = -1;
    for (const cellMatch of inner.matchAll(CELL)) {
      const attributes = cellMatch[1] ?? '';
      const ref = attr(attributes, 'r');
      const letters = ref ? /^[A-Z]+/.exec(ref)?.[0] : undefined;
      column = letters ? columnIndex(letters) : column + 1;
      const body = cellMatch[2] ?? '';
      if (body === '') continue;
      const type = attr(attributes, 't') ?? 'n';
      const value = VALUE.exec(body)?.[1];
      let text = '';
      let note: CellNote | undefined;
      if (type === 'inlineStr') text = stringText(INLINE.exec(body)?.[1] ?? '');
      else if (value === undefined) {
        if (FORMULA.test(body)) note = { kind: 'formulaNoValue' };
      } else if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'str') text = decodeXml(value);
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else if (type === 'e') note = { kind: 'formulaError', code: decodeXml(value) };
      else if (type === 'd') {
        const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
        text = iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : value;
        note = { kind: 'date' };
      } else if (isDate[Number(attr(attributes, 's') ?? 0)] && Number.isFinite(Number(value))) {
        text = serialText(Number(value), date1904);
        note = { kind: 'date' };
      } else {
        text = numberText(value);
        note = { kind: 'number' };
      }
      while (cells.length < column) cells.push('');
      cells[column] = text.trim();
      if (note) {
        notes ??= new Map();
        notes.set(column, note);
      }
    }
    if (cells.some((c) => c !== '') || notes)
      rows.push(notes ? { line, cells, notes } : { line, cells });
  }

  const merges: MergedRange[] = [];
  const mergeList = sheetXml.indexOf('mergeCells');
  for (const m of (mergeList < 0 ? '' : sheetXml.slice(mergeList)).matchAll(MERGE)) {
    const [, l1, t1, l2, t2] = m;
    if (!l1 || !t1) continue;
    const left = columnIndex(l1);
    const top = Number(t1);
    merges.push({
      ref: l2 && t2 ? `${l1}${t1}:${l2}${t2}` : `${l1}${t1}`,
      top,
      left,
      bottom: t2 ? Number(t2) : top,
      right: l2 ? columnIndex(l2) : left,
    });
  }
  return { rows, merges, truncated, warnings };
}
