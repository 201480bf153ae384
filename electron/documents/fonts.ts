import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FastSubset, FontTables } from './fontSubset';

/**
 * The faces every document uses. DejaVu covers Latin Extended (Aïcha, Nguyễn Thị Ánh,
 * Đorđe, Şükran, Łucja) and is embedded as a subset; pdfkit's standard 14 fonts are
 * never used because they are not embedded and have no glyphs beyond Latin-1.
 */
export const FONT_FILES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  condensed: 'DejaVuSansCondensed.ttf',
  condensedBold: 'DejaVuSansCondensed-Bold.ttf',
  /** Codes a person types back (a certificate's verification code): 0/O and 1/I/l differ. */
  mono: 'DejaVuSansMono-Bold.ttf',
} as const;

export type FontFace = keyof typeof FONT_FILES;

/**
 * Where the DejaVu TTF files are: `fontDir` when the caller gives one (the packaged
 * app may ship them elsewhere), otherwise next to the `dejavu-fonts-ttf` package.
 *
 * The package is resolved with a `require` created from this file when it runs as
 * CommonJS (the esbuild bundle in dist/electron, whose `__filename` sits inside the
 * app so node_modules is found by walking up), and from the working directory's
 * package.json under ESM (tsx, vitest), where `__filename` does not exist. No
 * `import.meta`, so the same source bundles to CommonJS without warnings.
 */
export function resolveFontDir(fontDir?: string): string {
  if (fontDir) return fontDir;
  const packageJson = appRequire().resolve('dejavu-fonts-ttf/package.json');
  return path.join(path.dirname(packageJson), 'ttf');
}

function appRequire(): NodeJS.Require {
  const anchor =
    typeof __filename === 'string' ? __filename : path.join(process.cwd(), 'package.json');
  return createRequire(anchor);
}

const pathsByDir = new Map<string, Record<FontFace, string>>();

/** The five faces' files, checked once per folder for the process. */
export function fontPaths(fontDir?: string): Record<FontFace, string> {
  const key = fontDir ?? '';
  const known = pathsByDir.get(key);
  if (known) return known;
  const dir = resolveFontDir(fontDir);
  const entries = Object.entries(FONT_FILES).map(([face, file]) => {
    const fullPath = path.join(dir, file);
    // The message names the font file only: it is a packaging problem, never user data.
    if (!existsSync(fullPath)) throw new Error(`Font file not found: ${file} in ${dir}`);
    return [face, fullPath] as const;
  });
  const paths = Object.fromEntries(entries) as Record<FontFace, string>;
  pathsByDir.set(key, paths);
  return paths;
}

/** A font as fontkit parsed it: pdfkit takes one wherever it takes a font file. */
export interface ParsedFont {
  layout: (text: string, features?: unknown, ...rest: unknown[]) => GlyphRun;
}

interface GlyphRun {
  glyphs: unknown[];
  positions: Record<string, number>[];
  readonly advanceWidth: number;
}

const parsedFonts = new Map<string, ParsedFont>();
let createFont: ((buffer: Uint8Array) => ParsedFont) | null = null;

/**
 * Each face read and parsed once per process. Given a path, pdfkit reads and parses the
 * TTF again for every document, decoding its large tables anew, which costs more than
 * laying out a one-page document; a parsed font is only read from, and pdfkit keeps the
 * subset of glyphs used by each document apart.
 */
export function parsedFontsOf(fontDir?: string): Record<FontFace, ParsedFont> {
  const files = fontPaths(fontDir);
  // pdfkit's own fontkit: the one it would use to open the same file.
  createFont ??= (
    createRequire(appRequire().resolve('pdfkit'))('fontkit') as {
      create: (buffer: Uint8Array) => ParsedFont;
    }
  ).create;
  const parse = createFont;
  const entries = Object.entries(files).map(([face, file]) => {
    let font = parsedFonts.get(file);
    if (!font) {
      const bytes = readFileSync(file);
      font = withFastSubset(withLayoutMemo(parse(bytes)), bytes);
      parsedFonts.set(file, font);
    }
    return [face, font] as const;
  });
  return Object.fromEntries(entries) as Record<FontFace, ParsedFont>;
}

/** Words remembered per face; past this the memo starts again (a batch of names). */
const LAYOUT_MEMO_LIMIT = 20_000;

/**
 * pdfkit remembers the shaping of each word per document only, so every new document
 * shapes its words again through the OpenType tables. Remembering them per font makes
 * the shaping once per process. pdfkit scales the positions it receives in place: each
 * call gets its own copies, the remembered run stays as fontkit made it.
 */
function withLayoutMemo(font: ParsedFont): ParsedFont {
  const shape = font.layout.bind(font);
  const memo = new Map<string, GlyphRun>();
  font.layout = (text, features, ...rest) => {
    if (features !== undefined || rest.length > 0) return shape(text, features, ...rest);
    let run = memo.get(text);
    if (!run) {
      if (memo.size >= LAYOUT_MEMO_LIMIT) memo.clear();
      run = shape(text);
      memo.set(text, run);
    }
    const positions = run.positions.map((position) => ({ ...position }));
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((sum, position) => sum + (position.xAdvance ?? 0), 0);
      },
    };
  };
  return font;
}

/** Subsets copied from the font file's own bytes (see fontSubset.ts), for TrueType files. */
function withFastSubset(font: ParsedFont, bytes: Uint8Array): ParsedFont {
  if (!FontTables.isTrueType(bytes)) return font;
  const tables = new FontTables(bytes);
  return Object.assign(font, { createSubset: () => new FastSubset(tables) });
}

interface LaidOut {
  glyphs: unknown[] | null;
  positions: unknown[] | null;
  advanceWidth: number;
}
type Layout = (
  this: { font: object },
  text: string,
  features?: unknown,
  onlyWidth?: boolean,
) => LaidOut;

let layoutsShared = false;
const LAYOUTS_LIMIT = 20_000;

/**
 * pdfkit lays out every string again in every document (its cache lives in the
 * document's font object), to measure it and to draw it. A string laid out in a font
 * gives the same glyphs and scaled positions in any document, and pdfkit only reads
 * them, so the layouts are remembered per parsed font for the whole process. Done once,
 * on pdfkit's embedded-font class, reached through a document that is never written.
 */
export function shareLayoutsAcrossDocuments(
  PDFDocument: new (options: object) => PDFKit.PDFDocument,
  sampleFontFile: string,
): void {
  if (layoutsShared) return;
  layoutsShared = true;
  const probe = new PDFDocument({ autoFirstPage: false, font: null });
  probe.font(sampleFontFile);
  const proto = Object.getPrototypeOf((probe as unknown as { _font: object })._font) as {
    layout?: Layout;
  };
  const original = proto.layout;
  if (typeof original !== 'function') return;
  const byFont = new WeakMap<object, Map<string, LaidOut>>();
  proto.layout = function layout(text, features, onlyWidth) {
    if (features) return original.call(this, text, features, onlyWidth);
    let cache = byFont.get(this.font);
    if (!cache) {
      cache = new Map();
      byFont.set(this.font, cache);
    }
    let run = cache.get(text);
    if (!run) {
      if (cache.size >= LAYOUTS_LIMIT) cache.clear();
      run = original.call(this, text, undefined, false);
      cache.set(text, run);
    }
    return onlyWidth ? { glyphs: null, positions: null, advanceWidth: run.advanceWidth } : run;
  };
}
