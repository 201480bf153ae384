import type { textsFor } from './i18n';
import { MUTED, drawCellText, drawText, setFont, textHeight } from './text';

type Doc = PDFKit.PDFDocument;
type Texts = ReturnType<typeof textsFor>;

const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 12 * MM,
  top: 10 * MM,
  /** Lowest y the table or the closing block may reach; the footer lives below. */
  contentBottom: 841.89 - 16 * MM,
} as const;

const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

export const TABLE = {
  headerHeight: 8 * MM,
  /** About 9.5 mm: room for a signature without cramping. */
  rowHeight: 9.5 * MM,
  gapAbove: 4 * MM,
} as const;

/** Height of the closing block (counts, notes, trainer signature) including its gap. */
export const CLOSING_HEIGHT = 36 * MM;

export interface SheetModel {
  texts: Texts;
  organisationName: string;
  organisationDetails: string;
  courseTitle: string;
  project: string;
  funding: string;
  date: string;
  time: string;
  location: string;
  trainer: string;
  topic: string;
  printDate: string;
}

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

interface Field {
  label: string;
  value: string;
}

const LABEL_WIDTH = 27 * MM;
const FIELD = {
  size: 8.5,
  labelSize: 6.5,
  padding: 2.2 * MM,
  gap: 1.2 * MM,
  maxLines: 2,
  /** A field left blank gets a dotted line tall enough to write on by hand. */
  blankHeight: 5.5 * MM,
};

/**
 * Draws the header (when `draw`) and returns where it ends. The same function measures
 * and draws, so the pagination computed beforehand always matches what is printed.
 */
export function drawHeader(doc: Doc, model: SheetModel, draw: boolean): number {
  const { texts } = model;
  const x = PAGE.marginX;
  let y = PAGE.top;

  setFont(doc, 'bold', 14);
  const titleWidth = doc.widthOfString(texts.title) + 2;
  const orgWidth = CONTENT_WIDTH - titleWidth - 4 * MM;
  const orgHeight = textHeight(doc, 'bold', 10, model.organisationName, orgWidth, 2);
  const detailsHeight = model.organisationDetails
    ? textHeight(doc, 'condensed', 7.5, model.organisationDetails, orgWidth, 2)
    : 0;
  if (draw) {
    drawText(doc, model.organisationName, {
      face: 'bold',
      size: 10,
      x,
      y,
      width: orgWidth,
      maxLines: 2,
    });
    drawText(doc, model.organisationDetails, {
      face: 'condensed',
      size: 7.5,
      x,
      y: y + orgHeight + 1,
      width: orgWidth,
      maxLines: 2,
      color: MUTED,
    });
    drawText(doc, texts.title, {
      face: 'bold',
      size: 14,
      x: PAGE.width - PAGE.marginX - titleWidth,
      y: y - 1,
      width: titleWidth,
      align: 'right',
    });
  }
  y += Math.max(orgHeight + 1 + detailsHeight, 17) + 2.5 * MM;
  if (draw)
    doc
      .moveTo(x, y)
      .lineTo(x + CONTENT_WIDTH, y)
      .lineWidth(1.2)
      .strokeColor('#000')
      .stroke();
  y += 3 * MM;

  const courseHeight = textHeight(doc, 'bold', 12, model.courseTitle, CONTENT_WIDTH, 2);
  if (draw) {
    drawText(doc, model.courseTitle, {
      face: 'bold',
      size: 12,
      x,
      y,
      width: CONTENT_WIDTH,
      maxLines: 2,
    });
  }
  y += courseHeight + 2.5 * MM;

  const half = CONTENT_WIDTH / 2;
  const rows: Field[][] = [
    [{ label: texts.project, value: model.project }],
    [{ label: texts.funder, value: model.funding }],
    [
      { label: texts.date, value: model.date },
      { label: texts.time, value: model.time },
    ],
    [
      { label: texts.location, value: model.location },
      { label: texts.trainer, value: model.trainer },
    ],
    [{ label: texts.topic, value: model.topic }],
  ];
  const boxTop = y;
  y += FIELD.padding;
  for (const row of rows) {
    const cellWidth = row.length === 1 ? CONTENT_WIDTH : half;
    const valueWidth = cellWidth - LABEL_WIDTH - FIELD.padding * 2;
    const heights = row.map((field) =>
      field.value
        ? textHeight(doc, 'condensed', FIELD.size, field.value, valueWidth, FIELD.maxLines)
        : FIELD.blankHeight,
    );
    const rowHeight = Math.max(...heights);
    if (draw) {
      row.forEach((field, index) => drawField(doc, field, x + index * half, y, valueWidth));
    }
    y += rowHeight + FIELD.gap;
  }
  y += FIELD.padding - FIELD.gap;
  if (draw)
    doc
      .rect(x, boxTop, CONTENT_WIDTH, y - boxTop)
      .lineWidth(0.6)
      .strokeColor('#000')
      .stroke();
  return y;
}

function drawField(doc: Doc, field: Field, cellX: number, y: number, valueWidth: number): void {
  const labelX = cellX + FIELD.padding;
  const valueX = labelX + LABEL_WIDTH;
  drawText(doc, field.label.toLocaleUpperCase(), {
    face: 'condensedBold',
    size: FIELD.labelSize,
    x: labelX,
    y: y + 1.6,
    width: LABEL_WIDTH - 2,
    color: MUTED,
  });
  if (field.value) {
    drawText(doc, field.value, {
      face: 'condensed',
      size: FIELD.size,
      x: valueX,
      y,
      width: valueWidth,
      maxLines: FIELD.maxLines,
    });
  } else {
    // Left for the trainer to fill in by hand.
    const lineY = y + FIELD.blankHeight - 1;
    doc
      .moveTo(valueX, lineY)
      .lineTo(valueX + valueWidth, lineY)
      .lineWidth(0.4)
      .dash(1, { space: 1.5 })
      .strokeColor(MUTED)
      .stroke()
      .undash();
  }
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

function ruled(doc: Doc, fromX: number, toX: number, y: number): void {
  doc.moveTo(fromX, y).lineTo(toX, y).lineWidth(0.5).strokeColor('#000').stroke();
}

export function drawFooter(doc: Doc, model: SheetModel, page: number, pages: number): void {
  const y = PAGE.height - 11 * MM;
  const x = PAGE.marginX;
  doc
    .moveTo(x, y - 2 * MM)
    .lineTo(x + CONTENT_WIDTH, y - 2 * MM)
    .lineWidth(0.4)
    .strokeColor(MUTED)
    .stroke();
  const third = CONTENT_WIDTH / 3;
  const common = { face: 'condensed', size: 7.5, y, width: third, color: MUTED } as const;
  drawText(doc, `${model.texts.printedOn} ${model.printDate}`, { ...common, x });
  drawText(doc, `${model.date}`, { ...common, x: x + third, align: 'center' });
  drawText(doc, model.texts.page(page, pages), {
    ...common,
    face: 'condensedBold',
    x: x + 2 * third,
    align: 'right',
    color: '#000',
  });
}
