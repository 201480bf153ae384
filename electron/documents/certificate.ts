import QRCode from 'qrcode';
import {
  ACQUISITION_KINDS,
  ASSESSMENT_METHODS,
  type CertificateSnapshot,
  type PrintedAcquisition,
  type PrintedCompetence,
  qrPayload,
} from '../features/certificates/snapshot';
import {
  type CompetenceBlock,
  type CertificateModel,
  drawClosing,
  drawCompetences,
  drawOpening,
} from './certificateLayout';
import { type CertificateTexts, certificateTextsFor, formatNumber } from './certificateTexts';
import { ISO_DATE, formatDate } from './i18n';
import { type Field, drawPageFooter } from './layout';
import { createDocumentSync } from './pdf';
import { Flow } from './planLayout';
import { clean } from './text';

export interface CertificateItem {
  snapshot: CertificateSnapshot;
  /** snapshotSha256(snapshot): part of what the QR code carries. */
  sha256: string;
}

export interface CertificateRenderOptions {
  /** Folder with the DejaVu TTF files; defaults to the `dejavu-fonts-ttf` package. */
  fontDir?: string;
  /**
   * Built-in Helvetica (not embedded, WinAnsi only, names folded to fit): the benchmark's
   * reference for what embedding the fonts costs. Never for a certificate handed out.
   */
  builtinFonts?: boolean;
}

/** The Info dictionary key holding the verification code, for `findVerificationCode`. */
export const VERIFICATION_CODE_KEY = 'PercorsiVerificationCode';
const CODE_FORMAT = /^[0-9A-Z]{2,12}(?:-[0-9A-Z]{2,12}){0,5}$/;
const NUMBER_FORMAT = /^[0-9A-Za-z][0-9A-Za-z/._-]{0,31}$/;

/**
 * One certificate as a PDF/A-2b file: A4, DejaVu embedded, the QR code drawn as vectors.
 * The same snapshot always gives the same bytes (dates come from `issuedOn`, never the
 * clock), so the registry can keep the file's SHA-256 and Verify can compare against it.
 */
export function renderCertificateSync(
  snapshot: CertificateSnapshot,
  sha256: string,
  options: CertificateRenderOptions = {},
): Buffer {
  validateCertificate(snapshot, sha256);
  const texts = certificateTextsFor(snapshot.locale);
  const { number, verificationCode } = snapshot;
  const { doc, end } = createDocumentSync({
    locale: snapshot.locale,
    title: texts.documentTitle(number),
    author: clean(snapshot.organisation.name),
    creationDate: issueInstant(snapshot.issuedOn),
    fontDir: options.fontDir,
    builtinFonts: options.builtinFonts,
    bufferPages: true,
    archival: {
      keywords: `${texts.title}; ${number}; ${verificationCode}`,
      extraInfo: { [VERIFICATION_CODE_KEY]: verificationCode },
    },
  });
  drawCertificate(doc, buildModel(snapshot, sha256, options));
  return end();
}

/** `renderCertificateSync` as a promise, like the other documents. */
export function renderCertificate(
  snapshot: CertificateSnapshot,
  sha256: string,
  options: CertificateRenderOptions = {},
): Promise<Buffer> {
  try {
    return Promise.resolve(renderCertificateSync(snapshot, sha256, options));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * Many certificates in one PDF/A-2b file, for printing: each starts on a new page and
 * numbers its own pages. The file is not registered, so it carries no verification code.
 */
export function renderCertificatesSync(
  items: readonly CertificateItem[],
  options: CertificateRenderOptions = {},
): Buffer {
  if (items.length === 0) throw new Error('Certificates: nothing to render');
  items.forEach((item, index) => {
    try {
      validateCertificate(item.snapshot, item.sha256);
    } catch (error) {
      throw new Error(`Item ${index + 1}: ${(error as Error).message}`, { cause: error });
    }
  });
  const first = items[0] as CertificateItem;
  const texts = certificateTextsFor(first.snapshot.locale);
  const latest = items.reduce(
    (date, item) => (item.snapshot.issuedOn > date ? item.snapshot.issuedOn : date),
    first.snapshot.issuedOn,
  );
  const organisations = [...new Set(items.map((item) => clean(item.snapshot.organisation.name)))];
  const { doc, end } = createDocumentSync({
    locale: first.snapshot.locale,
    title: texts.batchTitle(items.length),
    author: organisations.join('; '),
    creationDate: issueInstant(latest),
    fontDir: options.fontDir,
    builtinFonts: options.builtinFonts,
    bufferPages: true,
    archival: { keywords: texts.batchTitle(items.length) },
  });
  for (const item of items) drawCertificate(doc, buildModel(item.snapshot, item.sha256, options));
  return end();
}

/** `renderCertificatesSync` as a promise. */
export function renderCertificates(
  items: readonly CertificateItem[],
  options: CertificateRenderOptions = {},
): Promise<Buffer> {
  try {
    return Promise.resolve(renderCertificatesSync(items, options));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

/**
 * The verification code a certificate made here carries in its Info dictionary, read
 * from the raw bytes (pdfkit writes that dictionary and its strings uncompressed); null
 * for any other file, or one rewritten by a tool that compressed it.
 */
export function findVerificationCode(pdf: Buffer): string | null {
  if (pdf.length < 8 || pdf.toString('latin1', 0, 5) !== '%PDF-') return null;
  const text = pdf.toString('latin1');
  const key = `/${VERIFICATION_CODE_KEY}`;
  const at = text.lastIndexOf(key);
  if (at < 0) return null;
  const rest = text.slice(at + key.length, at + key.length + 120);
  const direct = /^\s*\(([^()\\]{1,80})\)/.exec(rest);
  if (direct) return codeOrNull(direct[1]);
  const reference = /^\s*(\d{1,9})\s+(\d{1,5})\s+R/.exec(rest);
  if (!reference) return null;
  const object = new RegExp(
    `(?:^|\\s)${reference[1]}\\s+${reference[2]}\\s+obj\\s*\\(([^()\\\\]{1,80})\\)\\s*endobj`,
    'g',
  );
  let found: string | null = null;
  // The last definition wins, as after an incremental update.
  for (const match of text.matchAll(object)) found = match[1] ?? null;
  return codeOrNull(found);
}

function codeOrNull(value: string | null | undefined): string | null {
  return value && CODE_FORMAT.test(value) ? value : null;
}

/** Noon UTC of the issue day: the same calendar day in every time zone a viewer shows. */
function issueInstant(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

function drawCertificate(doc: PDFKit.PDFDocument, model: CertificateModel): void {
  const flow = new Flow(doc, model.band);
  flow.newPage();
  drawOpening(flow, model);
  drawCompetences(flow, model);
  drawClosing(flow, model);
  // Earlier certificates' pages were flushed: the buffer holds this one's pages only.
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page += 1) {
    doc.switchToPage(page);
    drawPageFooter(doc, {
      left: model.footerLeft,
      center: model.fullName,
      right: model.texts.page(page - start + 1, count),
    });
  }
  doc.flushPages();
}

/**
 * Every string the PDF prints, formatted, and the QR symbol: for the benchmark, which
 * hands the same certificates to LibreOffice.
 */
export function certificateContent(
  snapshot: CertificateSnapshot,
  sha256: string,
): CertificateModel {
  validateCertificate(snapshot, sha256);
  return buildModel(snapshot, sha256, {});
}

function buildModel(
  original: CertificateSnapshot,
  sha256: string,
  options: CertificateRenderOptions,
): CertificateModel {
  const snapshot = options.builtinFonts ? foldStrings(original) : original;
  const texts = certificateTextsFor(snapshot.locale);
  const { person, organisation, project, locale } = snapshot;
  const day = (date: string | null): string => (date ? formatDate(date, locale) : '');
  const qr = QRCode.create(qrPayload(original, sha256), { errorCorrectionLevel: 'M' }).modules;
  const fullName = `${clean(person.firstName)} ${clean(person.lastName)}`;
  const taxCode = clean(organisation.taxCode);
  const personDetails = [
    person.birthDate && `${texts.birthDate}: ${day(person.birthDate)}`,
    clean(person.birthPlace) && `${texts.birthPlace}: ${clean(person.birthPlace)}`,
    clean(person.codiceFiscale) &&
      `${texts.codiceFiscale}: ${clean(person.codiceFiscale).toUpperCase()}`,
  ];
  const issuerRows: Field[][] = [[{ label: texts.issuer, value: clean(organisation.name) }]];
  if (project) {
    issuerRows.push([{ label: texts.project, value: clean(project.title) }]);
    const funding = [clean(project.funder), clean(project.fundingLine)].filter(Boolean);
    issuerRows.push([{ label: texts.funding, value: funding.join(' – ') }]);
  }
  return {
    texts,
    band: {
      organisationName: clean(organisation.name),
      organisationDetails: [taxCode && `${texts.taxCode} ${taxCode}`, clean(organisation.address)]
        .filter(Boolean)
        .join(' · '),
      title: texts.bandTitle(snapshot.number),
      subtitle: `${texts.issuedOn} ${day(snapshot.issuedOn)}`,
    },
    fullName,
    personDetails: personDetails.filter(Boolean).join('  ·  '),
    issuerRows,
    competences: snapshot.competences.map((competence) => competenceBlock(competence, texts, day)),
    number: snapshot.number,
    code: snapshot.verificationCode,
    qr: { size: qr.size, data: qr.data },
    signatory: { name: clean(snapshot.signatory.name), role: clean(snapshot.signatory.role) },
    footerLeft: texts.footer(snapshot.number, snapshot.verificationCode),
  };
}

function competenceBlock(
  competence: PrintedCompetence,
  texts: CertificateTexts,
  day: (date: string | null) => string,
): CompetenceBlock {
  const references = [
    clean(competence.code) && `${texts.competenceCode}: ${clean(competence.code)}`,
    clean(competence.escoUri) && `${texts.esco}: ${clean(competence.escoUri)}`,
    clean(competence.adaCode) && `${texts.ada}: ${clean(competence.adaCode)}`,
  ];
  const { assessment } = competence;
  const assessed = [
    texts.methods[assessment.method],
    day(assessment.assessedOn),
    clean(assessment.assessor) && `${texts.assessor} ${clean(assessment.assessor)}`,
  ];
  const rows: Field[] = [
    { label: texts.acquired, value: acquisitionText(competence.acquisition, texts, day) },
    { label: texts.assessed, value: assessed.filter(Boolean).join(' · ') },
  ];
  const evidence = clean(competence.evidence);
  if (evidence) rows.push({ label: texts.evidence, value: evidence });
  return {
    title: clean(competence.title),
    eqf: `${texts.eqfLevel} ${competence.eqfLevel}`,
    references: references.filter(Boolean).join('  ·  '),
    description: clean(competence.description),
    rows,
  };
}

/** "Corso di formazione «Fare associazione» · 36 ore frequentate · frequenza 90% · dal … al …" */
function acquisitionText(
  acquisition: PrintedAcquisition,
  texts: CertificateTexts,
  day: (date: string | null) => string,
): string {
  const { kind } = acquisition;
  const title = clean(acquisition.title);
  let head: string = texts.acquisition[kind];
  if (title) {
    if (kind === 'course') head = `${head} ${texts.quote(title)}`;
    else if (kind === 'experience') head = `${head}: ${title}`;
    else head = `${head} ${texts.at} ${title}`;
  }
  const hours = acquisition.hours === null ? '' : formatNumber(acquisition.hours, texts);
  const parts = [
    head,
    hours && (kind === 'course' ? texts.hoursAttended(hours) : texts.hours(hours)),
    acquisition.attendancePct !== null &&
      texts.attendance(formatNumber(acquisition.attendancePct, texts)),
    texts.period(day(acquisition.from) || null, day(acquisition.to) || null),
    clean(acquisition.description),
  ];
  return parts.filter(Boolean).join(' · ');
}

const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const FOLDED: Record<string, string> = {
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ı: 'i',
  ħ: 'h',
  Ħ: 'H',
  ŋ: 'n',
  Ŋ: 'N',
  ə: 'e',
  Ə: 'E',
  ʼ: '’',
  ʻ: '‘',
};

function inWinAnsi(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(char)
  );
}

/** What the built-in fonts can show: "Łukasiewicz" → "Lukasiewicz", "Nguyễn" → "Nguyên". */
export function foldToWinAnsi(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (inWinAnsi(char)) {
      out += char;
      continue;
    }
    const decomposed = [...char.normalize('NFD')];
    // Keep what WinAnsi has of the letter: "ễ" → "ê", "ő" → "o".
    let folded = decomposed[0] ?? '';
    for (const mark of decomposed.slice(1)) {
      const joined = (folded + mark).normalize('NFC');
      if ([...joined].length === 1 && inWinAnsi(joined)) folded = joined;
    }
    out += inWinAnsi(folded) ? folded : (FOLDED[char] ?? '?');
  }
  return out;
}

function foldStrings<T>(value: T): T {
  if (typeof value === 'string') return foldToWinAnsi(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => foldStrings(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, foldStrings(item as unknown)]),
    ) as T;
  }
  return value;
}

/**
 * The handlers check the same things earlier, with messages for the user; these say what
 * is wrong and where (field, competence's position), never the personal data itself.
 */
export function validateCertificate(snapshot: CertificateSnapshot, sha256: string): void {
  const fail = (what: string): never => {
    throw new Error(`Certificate: ${what}`);
  };
  const isDate = (value: unknown): boolean => typeof value === 'string' && ISO_DATE.test(value);
  const text = (value: unknown): string => (typeof value === 'string' ? clean(value) : '');
  if (snapshot.version !== 1) fail('unsupported snapshot version');
  if (snapshot.locale !== 'it' && snapshot.locale !== 'en') fail('unsupported locale');
  if (!NUMBER_FORMAT.test(snapshot.number)) fail('malformed number');
  if (!CODE_FORMAT.test(snapshot.verificationCode)) fail('malformed verification code');
  if (!/^[0-9a-f]{64}$/.test(sha256)) fail('malformed SHA-256');
  if (!isDate(snapshot.issuedOn)) fail('issue date must be YYYY-MM-DD');
  const { person } = snapshot;
  if (!text(person.firstName) || !text(person.lastName)) fail('person name missing');
  if (person.birthDate !== null && !isDate(person.birthDate)) fail('birth date must be YYYY-MM-DD');
  if (!text(snapshot.organisation.name)) fail('organisation name missing');
  if (snapshot.project && !text(snapshot.project.title)) fail('project title missing');
  if (!text(snapshot.signatory.name) || !text(snapshot.signatory.role)) fail('signatory missing');
  if (!Array.isArray(snapshot.competences) || snapshot.competences.length === 0) {
    fail('no competences');
  }
  snapshot.competences.forEach((competence, index) => {
    const where = `competence ${index + 1}`;
    if (!text(competence.title)) fail(`${where} has no title`);
    if (
      !Number.isInteger(competence.eqfLevel) ||
      competence.eqfLevel < 1 ||
      competence.eqfLevel > 8
    ) {
      fail(`${where} has an EQF level outside 1–8`);
    }
    const { acquisition, assessment } = competence;
    if (!ACQUISITION_KINDS.includes(acquisition.kind)) fail(`${where} has an unknown acquisition`);
    if (!ASSESSMENT_METHODS.includes(assessment.method)) fail(`${where} has an unknown assessment`);
    for (const date of [acquisition.from, acquisition.to]) {
      if (date !== null && !isDate(date)) fail(`${where} period must be YYYY-MM-DD`);
    }
    if (!isDate(assessment.assessedOn)) fail(`${where} assessment date must be YYYY-MM-DD`);
    const { hours, attendancePct } = acquisition;
    if (hours !== null && !(Number.isFinite(hours) && hours >= 0))
      fail(`${where} has invalid hours`);
    if (attendancePct !== null && !(attendancePct >= 0 && attendancePct <= 100)) {
      fail(`${where} has an attendance outside 0–100`);
    }
  });
}
