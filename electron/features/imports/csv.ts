import { decodeText } from '../../documents/tabular';
import { SheetError, isBlank, type RawRow, type RawSheet, type SheetWarning } from './sheet';

/** The separator of the first line: `;` (Italian Excel), `,` or a tab, whichever is most used. */
function separatorOf(text: string): string {
  const line = text.slice(0, text.search(/\r|\n|$/));
  const count = (sep: string) => line.split(sep).length - 1;
  const candidates = [';', ',', '\t'].map((sep) => [sep, count(sep)] as const);
  const best = candidates.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ';';
}

/**
 * Reads CSV as Italian offices write it: any encoding Excel uses, an optional
 * `sep=` hint, quoted fields over several lines. Empty records are skipped;
 * each kept record carries the line it starts on.
 */
export function readCsv(bytes: Uint8Array, maxRows: number): RawSheet {
  const { text: decoded, encoding } = decodeText(bytes);
  let text = decoded.replace(/^\uFEFF/, '');
  const warnings: SheetWarning[] = [];
  if (encoding === 'windows-1252') warnings.push({ key: 'errors.importWindows1252' });
  let line = 1;
  let separator: string;
  const hint = /^sep=(.)\r?\n/i.exec(text);
  if (hint?.[1]) {
    separator = hint[1];
    text = text.slice(hint[0].length);
    line = 2;
  } else separator = separatorOf(text);

  const rows: RawRow[] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let recordLine = line;
  let truncated = false;
  const finish = () => {
    record.push(field.trim());
    if (!isBlank(record)) rows.push({ line: recordLine, cells: record });
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === separator) {
      record.push(field.trim());
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      finish();
      line++;
      recordLine = line;
      if (rows.length > maxRows) {
        truncated = true;
        break;
      }
    } else field += ch;
  }
  if (quoted) throw new SheetError('errors.importUnterminatedQuote', { line: recordLine });
  if (!truncated && (field !== '' || record.length > 0)) finish();
  return { rows, merges: [], truncated: truncated || rows.length > maxRows, warnings };
}
