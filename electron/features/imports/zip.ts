import { inflateRawSync } from 'node:zlib';
import { SheetError } from './sheet';

/**
 * Just enough of ZIP to read the parts of an XLSX file: the central directory
 * and stored or deflated entries, inflated by Node's zlib (several times
 * faster than a JavaScript inflater) with a cap on what an entry may expand to.
 */
interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An OLE compound file: an old .xls, or an XLSX protected by a password. */
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export class ZipReader {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly bytes: Buffer) {
    if (bytes.subarray(0, OLE.length).equals(OLE)) throw new SheetError('errors.importProtected');
    const unreadable = () => new SheetError('errors.importUnreadable');
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
      if (bytes.readUInt32LE(i) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw unreadable();
    const count = bytes.readUInt16LE(eocd + 10);
    let offset = bytes.readUInt32LE(eocd + 16);
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== CENTRAL) throw unreadable();
      const nameLength = bytes.readUInt16LE(offset + 28);
      const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
      this.entries.set(name, {
        method: bytes.readUInt16LE(offset + 10),
        compressedSize: bytes.readUInt32LE(offset + 20),
        size: bytes.readUInt32LE(offset + 24),
        localOffset: bytes.readUInt32LE(offset + 42),
      });
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
  }

  /** An entry's text, or null when there is none; refuses one that expands beyond `maxBytes`. */
  text(name: string, maxBytes: number): string | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    if (entry.size > maxBytes) throw new SheetError('errors.importSheetTooLarge');
    const { bytes } = this;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL) {
      throw new SheetError('errors.importUnreadable');
    }
    const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method !== 8) throw new SheetError('errors.importUnreadable');
    try {
      return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
    } catch (error) {
      if (error instanceof RangeError) throw new SheetError('errors.importSheetTooLarge');
      throw new SheetError('errors.importUnreadable');
    }
  }
}
