import PDFDocument from 'pdfkit';
import { FONT_FILES, fontPaths } from './fonts';
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
}

/**
 * An A4 pdfkit document with the DejaVu faces registered under their `FontFace` names,
 * and a promise of its bytes once `doc.end()` is called.
 */
export function createDocument(spec: NewDocument): {
  doc: PDFKit.PDFDocument;
  finished: Promise<Buffer>;
} {
  const fonts = fontPaths(spec.fontDir);
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    bufferPages: spec.bufferPages ?? false,
    // Registering a TTF as the default keeps pdfkit from loading Helvetica (not embedded).
    font: fonts.regular,
    lang: spec.locale === 'it' ? 'it-IT' : 'en-GB',
    displayTitle: true,
    info: {
      Title: spec.title,
      Author: spec.author,
      Creator: 'Percorsi',
      CreationDate: spec.creationDate,
    },
  });
  for (const face of Object.keys(FONT_FILES) as (keyof typeof FONT_FILES)[]) {
    doc.registerFont(face, fonts[face]);
  }
  return { doc, finished: collect(doc) };
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
