import type { textsFor } from './i18n';
import { MUTED, drawText, setFont, textHeight } from './text';

type Doc = PDFKit.PDFDocument;
export type Texts = ReturnType<typeof textsFor>;

export const MM = 72 / 25.4;

export const PAGE = {
  width: 595.28,
  height: 841.89,
  marginX: 12 * MM,
  top: 10 * MM,
  /** Lowest y the table or the closing block may reach; the footer lives below. */
  contentBottom: 841.89 - 16 * MM,
} as const;

export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.marginX;

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
