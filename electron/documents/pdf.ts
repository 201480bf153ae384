import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import {
  FONT_FILES,
  fontPaths,
  type FontFace,
  type ParsedFont,
  parsedFontsOf,
  shareLayoutsAcrossDocuments,
} from './fonts';
import type { DocumentLocale } from './i18n';

export interface DocumentOptions {
  /** Folder with the DejaVu TTF files; defaults to the `dejavu-fonts-ttf` package. */
  fontDir?: string;
  /** Print date and PDF CreationDate; fixing it makes the output byte-for-byte repeatable. */
  creationDate?: Date;
}

interface NewDocument {
  locale: DocumentLocale;
  /** Shown in viewers' title bars and file lists: never personal data. */
  title: string;
  author: string;
  creationDate: Date;
  fontDir?: string;
  /** Keep pages in memory so "Pagina X di Y" can be written once the total is known. */
  bufferPages?: boolean;
  /**
   * PDF/A-2b (PDF 1.7, XMP metadata with the pdfaid schema, sRGB output intent), with
   * these keywords and extra Info entries (ASCII names and values, never personal data).
   */
  archival?: { keywords: string; extraInfo?: Record<string, string> };
  /**
   * pdfkit's built-in Helvetica and Courier instead of DejaVu: not embedded, WinAnsi only.
   * For the benchmark's reference rendering; no document handed to a person uses it.
   */
  builtinFonts?: boolean;
}

/**
 * One standard font per face: pdfkit caches a registered name only when its font is new
 * to the document, so two names for Helvetica would reopen it at every use. Times, the
 * narrower one, stands in for the condensed faces.
 */
const BUILTIN_FONTS: Record<FontFace, string> = {
  regular: 'Helvetica',
  bold: 'Helvetica-Bold',
  condensed: 'Times-Roman',
  condensedBold: 'Times-Bold',
  mono: 'Courier-Bold',
};

/**
 * pdfkit copies Title, Author and Keywords into the XMP packet without escaping them,
 * and PDF/A wants the Info dictionary and XMP to say the same: characters with a meaning
 * in XML become look-alikes in both rather than break the packet.
 */
function xmlSafe(value: string): string {
  return value.replace(/&/g, '\uFF06').replace(/</g, '\u2039').replace(/>/g, '\u203A');
}

/**
 * An A4 pdfkit document with the DejaVu faces registered under their `FontFace` names,
 * and a promise of its bytes once `doc.end()` is called.
 */
export function createDocument(spec: NewDocument): {
  doc: PDFKit.PDFDocument;
  finished: Promise<Buffer>;
} {
  const doc = newDocument(spec);
  return { doc, finished: collect(doc) };
}

/**
 * The same document, whose bytes `end()` returns at once: for callers that must not
 * yield between drawing and storing (a number taken inside a database transaction).
 */
export function createDocumentSync(spec: NewDocument): {
  doc: PDFKit.PDFDocument;
  end: () => Buffer;
} {
  const doc = newDocument(spec);
  const end = (): Buffer => {
    let failure: unknown = null;
    doc.on('error', (error: unknown) => {
      failure = error;
    });
    // pdfkit writes every object synchronously inside end(); with no 'data' listener the
    // stream is paused and holds them all, so read() hands them over without waiting.
    doc.end();
    const chunks: Buffer[] = [];
    for (let chunk = doc.read() as Buffer | null; chunk; chunk = doc.read() as Buffer | null) {
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    if (failure) throw failure instanceof Error ? failure : new Error('PDF: writing failed');
    if (bytes.subarray(-6).toString('latin1').trim() !== '%%EOF') {
      throw new Error('PDF: output was not complete after end()');
    }
    return bytes;
  };
  return { doc, end };
}

/** zlib's fastest level: a few percent larger streams, about three times less time. */
const DEFLATE_LEVEL = 1;
let deflateTuned = false;

interface StreamReference {
  compress: boolean;
  buffer: Uint8Array[];
  document: { _security?: unknown };
  finalize: () => void;
}

/**
 * pdfkit compresses every stream (content, fonts, colour profile) at zlib's default
 * level, which was a fifth of the time of a one-page certificate. Its stream objects
 * are reached once through a document that is never written, and compress at the
 * fastest level instead; the output is the same FlateDecode stream any reader opens.
 */
function deflateFaster(): void {
  if (deflateTuned) return;
  deflateTuned = true;
  const probe = new PDFDocument({ autoFirstPage: false, font: null as unknown as string });
  const proto = Object.getPrototypeOf(probe.ref({})) as StreamReference;
  const original = proto.finalize;
  if (typeof original !== 'function') return;
  proto.finalize = function finalize(this: StreamReference) {
    if (this.compress && this.buffer.length > 0 && !this.document._security) {
      this.buffer = [deflateSync(Buffer.concat(this.buffer), { level: DEFLATE_LEVEL })];
      this.compress = false;
    }
    original.call(this);
  };
}

function newDocument(spec: NewDocument): PDFKit.PDFDocument {
  deflateFaster();
  if (!spec.builtinFonts) shareLayoutsAcrossDocuments(PDFDocument, fontPaths(spec.fontDir).regular);
  const fonts: Record<FontFace, string | ParsedFont> = spec.builtinFonts
    ? BUILTIN_FONTS
    : parsedFontsOf(spec.fontDir);
  const { archival } = spec;
  const info: PDFKit.DocumentInfo & Record<string, string | Date> = {
    Title: spec.title,
    Author: spec.author,
    Creator: 'Percorsi',
    CreationDate: spec.creationDate,
  };
  if (archival) {
    Object.assign(info, archival.extraInfo, {
      Title: xmlSafe(spec.title),
      Author: xmlSafe(spec.author),
      Keywords: xmlSafe(archival.keywords),
      // The last change is the creation: the same input gives the same bytes.
      ModDate: spec.creationDate,
    });
  }
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    bufferPages: spec.bufferPages ?? false,
    // No default font: pdfkit would open one under a key of its own (the path), and each
    // later doc.font('regular') of the same face would open and compare it again. Every
    // text is drawn after choosing a registered face, so Helvetica is never loaded.
    font: null as unknown as string,
    lang: spec.locale === 'it' ? 'it-IT' : 'en-GB',
    displayTitle: true,
    // pdfkit writes no XMP packet for PDF 1.3, its default; PDF/A-2 is based on PDF 1.7.
    ...(archival ? { pdfVersion: '1.7', subset: 'PDF/A-2b' } : {}),
    // The file identifier is a hash of this dictionary: no clock in it, no random part.
    info,
  });
  if (archival) {
    // pdfkit's XMP has CreateDate only; PDF/A wants ModDate mirrored too.
    doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${xmpDate(spec.creationDate)}</xmp:ModifyDate>
            <xmp:MetadataDate>${xmpDate(spec.creationDate)}</xmp:MetadataDate>
        </rdf:Description>
        `);
  }
  for (const face of Object.keys(FONT_FILES) as FontFace[]) {
    // @types/pdfkit lists paths and buffers only; pdfkit also takes a parsed font.
    doc.registerFont(face, fonts[face] as string);
  }
  return doc;
}

/** As pdfkit writes xmp:CreateDate: UTC to the second. */
function xmpDate(instant: Date): string {
  return `${instant.toISOString().split('.')[0] ?? ''}Z`;
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

export function addA4Page(doc: PDFKit.PDFDocument): void {
  doc.addPage({ size: 'A4', margin: 0 });
}
