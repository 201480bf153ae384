import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontPaths } from '../../electron/documents/fonts';
import { FastSubset, FontTables } from '../../electron/documents/fontSubset';

interface Glyph {
  id: number;
  advanceWidth: number;
  bbox: Record<string, number>;
  path: { toSVG: () => string };
  _getMetrics: () => { leftBearing: number };
  _decode: () => { instructions?: number[] } | null;
}
interface Font {
  layout: (text: string) => { glyphs: Glyph[] };
  getGlyph: (id: number) => Glyph;
  numGlyphs: number;
  createSubset: () => { includeGlyph: (id: number) => number; encode: () => Uint8Array };
}
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create: (bytes: Uint8Array) => Font;
};

// Names with every accent the registry sees, digits and the verification code's letters.
const TEXT =
  "Aïcha Ngozi Adéwálé Müller-Łukasiewicz D'Alessandro Nguyễn Thị Ánh Đorđe Şükran Çağrı " +
  'Ørsted Žofie ĳ ﬁ ß œ € – “ ” · 2026/0042 DQP9-N8EJ-W54X';

describe('TrueType subsets copied from the font file, without hinting', () => {
  it.each(Object.keys(FONT_FILES) as (keyof typeof FONT_FILES)[])(
    'gives the same glyphs, outlines and metrics as fontkit for %s',
    (face) => {
      const bytes = readFileSync(fontPaths()[face]);
      const before = createHash('sha256').update(bytes).digest('hex');
      const font = fontkit.create(bytes);
      const ours = new FastSubset(new FontTables(bytes));
      const theirs = font.createSubset();
      for (const glyph of font.layout(TEXT).glyphs) {
        expect(ours.includeGlyph(glyph.id)).toBe(theirs.includeGlyph(glyph.id));
      }
      const a = fontkit.create(Buffer.from(ours.encode()));
      const b = fontkit.create(Buffer.from(theirs.encode()));
      expect(a.numGlyphs).toBe(b.numGlyphs);
      expect(a.numGlyphs).toBeGreaterThan(40);
      for (let id = 0; id < a.numGlyphs; id++) {
        const [x, y] = [a.getGlyph(id), b.getGlyph(id)];
        expect(x.advanceWidth).toBe(y.advanceWidth);
        expect(x._getMetrics().leftBearing).toBe(y._getMetrics().leftBearing);
        expect(x.bbox).toEqual(y.bbox);
        expect(x.path.toSVG()).toBe(y.path.toSVG());
        expect(x._decode()?.instructions ?? []).toEqual([]);
      }
      expect(
        Object.keys((a as unknown as { directory: { tables: object } }).directory.tables).sort(),
      ).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp']);
      // The font file fontkit keeps reading is never written to.
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(before);
    },
  );
});
