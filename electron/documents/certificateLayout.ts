import type { CertificateTexts } from './certificateTexts';
import { CONTENT_WIDTH, type Field, MM, PAGE, type TopBand, drawFieldBox } from './layout';
import { type Flow, drawSectionHeading } from './planLayout';
import { MUTED, drawText, fitText, ruled, setFont, textHeight } from './text';

type Doc = PDFKit.PDFDocument;

export interface CompetenceBlock {
  title: string;
  /** "Livello EQF 4". */
  eqf: string;
  /** Code, ESCO URI and ADA code, each labelled; empty ones left out. */
  references: string;
  description: string;
  /** How it was acquired, how it was assessed, and the evidence when there is any. */
  rows: Field[];
}

/** A certificate with every printed string already formatted in its language. */
export interface CertificateModel {
  texts: CertificateTexts;
  band: TopBand;
  fullName: string;
  /** "Data di nascita: … · Luogo di nascita: … · Codice fiscale: …" */
  personDetails: string;
  issuerRows: Field[][];
  competences: CompetenceBlock[];
  number: string;
  code: string;
  /** The QR symbol: `size` × `size` modules, row by row, 1 for dark. */
  qr: { size: number; data: Uint8Array };
  signatory: { name: string; role: string };
  footerLeft: string;
}

const X = PAGE.marginX;

/** Title, the person and the issuer: the top of the first page. */
export function drawOpening(flow: Flow, model: CertificateModel): void {
  const { doc } = flow;
  const { texts } = model;
  const title = fitText(doc, 'bold', texts.title, CONTENT_WIDTH, 40, { max: 19, min: 14 });
  const titleHeight = textHeight(doc, 'bold', title.size, texts.title, CONTENT_WIDTH, 2);
  drawText(doc, texts.title, {
    face: 'bold',
    size: title.size,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH,
    maxLines: 2,
    align: 'center',
  });
  flow.y += titleHeight + 1.5 * MM;
  const kindWidth = CONTENT_WIDTH - 20 * MM;
  const kindHeight = textHeight(doc, 'condensed', 8.5, texts.kind, kindWidth, 3);
  drawText(doc, texts.kind, {
    face: 'condensed',
    size: 8.5,
    x: X + 10 * MM,
    y: flow.y,
    width: kindWidth,
    maxLines: 3,
    align: 'center',
    color: MUTED,
  });
  flow.y += kindHeight + 4 * MM;

  drawCentred(flow, texts.attests, 'regular', 10);
  flow.y += 2 * MM;
  const name = fitText(doc, 'bold', model.fullName, CONTENT_WIDTH, 52, { max: 21, min: 13 });
  setFont(doc, 'bold', name.size);
  const nameHeight = doc.currentLineHeight(true) * name.lines;
  drawText(doc, model.fullName, {
    face: 'bold',
    size: name.size,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH,
    maxLines: name.lines,
    align: 'center',
  });
  flow.y += nameHeight + 1.5 * MM;
  if (model.personDetails) drawCentred(flow, model.personDetails, 'condensed', 9, 2);
  flow.y += 2 * MM;
  drawCentred(flow, texts.hasAcquired, 'regular', 10);
  flow.y += 4 * MM;
  flow.y = drawFieldBox(doc, model.issuerRows, flow.y, true);
}

function drawCentred(
  flow: Flow,
  text: string,
  face: 'regular' | 'condensed',
  size: number,
  maxLines = 1,
): void {
  const height = textHeight(flow.doc, face, size, text, CONTENT_WIDTH, maxLines);
  drawText(flow.doc, text, {
    face,
    size,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH,
    maxLines,
    align: 'center',
  });
  flow.y += height;
}

const BLOCK = {
  padding: 2.5 * MM,
  numberWidth: 7 * MM,
  badgeWidth: 24 * MM,
  labelWidth: 30 * MM,
  gap: 2.5 * MM,
  descriptionLines: 8,
  rowLines: 4,
};
const INNER_X = X + BLOCK.padding + BLOCK.numberWidth;
const INNER_WIDTH = CONTENT_WIDTH - 2 * BLOCK.padding - BLOCK.numberWidth;
const TITLE_WIDTH = INNER_WIDTH - BLOCK.badgeWidth - 2 * MM;
const VALUE_WIDTH = INNER_WIDTH - BLOCK.labelWidth;

/** Heights of a competence's parts; the same numbers place them when drawing. */
function measureCompetence(doc: Doc, block: CompetenceBlock) {
  const title = textHeight(doc, 'bold', 10.5, block.title, TITLE_WIDTH, 3);
  const references = block.references
    ? textHeight(doc, 'condensed', 7.5, block.references, INNER_WIDTH, 3)
    : 0;
  const description = block.description
    ? textHeight(doc, 'regular', 8.5, block.description, INNER_WIDTH, BLOCK.descriptionLines)
    : 0;
  const rows = block.rows.map((row) =>
    textHeight(doc, 'condensed', 8.5, row.value, VALUE_WIDTH, BLOCK.rowLines),
  );
  const total =
    2 * BLOCK.padding +
    Math.max(title, 5 * MM) +
    (references ? references + 1 * MM : 0) +
    (description ? description + 1.5 * MM : 0) +
    rows.reduce((sum, height) => sum + height + 1.2 * MM, 0);
  return { title, references, description, rows, total };
}

type CompetenceSize = ReturnType<typeof measureCompetence>;

function drawCompetence(
  flow: Flow,
  block: CompetenceBlock,
  size: CompetenceSize,
  index: number,
): void {
  const { doc } = flow;
  const top = flow.y;
  doc.rect(X, top, CONTENT_WIDTH, size.total).lineWidth(0.6).strokeColor('#8c8c8c').stroke();
  let y = top + BLOCK.padding;
  drawText(doc, `${index}.`, {
    face: 'bold',
    size: 10.5,
    x: X + BLOCK.padding,
    y,
    width: BLOCK.numberWidth,
  });
  drawText(doc, block.title, {
    face: 'bold',
    size: 10.5,
    x: INNER_X,
    y,
    width: TITLE_WIDTH,
    maxLines: 3,
  });
  const badgeX = X + CONTENT_WIDTH - BLOCK.padding - BLOCK.badgeWidth;
  doc
    .roundedRect(badgeX, y - 1, BLOCK.badgeWidth, 5 * MM, 1.2 * MM)
    .fillColor('#e6e6e6')
    .fill();
  drawText(doc, block.eqf, {
    face: 'condensedBold',
    size: 8.5,
    x: badgeX,
    y: y + 2,
    width: BLOCK.badgeWidth,
    align: 'center',
  });
  y += Math.max(size.title, 5 * MM);
  if (size.references) {
    drawText(doc, block.references, {
      face: 'condensed',
      size: 7.5,
      x: INNER_X,
      y,
      width: INNER_WIDTH,
      maxLines: 3,
      color: MUTED,
    });
    y += size.references + 1 * MM;
  }
  if (size.description) {
    drawText(doc, block.description, {
      face: 'regular',
      size: 8.5,
      x: INNER_X,
      y,
      width: INNER_WIDTH,
      maxLines: BLOCK.descriptionLines,
    });
    y += size.description + 1.5 * MM;
  }
  block.rows.forEach((row, rowIndex) => {
    drawText(doc, row.label.toLocaleUpperCase(), {
      face: 'condensedBold',
      size: 6.5,
      x: INNER_X,
      y: y + 1.6,
      width: BLOCK.labelWidth - 2,
      color: MUTED,
    });
    drawText(doc, row.value, {
      face: 'condensed',
      size: 8.5,
      x: INNER_X + BLOCK.labelWidth,
      y,
      width: VALUE_WIDTH,
      maxLines: BLOCK.rowLines,
    });
    y += (size.rows[rowIndex] ?? 0) + 1.2 * MM;
  });
  flow.y = top + size.total;
}

/** The competences, one framed block each, never split; a new page repeats the heading. */
export function drawCompetences(flow: Flow, model: CertificateModel): void {
  const { doc } = flow;
  const { texts } = model;
  const heading = texts.competences(model.competences.length);
  drawSectionHeading(flow, heading);
  model.competences.forEach((block, index) => {
    const size = measureCompetence(doc, block);
    if (flow.ensure(size.total)) {
      drawText(doc, `${model.fullName} – ${heading}, ${texts.continued}`, {
        face: 'condensedBold',
        size: 8.5,
        x: X,
        y: flow.y + 1 * MM,
        width: CONTENT_WIDTH,
      });
      flow.y += 7 * MM;
    }
    drawCompetence(flow, block, size, index + 1);
    flow.y += BLOCK.gap;
  });
}

const CLOSING_ROW = 36 * MM;
const QR_SIZE = 28 * MM;
const STATEMENT = { padding: 2.5 * MM, indent: 4.5 * MM, label: 4.5 * MM, lines: 10 };

/** What the document is, verification and signature: kept together at the end. */
export function drawClosing(flow: Flow, model: CertificateModel): void {
  const { doc } = flow;
  const { texts } = model;
  const textWidth = CONTENT_WIDTH - STATEMENT.indent - STATEMENT.padding;
  const statement = textHeight(doc, 'regular', 8.5, texts.nature, textWidth, STATEMENT.lines);
  const box = 2 * STATEMENT.padding + STATEMENT.label + statement;
  flow.ensure(3 * MM + box + 5 * MM + CLOSING_ROW);
  flow.y += 3 * MM;
  doc.rect(X, flow.y, CONTENT_WIDTH, box).fillColor('#f0f0f0').fill();
  doc
    .rect(X, flow.y, 1.2 * MM, box)
    .fillColor('#000')
    .fill();
  const textX = X + STATEMENT.indent;
  drawText(doc, texts.natureSection.toLocaleUpperCase(), {
    face: 'condensedBold',
    size: 8.5,
    x: textX,
    y: flow.y + STATEMENT.padding,
    width: textWidth,
  });
  drawText(doc, texts.nature, {
    face: 'regular',
    size: 8.5,
    x: textX,
    y: flow.y + STATEMENT.padding + STATEMENT.label,
    width: textWidth,
    maxLines: STATEMENT.lines,
  });
  flow.y += box + 5 * MM;

  const top = flow.y;
  const half = CONTENT_WIDTH * 0.56;
  drawVerification(doc, model, X, top, half - 4 * MM);
  drawSignature(doc, model, X + half + 4 * MM, top, CONTENT_WIDTH - half - 4 * MM);
  flow.y = top + CLOSING_ROW;
}

function drawVerification(
  doc: Doc,
  model: CertificateModel,
  x: number,
  y: number,
  width: number,
): void {
  const { texts } = model;
  drawQr(doc, model.qr, x, y, QR_SIZE);
  const textX = x + QR_SIZE + 4 * MM;
  const textWidth = width - QR_SIZE - 4 * MM;
  drawText(doc, texts.verificationCode.toLocaleUpperCase(), {
    face: 'condensedBold',
    size: 6.5,
    x: textX,
    y: y + 1,
    width: textWidth,
    color: MUTED,
  });
  const code = fitText(doc, 'mono', model.code, textWidth, 20, { max: 15, min: 9 });
  drawText(doc, model.code, {
    face: 'mono',
    size: code.size,
    x: textX,
    y: y + 4 * MM,
    width: textWidth,
  });
  drawText(doc, texts.attestationNumber(model.number), {
    face: 'condensedBold',
    size: 9,
    x: textX,
    y: y + 11 * MM,
    width: textWidth,
  });
  drawText(doc, texts.verificationHelp, {
    face: 'condensed',
    size: 7,
    x: textX,
    y: y + 16 * MM,
    width: textWidth,
    maxLines: 8,
    color: MUTED,
  });
}

/** "Luogo e data ____", room to sign, then the rule with the signatory's name and role. */
function drawSignature(
  doc: Doc,
  model: CertificateModel,
  x: number,
  y: number,
  width: number,
): void {
  const { texts, signatory } = model;
  const muted = { face: 'condensed', size: 8, x, width, color: MUTED } as const;
  drawText(doc, texts.placeAndDate, { ...muted, y: y + 1 });
  setFont(doc, 'condensed', 8);
  ruled(doc, x + doc.widthOfString(texts.placeAndDate) + 2 * MM, x + width, y + 10);
  drawText(doc, texts.signature.toLocaleUpperCase(), {
    face: 'condensedBold',
    size: 6.5,
    x,
    y: y + 8 * MM,
    width,
    color: MUTED,
  });
  const lineY = y + 22 * MM;
  ruled(doc, x, x + width, lineY);
  drawText(doc, signatory.name, { face: 'bold', size: 10, x, y: lineY + 1.5 * MM, width });
  drawText(doc, signatory.role, { ...muted, size: 8.5, y: lineY + 6 * MM, maxLines: 2 });
}

/**
 * The QR symbol as filled rectangles, one per run of dark modules in a row, all in one
 * path: sharp at any zoom and on any printer, no image, no transparency. Rows overlap
 * by a hair so rasterisers leave no seams between them.
 */
export function drawQr(
  doc: Doc,
  qr: CertificateModel['qr'],
  x: number,
  y: number,
  size: number,
): void {
  const module = size / qr.size;
  for (let row = 0; row < qr.size; row += 1) {
    let column = 0;
    while (column < qr.size) {
      if (!qr.data[row * qr.size + column]) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < qr.size && qr.data[row * qr.size + column]) column += 1;
      const overlap = row < qr.size - 1 ? 0.05 : 0;
      doc.rect(x + start * module, y + row * module, (column - start) * module, module + overlap);
    }
  }
  doc.fillColor('#000').fill();
}
