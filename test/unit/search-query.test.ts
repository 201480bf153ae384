import { describe, expect, it } from 'vitest';
import { normalizedFullName, normalizeName, toFtsQuery } from '../../db/queries/participants';

describe('search query building', () => {
  it('turns typed words into quoted prefix terms', () => {
    expect(toFtsQuery('aich')).toBe('"aich"*');
    expect(toFtsQuery('  Aïcha   Dia ')).toBe('"Aïcha"* "Dia"*');
  });

  it('neutralises FTS5 syntax and quotes', () => {
    expect(toFtsQuery('"a" OR b*')).toBe('"a"* "OR"* "b"*');
    expect(toFtsQuery('NEAR(x y) -z ^w')).toBe('"NEAR"* "x"* "y"* "z"* "w"*');
    expect(toFtsQuery(`'); DROP TABLE--`)).toBe('"DROP"* "TABLE"*');
  });

  it('returns null when nothing searchable was typed', () => {
    expect(toFtsQuery('')).toBeNull();
    expect(toFtsQuery(' "*-( ')).toBeNull();
  });

  it('caps the number of terms', () => {
    expect(
      toFtsQuery(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))?.split(' '),
    ).toHaveLength(8);
  });
});

describe('name normalisation for duplicate checks', () => {
  it('ignores case, diacritics and extra spaces', () => {
    expect(normalizeName('  AÏCHA  ')).toBe('aicha');
    expect(normalizedFullName('Zoë', 'Nguyễn  Thị')).toBe('nguyen thi zoe');
    expect(normalizedFullName('Aicha', 'DIALLO')).toBe(normalizedFullName('Aïcha', 'Diallo'));
  });
});
