import { CONTENT_WIDTH, MM, PAGE, type TopBand, drawTopBand } from './layout';
import { addA4Page } from './pdf';
import type { PlanTexts } from './planTexts';
import { MUTED, drawCellText, drawText, ruled, setFont, textHeight } from './text';

type Doc = PDFKit.PDFDocument;

export interface ActionRow {
  description: string;
  who: string;
  by: string;
  status: string;
}

export interface GoalBlock {
  number: number;
  title: string;
  /** "Entro 30/06/2026 · Stato: in corso" */
  meta: string;
  actions: ActionRow[];
}

/**
 * A cursor running down the pages: `ensure` starts a new page, with the header, when the
 * next block does not fit above the footer.
 */
export class Flow {
  y = 0;

  constructor(
    readonly doc: Doc,
    private readonly band: TopBand,
  ) {}

  newPage(): void {
    addA4Page(this.doc);
    this.y = drawTopBand(this.doc, this.band, true);
  }

  /** True when a new page was started. */
  ensure(height: number): boolean {
    if (this.y + height <= PAGE.contentBottom) return false;
    this.newPage();
    return true;
  }
}

const X = PAGE.marginX;

export function drawSectionHeading(flow: Flow, text: string): void {
  flow.ensure(14 * MM);
  flow.y += 3.5 * MM;
  drawText(flow.doc, text.toLocaleUpperCase(), {
    face: 'condensedBold',
    size: 8.5,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH,
  });
  flow.y += 5 * MM;
}

export function drawParagraph(flow: Flow, text: string, size = 9.5): void {
  const height = textHeight(flow.doc, 'regular', size, text, CONTENT_WIDTH, 12);
  flow.ensure(height);
  drawText(flow.doc, text, {
    face: 'regular',
    size,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH,
    maxLines: 12,
  });
  flow.y += height;
}

const COLUMNS = { who: 32 * MM, by: 28 * MM, status: 26 * MM };
const ACTION_WIDTH = CONTENT_WIDTH - COLUMNS.who - COLUMNS.by - COLUMNS.status;
const CELL_PADDING = 1.8 * MM;
const TABLE_HEADER = 6.5 * MM;
const MIN_ROW = 7 * MM;
const ACTION_LINES = 6;

function rowHeight(doc: Doc, row: ActionRow): number {
  const width = ACTION_WIDTH - 2 * CELL_PADDING;
  const text = textHeight(doc, 'condensed', 9, row.description, width, ACTION_LINES);
  return Math.max(MIN_ROW, text + 2 * CELL_PADDING);
}

function goalHeadingHeight(doc: Doc, goal: GoalBlock): number {
  return 4 * MM + textHeight(doc, 'bold', 11, goal.title, CONTENT_WIDTH, 3) + 2 * MM;
}

function drawGoalHeading(flow: Flow, goal: GoalBlock, texts: PlanTexts, continued: boolean): void {
  const { doc } = flow;
  const label = texts.goal(goal.number).toLocaleUpperCase();
  drawText(doc, continued ? `${label} ${texts.continued}` : label, {
    face: 'condensedBold',
    size: 8,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH / 2,
    color: MUTED,
  });
  drawText(doc, goal.meta, {
    face: 'condensed',
    size: 8.5,
    x: X + CONTENT_WIDTH / 3,
    y: flow.y - 0.5,
    width: (CONTENT_WIDTH * 2) / 3,
    align: 'right',
  });
  flow.y += 4 * MM;
  const titleHeight = textHeight(doc, 'bold', 11, goal.title, CONTENT_WIDTH, 3);
  drawText(doc, goal.title, {
    face: 'bold',
    size: 11,
    x: X,
    y: flow.y,
    width: CONTENT_WIDTH,
    maxLines: 3,
  });
  flow.y += titleHeight + 2 * MM;
}

function drawTableHeader(flow: Flow, texts: PlanTexts): void {
  const { doc } = flow;
  const { y } = flow;
  doc.rect(X, y, CONTENT_WIDTH, TABLE_HEADER).fillColor('#e3e3e3').fill();
  const cells: [string, number][] = [
    [texts.action, ACTION_WIDTH],
    [texts.who, COLUMNS.who],
    [texts.by, COLUMNS.by],
    [texts.status, COLUMNS.status],
  ];
  let x = X;
  cells.forEach(([text, width], index) => {
    const cell = { x, y, width, height: TABLE_HEADER, padding: CELL_PADDING };
    drawCellText(doc, text, cell, 'condensedBold', 8, 6.5, index === 0 ? 'left' : 'center');
    x += width;
  });
  strokeRow(doc, y, TABLE_HEADER);
  flow.y += TABLE_HEADER;
}

function drawActionRow(flow: Flow, row: ActionRow, height: number): void {
  const { doc, y } = flow;
  drawText(doc, row.description, {
    face: 'condensed',
    size: 9,
    x: X + CELL_PADDING,
    y: y + CELL_PADDING,
    width: ACTION_WIDTH - 2 * CELL_PADDING,
    maxLines: ACTION_LINES,
  });
  let x = X + ACTION_WIDTH;
  for (const [text, width] of [
    [row.who, COLUMNS.who],
    [row.by, COLUMNS.by],
    [row.status, COLUMNS.status],
  ] as const) {
    const cell = { x, y, width, height, padding: CELL_PADDING };
    drawCellText(doc, text, cell, 'condensed', 8.5, 6.5, 'center');
    x += width;
  }
  strokeRow(doc, y, height);
  flow.y += height;
}

function strokeRow(doc: Doc, y: number, height: number): void {
  doc.lineWidth(0.6).strokeColor('#000');
  doc.rect(X, y, CONTENT_WIDTH, height).stroke();
  let x = X;
  for (const width of [ACTION_WIDTH, COLUMNS.who, COLUMNS.by]) {
    x += width;
    doc
      .moveTo(x, y)
      .lineTo(x, y + height)
      .stroke();
  }
}

function drawNote(flow: Flow, text: string): void {
  const cell = { x: X, y: flow.y, width: CONTENT_WIDTH, height: MIN_ROW, padding: 3 * MM };
  drawCellText(flow.doc, text, cell, 'condensed', 9, 8, 'center');
  flow.doc.rect(X, flow.y, CONTENT_WIDTH, MIN_ROW).lineWidth(0.6).strokeColor('#000').stroke();
  flow.y += MIN_ROW;
}

/** A goal up to this tall moves whole to the next page rather than break. */
const KEEP_TOGETHER = 100 * MM;

/**
 * A goal's heading and its actions table. A short goal stays on one page; a long one
 * breaks between rows, never right after its heading, and repeats heading and header.
 */
export function drawGoal(flow: Flow, goal: GoalBlock, texts: PlanTexts): void {
  const { doc } = flow;
  const heights = goal.actions.map((row) => rowHeight(doc, row));
  const start = goalHeadingHeight(doc, goal) + TABLE_HEADER + (heights[0] ?? MIN_ROW);
  const total = start + heights.slice(1).reduce((sum, height) => sum + height, 0);
  flow.ensure(Math.max(start, Math.min(total, KEEP_TOGETHER)));
  drawGoalHeading(flow, goal, texts, false);
  if (goal.actions.length === 0) {
    drawNote(flow, texts.noActions);
  } else {
    drawTableHeader(flow, texts);
    goal.actions.forEach((row, index) => {
      const height = heights[index] ?? MIN_ROW;
      if (flow.ensure(height)) {
        drawGoalHeading(flow, goal, texts, true);
        drawTableHeader(flow, texts);
      }
      drawActionRow(flow, row, height);
    });
  }
  flow.y += 5 * MM;
}

export function drawNoGoals(flow: Flow, texts: PlanTexts): void {
  flow.ensure(MIN_ROW);
  drawNote(flow, texts.noGoals);
  flow.y += 5 * MM;
}

const SIGNATURE_BOX = 36 * MM;

export interface Agreement {
  /** Empty: left as a line to fill in by hand. */
  agreedOn: string;
  participantName: string;
  counselorName: string;
}

/** Agreement date, a one-line statement and the two signature boxes, kept on one page. */
export function drawAgreement(flow: Flow, agreement: Agreement, texts: PlanTexts): void {
  const { doc } = flow;
  const statementHeight = textHeight(doc, 'regular', 9.5, texts.agreement, CONTENT_WIDTH, 3);
  flow.ensure(14 * MM + 7 * MM + statementHeight + 4 * MM + SIGNATURE_BOX);
  drawSectionHeading(flow, texts.agreementSection);
  const label = `${texts.agreedOn}:`;
  drawText(doc, label, { face: 'bold', size: 9.5, x: X, y: flow.y, width: CONTENT_WIDTH });
  setFont(doc, 'bold', 9.5);
  const valueX = X + doc.widthOfString(label) + 2 * MM;
  if (agreement.agreedOn) {
    drawText(doc, agreement.agreedOn, {
      face: 'regular',
      size: 9.5,
      x: valueX,
      y: flow.y,
      width: 60 * MM,
    });
  } else {
    ruled(doc, valueX, valueX + 45 * MM, flow.y + 10);
  }
  flow.y += 7 * MM;
  drawParagraph(flow, texts.agreement);
  flow.y += 4 * MM;

  const gap = 8 * MM;
  const width = (CONTENT_WIDTH - gap) / 2;
  const common = { doc, y: flow.y, width, placeAndDate: texts.placeAndDate };
  const { participantName, counselorName } = agreement;
  drawSignatureBox({ ...common, x: X, title: texts.participantSignature, name: participantName });
  drawSignatureBox({
    ...common,
    x: X + width + gap,
    title: texts.counselorSignature,
    name: counselorName,
  });
  flow.y += SIGNATURE_BOX;
}

interface SignatureBox {
  doc: Doc;
  x: number;
  y: number;
  width: number;
  title: string;
  name: string;
  placeAndDate: string;
}

/** Who signs, "Luogo e data ______" on one line, then room to sign above the bottom rule. */
function drawSignatureBox(box: SignatureBox): void {
  const { doc, y } = box;
  doc.rect(box.x, y, box.width, SIGNATURE_BOX).lineWidth(0.8).strokeColor('#000').stroke();
  const x = box.x + 3 * MM;
  const width = box.width - 6 * MM;
  drawText(doc, box.title, { face: 'condensedBold', size: 9, x, y: y + 2.5 * MM, width });
  const small = { face: 'condensed', x, width, color: MUTED } as const;
  drawText(doc, box.name, { ...small, size: 8.5, y: y + 6.5 * MM });
  const placeY = y + 12.5 * MM;
  drawText(doc, box.placeAndDate, { ...small, size: 8, y: placeY });
  setFont(doc, 'condensed', 8);
  ruled(doc, x + doc.widthOfString(box.placeAndDate) + 2 * MM, x + width, placeY + 9);
  ruled(doc, x, x + width, y + SIGNATURE_BOX - 6 * MM);
}
