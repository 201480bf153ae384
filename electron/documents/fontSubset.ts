/**
 * A TrueType subset for pdfkit built from the font file's own bytes.
 *
 * fontkit's subset decodes every glyph's outline and re-encodes the hinting tables
 * value by value for every document, which cost more than drawing a one-page
 * certificate. The font file already holds each glyph ready to copy: this subset reads
 * the tables once per process, remembers each glyph's bytes (and where a composite
 * glyph names its parts), and assembles a file of the tables a PDF needs of an embedded
 * TrueType font (head, hhea, loca, maxp, glyf, hmtx). Same glyphs, same order, same
 * outlines, so the text drawn and the widths written do not change.
 *
 * The hinting programs (fpgm, prep, cvt and each glyph's instructions) are left out:
 * they only adjust outlines to a screen's pixel grid at small sizes, most PDF viewers
 * ignore them, and they were over half of every embedded font's bytes. A certificate is
 * printed; PDF/A asks for the outlines, not the hints.
 */

interface TableRecord {
  offset: number;
  length: number;
}

interface GlyphData {
  bytes: Uint8Array;
  /** Byte positions of the component glyph ids inside `bytes` (composite glyphs only). */
  components: { position: number; glyphId: number }[];
  advance: number;
  bearing: number;
}

const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;
const WE_HAVE_INSTRUCTIONS = 0x0100;

/** The same interface as fontkit's subset, as far as pdfkit uses it. */
export class FastSubset {
  readonly glyphs: number[] = [];
  readonly mapping: Record<number, number> = {};

  constructor(private readonly font: FontTables) {
    this.includeGlyph(0);
  }

  includeGlyph(glyph: number | { id: number }): number {
    const id = typeof glyph === 'object' ? glyph.id : glyph;
    let index = this.mapping[id];
    if (index === undefined) {
      index = this.glyphs.push(id) - 1;
      this.mapping[id] = index;
    }
    return index;
  }

  encode(): Uint8Array {
    const glyf: Uint8Array[] = [];
    const metrics: { advance: number; bearing: number }[] = [];
    // Components add glyphs to the end while the loop runs, as fontkit's does.
    for (let i = 0; i < this.glyphs.length; i++) {
      const data = this.font.glyph(this.glyphs[i] ?? 0);
      let bytes = data.bytes;
      if (data.components.length > 0) {
        bytes = bytes.slice();
        const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        for (const { position, glyphId } of data.components) {
          view.setUint16(position, this.includeGlyph(glyphId));
        }
      }
      glyf.push(bytes);
      metrics.push(data);
    }
    return this.font.assemble(glyf, metrics);
  }
}

const pad4 = (length: number) => (length + 3) & ~3;

function checksum(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let sum = 0;
  const whole = bytes.byteLength & ~3;
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  if (whole < bytes.byteLength) {
    let last = 0;
    for (let i = whole; i < whole + 4; i++) last = (last << 8) | (bytes[i] ?? 0);
    sum = (sum + (last >>> 0)) >>> 0;
  }
  return sum;
}

/** The tables of one TrueType file, and the glyphs read so far. */
export class FontTables {
  private readonly tables = new Map<string, TableRecord>();
  private readonly glyphCache = new Map<number, GlyphData>();
  private readonly view: DataView;
  private readonly locaLong: boolean;
  private readonly numberOfHMetrics: number;
  private readonly numGlyphs: number;

  private readonly file: Uint8Array;

  constructor(bytes: Uint8Array) {
    // A plain Uint8Array view: a Node Buffer's slice() shares memory, and the copies
    // patched below must never write into the font that fontkit reads too.
    const file = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.file = file;
    this.view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const count = this.view.getUint16(4);
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(...file.subarray(at, at + 4));
      this.tables.set(tag, {
        offset: this.view.getUint32(at + 8),
        length: this.view.getUint32(at + 12),
      });
    }
    for (const tag of ['head', 'hhea', 'maxp', 'loca', 'glyf', 'hmtx']) {
      if (!this.tables.has(tag)) throw new Error(`Font: table ${tag} missing`);
    }
    this.locaLong = this.view.getInt16(this.table('head').offset + 50) === 1;
    this.numberOfHMetrics = this.view.getUint16(this.table('hhea').offset + 34);
    this.numGlyphs = this.view.getUint16(this.table('maxp').offset + 4);
  }

  static isTrueType(file: Uint8Array): boolean {
    if (file.byteLength < 12) return false;
    const version = new DataView(file.buffer, file.byteOffset, file.byteLength).getUint32(0);
    return version === 0x00010000 || version === 0x74727565; // 'true'
  }

  private table(tag: string): TableRecord {
    const record = this.tables.get(tag);
    if (!record) throw new Error(`Font: table ${tag} missing`);
    return record;
  }

  private raw(tag: string): Uint8Array | null {
    const record = this.tables.get(tag);
    return record ? this.file.subarray(record.offset, record.offset + record.length) : null;
  }

  private locaOffset(glyphId: number): number {
    const loca = this.table('loca').offset;
    return this.locaLong
      ? this.view.getUint32(loca + glyphId * 4)
      : this.view.getUint16(loca + glyphId * 2) * 2;
  }

  glyph(glyphId: number): GlyphData {
    const cached = this.glyphCache.get(glyphId);
    if (cached) return cached;
    const id = glyphId < this.numGlyphs ? glyphId : 0;
    const glyf = this.table('glyf').offset;
    const start = this.locaOffset(id);
    const end = this.locaOffset(id + 1);
    let bytes = this.file.subarray(glyf + start, glyf + end);
    const components: GlyphData['components'] = [];
    if (bytes.byteLength >= 10) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const contours = view.getInt16(0);
      if (contours < 0) {
        let at = 10;
        for (;;) {
          const flags = view.getUint16(at);
          components.push({ position: at + 2, glyphId: view.getUint16(at + 2) });
          const flagsAt = at;
          at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
          if (flags & WE_HAVE_A_SCALE) at += 2;
          else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
          else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
          if (!(flags & MORE_COMPONENTS)) {
            if (flags & WE_HAVE_INSTRUCTIONS) {
              // The components without the hinting program that follows them.
              bytes = bytes.slice(0, at);
              new DataView(bytes.buffer).setUint16(flagsAt, flags & ~WE_HAVE_INSTRUCTIONS);
            }
            break;
          }
        }
      } else {
        // A simple glyph: header, contour ends, then its hinting program, dropped.
        const lengthAt = 10 + 2 * contours;
        const instructions = view.getUint16(lengthAt);
        if (instructions > 0) {
          const rest = bytes.subarray(lengthAt + 2 + instructions);
          const stripped = new Uint8Array(lengthAt + 2 + rest.byteLength);
          stripped.set(bytes.subarray(0, lengthAt));
          stripped.set(rest, lengthAt + 2);
          bytes = stripped;
        }
      }
    }
    const hmtx = this.table('hmtx').offset;
    const last = this.numberOfHMetrics - 1;
    const advance = this.view.getUint16(hmtx + Math.min(id, last) * 4);
    const bearing =
      id <= last
        ? this.view.getInt16(hmtx + id * 4 + 2)
        : this.view.getInt16(hmtx + this.numberOfHMetrics * 4 + (id - this.numberOfHMetrics) * 2);
    const data = { bytes, components, advance, bearing };
    this.glyphCache.set(glyphId, data);
    return data;
  }

  /** A TrueType file of the given glyphs: long loca, one metric per glyph. */
  assemble(glyf: Uint8Array[], metrics: { advance: number; bearing: number }[]): Uint8Array {
    const count = glyf.length;
    const glyfLength = glyf.reduce((sum, bytes) => sum + pad4(bytes.byteLength), 0);
    const glyfTable = new Uint8Array(glyfLength);
    const loca = new Uint8Array((count + 1) * 4);
    const locaView = new DataView(loca.buffer);
    let offset = 0;
    glyf.forEach((bytes, index) => {
      locaView.setUint32(index * 4, offset);
      glyfTable.set(bytes, offset);
      offset += pad4(bytes.byteLength);
    });
    locaView.setUint32(count * 4, offset);
    const hmtx = new Uint8Array(count * 4);
    const hmtxView = new DataView(hmtx.buffer);
    metrics.forEach((metric, index) => {
      hmtxView.setUint16(index * 4, metric.advance);
      hmtxView.setInt16(index * 4 + 2, metric.bearing);
    });
    const head = this.raw('head')?.slice() ?? new Uint8Array(54);
    const headView = new DataView(head.buffer);
    headView.setUint32(8, 0); // checkSumAdjustment, set below
    headView.setInt16(50, 1); // indexToLocFormat: long offsets
    const hhea = this.raw('hhea')?.slice() ?? new Uint8Array(36);
    new DataView(hhea.buffer).setUint16(34, count);
    const maxp = this.raw('maxp')?.slice() ?? new Uint8Array(6);
    new DataView(maxp.buffer).setUint16(4, count);

    const tables: [string, Uint8Array][] = [
      ['glyf', glyfTable],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp],
    ];

    const numTables = tables.length;
    const headerLength = 12 + numTables * 16;
    const total = tables.reduce((sum, [, bytes]) => sum + pad4(bytes.byteLength), headerLength);
    const out = new Uint8Array(total);
    const view = new DataView(out.buffer);
    let power = 1;
    let log2 = 0;
    while (power * 2 <= numTables) {
      power *= 2;
      log2 += 1;
    }
    view.setUint32(0, 0x00010000);
    view.setUint16(4, numTables);
    view.setUint16(6, power * 16);
    view.setUint16(8, log2);
    view.setUint16(10, numTables * 16 - power * 16);
    let at = headerLength;
    let headAt = 0;
    tables.forEach(([tag, bytes], index) => {
      const record = 12 + index * 16;
      for (let i = 0; i < 4; i++) view.setUint8(record + i, tag.charCodeAt(i));
      view.setUint32(record + 4, checksum(bytes));
      view.setUint32(record + 8, at);
      view.setUint32(record + 12, bytes.byteLength);
      out.set(bytes, at);
      if (tag === 'head') headAt = at;
      at += pad4(bytes.byteLength);
    });
    view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
    return out;
  }
}
