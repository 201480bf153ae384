import {
  type DocumentLocale,
  ISO_DATE,
  formatPrintDate,
  formatSessionDate,
  formatTimeRange,
  minutesOfDay,
  textsFor,
} from './i18n';
import { PAGE, drawFooter, drawHeader, type SheetModel } from './layout';
import { type DocumentOptions, addA4Page, createDocument } from './pdf';
import {
  CLOSING_HEIGHT,
  TABLE,
  drawClosing,
  drawEmptyRow,
  drawParticipantRow,
  drawTableHeader,
  type ParticipantRow,
} from './table';
import { clean } from './text';

export interface SignInSheetInput {
  locale: DocumentLocale;
  organisation: { name: string; taxCode?: string | null; address?: string | null };
  project: { code: string; title: string; funder: string; fundingLine?: string | null };
  course: { title: string; location?: string | null };
  session: {
    /** YYYY-MM-DD */
    date: string;
    /** HH:MM */
    startTime: string;
    endTime: string;
    location?: string | null;
    topic?: string | null;
    trainerName?: string | null;
  };
  /** Printed in the order given: the caller sorts. */
  participants: { lastName: string; firstName: string; codiceFiscale?: string | null }[];
}

export type SignInSheetOptions = DocumentOptions;

/**
 * Renders one A4 sign-in sheet per session into a single PDF. Each sheet starts on a
 * new page and numbers its own pages ("Pagina 2 di 3" counts within that session).
 */
export async function renderSignInSheets(
  sheets: SignInSheetInput[],
  options: SignInSheetOptions = {},
): Promise<Buffer> {
  const first = sheets[0];
  if (!first) throw new RangeError('No sign-in sheets to render');
  sheets.forEach(validateSheet);
  const creationDate = options.creationDate ?? new Date();
  const { doc, finished } = createDocument({
    locale: first.locale,
    title: documentTitle(sheets),
    author: clean(first.organisation.name),
    creationDate,
    fontDir: options.fontDir,
  });
  for (const sheet of sheets) renderSheet(doc, sheet, creationDate);
  doc.end();
  return finished;
}

/** Only non-personal fields: the title shows in viewers' title bars and file lists. */
function documentTitle(sheets: SignInSheetInput[]): string {
  const first = sheets[0] as SignInSheetInput;
  const parts = [textsFor(first.locale).title, clean(first.project.code)];
  if (sheets.every((sheet) => sheet.course.title === first.course.title)) {
    parts.push(clean(first.course.title));
  }
  if (sheets.length === 1) parts.push(formatSessionDate(first.session.date, first.locale).trim());
  return parts.join(' – ');
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Messages name the sheet by position and the field, never its content. */
function validateSheet(sheet: SignInSheetInput, index: number): void {
  const where = `Sign-in sheet ${index + 1}`;
  if (sheet.locale !== 'it' && sheet.locale !== 'en') {
    throw new RangeError(`${where}: unsupported locale`);
  }
  if (!ISO_DATE.test(sheet.session.date)) {
    throw new RangeError(`${where}: session date must be YYYY-MM-DD`);
  }
  if (!TIME.test(sheet.session.startTime) || !TIME.test(sheet.session.endTime)) {
    throw new RangeError(`${where}: session times must be HH:MM`);
  }
  if (minutesOfDay(sheet.session.endTime) <= minutesOfDay(sheet.session.startTime)) {
    throw new RangeError(`${where}: session must end after it starts`);
  }
}

function sheetModel(sheet: SignInSheetInput, printedAt: Date): SheetModel {
  const { organisation, project, session, locale } = sheet;
  const texts = textsFor(locale);
  const taxCode = clean(organisation.taxCode);
  return {
    texts,
    organisationName: clean(organisation.name),
    organisationDetails: [
      taxCode && `${texts.codiceFiscale} ${taxCode}`,
      clean(organisation.address),
    ]
      .filter(Boolean)
      .join(' · '),
    courseTitle: clean(sheet.course.title),
    project: [clean(project.code), clean(project.title)].filter(Boolean).join(' – '),
    funding: [clean(project.funder), clean(project.fundingLine)].filter(Boolean).join(' – '),
    date: formatSessionDate(session.date, locale),
    time: formatTimeRange(session.startTime, session.endTime, locale),
    location: clean(session.location) || clean(sheet.course.location),
    trainer: clean(session.trainerName),
    topic: clean(session.topic),
    printDate: formatPrintDate(printedAt, locale),
  };
}

/**
 * How many participant rows go on each page. The closing block must share the last
 * page with at least one row, so a sheet never ends with a page of signatures only.
 */
export function paginate(rows: number, rowsPerPage: number, rowsWithClosing: number): number[] {
  if (rowsPerPage < 2 || rowsWithClosing < 1) throw new RangeError('Sheet header too tall');
  const pages: number[] = [];
  let remaining = Math.max(rows, 1);
  while (remaining > rowsWithClosing) {
    const take = Math.min(rowsPerPage, remaining - 1);
    pages.push(take);
    remaining -= take;
  }
  pages.push(remaining);
  return pages;
}

function renderSheet(doc: PDFKit.PDFDocument, sheet: SignInSheetInput, printedAt: Date): void {
  const model = sheetModel(sheet, printedAt);
  const rows: ParticipantRow[] = sheet.participants.map((person, index) => ({
    number: index + 1,
    lastName: clean(person.lastName),
    firstName: clean(person.firstName),
    codiceFiscale: clean(person.codiceFiscale).toUpperCase(),
  }));

  addA4Page(doc);
  const tableTop = drawHeader(doc, model, false) + TABLE.gapAbove;
  const space = PAGE.contentBottom - tableTop - TABLE.headerHeight;
  const pages = paginate(
    rows.length,
    Math.floor(space / TABLE.rowHeight),
    Math.floor((space - CLOSING_HEIGHT) / TABLE.rowHeight),
  );

  let next = 0;
  pages.forEach((count, pageIndex) => {
    if (pageIndex > 0) addA4Page(doc);
    drawHeader(doc, model, true);
    let y = drawTableHeader(doc, model.texts, tableTop);
    if (rows.length === 0) {
      drawEmptyRow(doc, model.texts, y);
      y += TABLE.rowHeight;
    }
    for (const row of rows.slice(next, next + count)) {
      drawParticipantRow(doc, row, y);
      y += TABLE.rowHeight;
    }
    next += count;
    if (pageIndex === pages.length - 1) drawClosing(doc, model, rows.length, y);
    drawFooter(doc, model, pageIndex + 1, pages.length);
  });
}
