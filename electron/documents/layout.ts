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

export interface Field {
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

/** What every page of every document starts with. */
export interface TopBand {
  organisationName: string;
  organisationDetails: string;
  title: string;
  /** A line under the title, right-aligned (the plan puts the person's name here). */
  subtitle?: string;
}

/**
 * Organisation on the left, the document's title on the right, a rule below; returns
 * where the rule's margin ends. Draws only when `draw`: the same code measures and draws.
 */
export function drawTopBand(doc: Doc, band: TopBand, draw: boolean): number {
  const x = PAGE.marginX;
  const y = PAGE.top;
  setFont(doc, 'bold', 14);
  const titleWidth = doc.widthOfString(band.title) + 2;
  const subtitleWidth = band.subtitle ? Math.min(CONTENT_WIDTH * 0.45, 90 * MM) : 0;
  const rightWidth = Math.max(titleWidth, subtitleWidth);
  const orgWidth = CONTENT_WIDTH - rightWidth - 4 * MM;
  const orgHeight = textHeight(doc, 'bold', 10, band.organisationName, orgWidth, 2);
  const detailsHeight = band.organisationDetails
    ? textHeight(doc, 'condensed', 7.5, band.organisationDetails, orgWidth, 2)
    : 0;
  const subtitleHeight = band.subtitle
    ? textHeight(doc, 'bold', 10, band.subtitle, rightWidth, 2) + 1
    : 0;
  if (draw) {
    drawText(doc, band.organisationName, {
      face: 'bold',
      size: 10,
      x,
      y,
      width: orgWidth,
      maxLines: 2,
    });
    drawText(doc, band.organisationDetails, {
      face: 'condensed',
      size: 7.5,
      x,
      y: y + orgHeight + 1,
      width: orgWidth,
      maxLines: 2,
      color: MUTED,
    });
    const rightX = PAGE.width - PAGE.marginX - rightWidth;
    drawText(doc, band.title, {
      face: 'bold',
      size: 14,
      x: rightX,
      y: y - 1,
      width: rightWidth,
      align: 'right',
    });
    if (band.subtitle) {
      drawText(doc, band.subtitle, {
        face: 'bold',
        size: 10,
        x: rightX,
        y: y + 17,
        width: rightWidth,
        maxLines: 2,
        align: 'right',
      });
    }
  }
  const bottom = y + Math.max(orgHeight + 1 + detailsHeight, 17 + subtitleHeight) + 2.5 * MM;
  if (draw)
    doc
      .moveTo(x, bottom)
      .lineTo(x + CONTENT_WIDTH, bottom)
      .lineWidth(1.2)
      .strokeColor('#000')
      .stroke();
  return bottom + 3 * MM;
}

/**
 * Draws the header (when `draw`) and returns where it ends. The same function measures
 * and draws, so the pagination computed beforehand always matches what is printed.
 */
export function drawHeader(doc: Doc, model: SheetModel, draw: boolean): number {
  const { texts } = model;
  const x = PAGE.marginX;
  let y = drawTopBand(
    doc,
    {
      organisationName: model.organisationName,
      organisationDetails: model.organisationDetails,
      title: texts.title,
    },
    draw,
  );

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
  return drawFieldBox(doc, rows, y, draw);
}

/**
 * A framed box of labelled fields, one or two to a row, starting at `top`; returns its
 * bottom. An empty value leaves a dotted line to fill in by hand.
 */
export function drawFieldBox(doc: Doc, rows: Field[][], top: number, draw: boolean): number {
  const x = PAGE.marginX;
  const half = CONTENT_WIDTH / 2;
  let y = top + FIELD.padding;
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
      .rect(x, top, CONTENT_WIDTH, y - top)
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
  drawPageFooter(doc, {
    left: `${model.texts.printedOn} ${model.printDate}`,
    center: model.date,
    right: model.texts.page(page, pages),
  });
}

/** A thin rule and three slots under the content: the right one holds the page number. */
export function drawPageFooter(
  doc: Doc,
  slots: { left: string; center: string; right: string },
): void {
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
  drawText(doc, slots.left, { ...common, x });
  drawText(doc, slots.center, { ...common, x: x + third, align: 'center' });
  drawText(doc, slots.right, {
    ...common,
    face: 'condensedBold',
    x: x + 2 * third,
    align: 'right',
    color: '#000',
  });
}
