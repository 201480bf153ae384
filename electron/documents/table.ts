import { CONTENT_WIDTH, MM, PAGE, type SheetModel, type Texts } from './layout';
import { MUTED, drawCellText, drawText, ruled, setFont } from './text';

type Doc = PDFKit.PDFDocument;

export const TABLE = {
  headerHeight: 8 * MM,
  /** About 9.5 mm: room for a signature without cramping. */
  rowHeight: 9.5 * MM,
  gapAbove: 4 * MM,
} as const;

/** Height of the closing block (counts, notes, trainer signature) including its gap. */
export const CLOSING_HEIGHT = 36 * MM;

export interface ParticipantRow {
  number: number;
  lastName: string;
  firstName: string;
  codiceFiscale: string;
}

interface Column {
  key: 'number' | 'lastName' | 'firstName' | 'codiceFiscale' | 'signatureIn' | 'signatureOut';
  width: number;
}

const FIXED = { number: 8 * MM, codiceFiscale: 33 * MM, signature: 38 * MM };
const NAME_WIDTH = CONTENT_WIDTH - FIXED.number - FIXED.codiceFiscale - 2 * FIXED.signature;

const COLUMNS: Column[] = [
  { key: 'number', width: FIXED.number },
  { key: 'lastName', width: NAME_WIDTH * 0.53 },
  { key: 'firstName', width: NAME_WIDTH * 0.47 },
  { key: 'codiceFiscale', width: FIXED.codiceFiscale },
  { key: 'signatureIn', width: FIXED.signature },
  { key: 'signatureOut', width: FIXED.signature },
];

function columnHeading(texts: Texts, key: Column['key']): string {
  return texts[key === 'number' ? 'number' : key];
}

/** Draws the table's heading row at `y` and returns where the first data row starts. */
export function drawTableHeader(doc: Doc, texts: Texts, y: number): number {
  let x = PAGE.marginX;
  doc.rect(x, y, CONTENT_WIDTH, TABLE.headerHeight).fillColor('#e3e3e3').fill();
  for (const column of COLUMNS) {
    drawCellText(
      doc,
      columnHeading(texts, column.key),
      { x, y, width: column.width, height: TABLE.headerHeight, padding: 1.5 * MM },
      'condensedBold',
      8,
      6.5,
      column.key === 'lastName' || column.key === 'firstName' ? 'left' : 'center',
    );
    x += column.width;
  }
  strokeGrid(doc, y, TABLE.headerHeight);
  return y + TABLE.headerHeight;
}

export function drawParticipantRow(doc: Doc, row: ParticipantRow, y: number): void {
  let x = PAGE.marginX;
  const height = TABLE.rowHeight;
  const padding = 1.5 * MM;
  for (const column of COLUMNS) {
    const cell = { x, y, width: column.width, height, padding };
    if (column.key === 'number') {
      drawCellText(doc, String(row.number), cell, 'condensed', 8.5, 7, 'center');
    } else if (column.key === 'lastName') {
      drawCellText(doc, row.lastName, cell, 'condensedBold', 9.5, 7);
    } else if (column.key === 'firstName') {
      drawCellText(doc, row.firstName, cell, 'condensed', 9.5, 7);
    } else if (column.key === 'codiceFiscale') {
      drawCellText(doc, row.codiceFiscale, cell, 'condensed', 8.5, 6.5, 'center');
    }
    x += column.width;
  }
  strokeGrid(doc, y, height);
}

export function drawEmptyRow(doc: Doc, texts: Texts, y: number): void {
  const cell = {
    x: PAGE.marginX,
    y,
    width: CONTENT_WIDTH,
    height: TABLE.rowHeight,
    padding: 3 * MM,
  };
  drawCellText(doc, texts.noParticipants, cell, 'condensed', 9, 8, 'center');
  doc
    .rect(PAGE.marginX, y, CONTENT_WIDTH, TABLE.rowHeight)
    .lineWidth(0.6)
    .strokeColor('#000')
    .stroke();
}

function strokeGrid(doc: Doc, y: number, height: number): void {
  doc.lineWidth(0.6).strokeColor('#000');
  doc.rect(PAGE.marginX, y, CONTENT_WIDTH, height).stroke();
  let x = PAGE.marginX;
  for (const column of COLUMNS.slice(0, -1)) {
    x += column.width;
    doc
      .moveTo(x, y)
      .lineTo(x, y + height)
      .stroke();
  }
}

/** Counts, notes and the trainer's signature box, drawn below the last row. */
export function drawClosing(doc: Doc, model: SheetModel, enrolled: number, top: number): void {
  const { texts } = model;
  const x = PAGE.marginX;
  const y = top + 5 * MM;
  const boxWidth = 78 * MM;
  const leftWidth = CONTENT_WIDTH - boxWidth - 6 * MM;
  const boxHeight = CLOSING_HEIGHT - 6 * MM;

  setFont(doc, 'condensed', 8.5);
  const enrolledText = `${texts.enrolled}: ${enrolled}`;
  drawText(doc, enrolledText, { face: 'condensed', size: 8.5, x, y, width: leftWidth / 2 });
  const presentX = x + leftWidth / 2;
  drawText(doc, texts.present, {
    face: 'condensed',
    size: 8.5,
    x: presentX,
    y,
    width: leftWidth / 2,
  });
  setFont(doc, 'condensed', 8.5);
  const presentLineStart = presentX + doc.widthOfString(texts.present) + 2 * MM;
  ruled(doc, presentLineStart, x + leftWidth, y + 9);

  const notesY = y + 7 * MM;
  drawText(doc, `${texts.notes}:`, {
    face: 'condensedBold',
    size: 8.5,
    x,
    y: notesY,
    width: leftWidth,
  });
  for (let line = 0; line < 3; line += 1) {
    const lineY = notesY + 9 + (line + 1) * 6.5 * MM - 3 * MM;
    ruled(doc, x, x + leftWidth, lineY);
  }

  const boxX = x + CONTENT_WIDTH - boxWidth;
  doc
    .rect(boxX, y - 1 * MM, boxWidth, boxHeight)
    .lineWidth(0.8)
    .strokeColor('#000')
    .stroke();
  const inner = { x: boxX + 2.5 * MM, width: boxWidth - 5 * MM };
  drawText(doc, texts.trainerSignature, {
    face: 'condensedBold',
    size: 8.5,
    x: inner.x,
    y: y + 1 * MM,
    width: inner.width,
  });
  drawText(doc, model.trainer, {
    face: 'condensed',
    size: 8,
    x: inner.x,
    y: y + 5 * MM,
    width: inner.width,
    color: MUTED,
  });
  ruled(doc, inner.x, inner.x + inner.width, y - 1 * MM + boxHeight - 5 * MM);
}
