import { describe, expect, it } from 'vitest';
import { notes, optionalNotes, text } from '../../electron/api/fields';

describe('text fields', () => {
  it('keeps single-line fields free of line breaks and other controls', () => {
    expect(text(100).safeParse('Via Roma\n1').success).toBe(false);
    expect(text(100).safeParse('Via Roma 1').success).toBe(true);
  });

  it('lets notes hold line breaks and tabs, and nothing else invisible', () => {
    expect(notes(100).parse('Prima riga\r\nseconda riga\tcon tab')).toBe(
      'Prima riga\r\nseconda riga\tcon tab',
    );
    expect(notes(100).safeParse('campana\u0007').success).toBe(false);
    expect(notes(100).safeParse('nome \u202eosrevni').success).toBe(false);
    expect(optionalNotes(100).parse('   ')).toBeUndefined();
    expect(notes(5).safeParse('troppo lungo').success).toBe(false);
  });
});
