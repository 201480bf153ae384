import type { FontFace } from './fonts';

type Doc = PDFKit.PDFDocument;

export const INK = '#000000';
export const MUTED = '#4d4d4d';

/** NFC so that names typed with combining marks ("Nguye\u0302\u0303n") use precomposed glyphs. */
export function clean(value: string | null | undefined): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function setFont(doc: Doc, face: FontFace, size: number): Doc {
  return doc.font(face).fontSize(size);
}

export function textHeight(
  doc: Doc,
  face: FontFace,
  size: number,
  text: string,
  width: number,
  maxLines: number,
): number {
  setFont(doc, face, size);
  const lineHeight = doc.currentLineHeight(true);
  if (maxLines <= 1 || fitsOneLine(doc, text, width)) return lineHeight;
  return Math.min(doc.heightOfString(text, { width }), lineHeight * maxLines);
}

/**
 * A text that fits on one line needs none of pdfkit's line wrapping (a line breaker run
 * over the text, then every word measured), which is most of the time of a short label.
 */
function fitsOneLine(doc: Doc, text: string, width: number): boolean {
  return !text || (!text.includes('\n') && doc.widthOfString(text) <= width - 0.01);
}

interface BoxText {
  face: FontFace;
  size: number;
  x: number;
  y: number;
  width: number;
  maxLines?: number;
  align?: 'left' | 'center' | 'right';
  color?: string;
}

/** Draws wrapped text, cut with an ellipsis after `maxLines`, and never lets pdfkit add a page. */
export function drawText(doc: Doc, text: string, box: BoxText): void {
  if (!text) return;
  setFont(doc, box.face, box.size);
  doc.fillColor(box.color ?? INK);
  if (fitsOneLine(doc, text, box.width)) {
    const spare = box.width - doc.widthOfString(text);
    const shift = box.align === 'right' ? spare : box.align === 'center' ? spare / 2 : 0;
    doc.text(text, box.x + shift, box.y, { lineBreak: false });
    return;
  }
  const maxLines = box.maxLines ?? 1;
  const lineHeight = doc.currentLineHeight(true);
  doc.text(text, box.x, box.y, {
    width: box.width,
    height: lineHeight * maxLines + 0.1,
    ellipsis: true,
    lineBreak: maxLines > 1,
    align: box.align ?? 'left',
  });
}

export interface FittedText {
  size: number;
  lines: number;
}

/**
 * The largest size (down to `minSize`) at which `text` fits on one line; failing that,
 * the largest at which it fits on two, then three lines within `maxHeight`. A name is
 * cut with an ellipsis only as a last resort: on an attendance sheet it must stay whole.
 */
export function fitText(
  doc: Doc,
  face: FontFace,
  text: string,
  width: number,
  maxHeight: number,
  sizes: { max: number; min: number },
): FittedText {
  for (let size = sizes.max; size >= sizes.min; size -= 0.5) {
    setFont(doc, face, size);
    if (doc.widthOfString(text) <= width) return { size, lines: 1 };
  }
  for (const lines of [2, 3]) {
    for (let size = sizes.min + 1; size >= sizes.min - 1; size -= 0.5) {
      setFont(doc, face, size);
      const lineHeight = doc.currentLineHeight(true);
      const fits = doc.heightOfString(text, { width }) <= lineHeight * lines + 0.5;
      if (fits && lineHeight * lines <= maxHeight) return { size, lines };
    }
  }
  setFont(doc, face, sizes.min - 1);
  return { size: sizes.min - 1, lines: Math.floor(maxHeight / doc.currentLineHeight(true)) };
}

/** Draws `text` fitted into a cell and centred vertically in it. */
export function drawCellText(
  doc: Doc,
  text: string,
  cell: { x: number; y: number; width: number; height: number; padding: number },
  face: FontFace,
  maxSize: number,
  minSize: number,
  align: 'left' | 'center' = 'left',
): void {
  if (!text) return;
  const width = cell.width - 2 * cell.padding;
  const fitted = fitText(doc, face, text, width, cell.height - 2, { max: maxSize, min: minSize });
  setFont(doc, face, fitted.size);
  const lineHeight = doc.currentLineHeight(true);
  const used = Math.min(doc.heightOfString(text, { width }), lineHeight * fitted.lines);
  // Glyphs sit a little high in their line box; nudge down so the text looks centred.
  const y = cell.y + (cell.height - used) / 2 + fitted.size * 0.08;
  drawText(doc, text, {
    face,
    size: fitted.size,
    x: cell.x + cell.padding,
    y,
    width,
    maxLines: fitted.lines,
    align,
  });
}

/** A solid line to write on by hand. */
export function ruled(doc: Doc, fromX: number, toX: number, y: number): void {
  doc.moveTo(fromX, y).lineTo(toX, y).lineWidth(0.5).strokeColor('#000').stroke();
}
