import { describe, expect, it } from 'vitest';
import {
  belfioreOfCountry,
  checkCodiceFiscale,
  computeCodiceFiscale,
} from '../../electron/features/participants/codiceFiscale';

const aicha = { sex: 'F' as const, birthDate: '1990-04-03', birthCountry: 'SN' };

describe('codice fiscale', () => {
  it('accepts a consistent code for a person born abroad', () => {
    expect(checkCodiceFiscale('DLLCHA90D43Z343T', aicha)).toBeNull();
    expect(checkCodiceFiscale(' dllcha90d43z343t ', aicha)).toBeNull();
  });

  it('accepts omocodia variants', () => {
    const base = {
      sex: 'M' as const,
      birthDate: '1980-01-01',
      birthCountry: 'IT',
      birthPlace: 'Torino',
    };
    expect(checkCodiceFiscale('RSSMRA80A01L219M', base)).toBeNull();
    expect(checkCodiceFiscale('RSSMRA8LA01L219X', base)).toBeNull();
    expect(checkCodiceFiscale('RSSMRAULALMLNMVB', base)).not.toBeNull();
  });

  it('names the first inconsistency', () => {
    expect(checkCodiceFiscale('DLLCHA90D43Z343', aicha)).toBe('errors.cfFormat');
    expect(checkCodiceFiscale('DLLCHA90D43Z343A', aicha)).toBe('errors.cfChecksum');
    expect(checkCodiceFiscale('DLLCHA90D43Z343T', { ...aicha, birthDate: '1990-04-13' })).toBe(
      'errors.cfBirthDate',
    );
    expect(checkCodiceFiscale('DLLCHA90D43Z343T', { ...aicha, sex: 'M' })).toBe('errors.cfSex');
    expect(checkCodiceFiscale('DLLCHA90D43Z343T', { ...aicha, birthCountry: 'NG' })).toBe(
      'errors.cfCountry',
    );
    expect(checkCodiceFiscale('DLLCHA90D43Z343T', { ...aicha, birthCountry: 'IT' })).toBe(
      'errors.cfItalianBorn',
    );
    expect(
      checkCodiceFiscale('RSSMRA80A01L219M', {
        sex: 'M',
        birthDate: '1980-01-01',
        birthCountry: 'MA',
      }),
    ).toBe('errors.cfForeignBorn');
  });

  it('does not check sex for people who did not state F or M', () => {
    expect(checkCodiceFiscale('DLLCHA90D43Z343T', { ...aicha, sex: 'not_stated' })).toBeNull();
  });

  it('resolves Belfiore codes of the main countries of origin', () => {
    expect(belfioreOfCountry('SN')).toBe('Z343');
    expect(belfioreOfCountry('MA')).toBe('Z330');
    expect(belfioreOfCountry('CN')).toBe('Z210');
    expect(belfioreOfCountry('RU')).toBe('Z154');
    expect(belfioreOfCountry('RO')).toBe('Z129');
    expect(belfioreOfCountry('UA')).toBe('Z138');
  });

  it('computes codes that pass its own check', () => {
    const code = computeCodiceFiscale({
      firstName: 'Oumou',
      lastName: 'Sangaré',
      sex: 'F',
      birthDate: '1985-11-30',
      birthCountry: 'ML',
    });
    expect(code).toMatch(/^SNGMOU85S70Z\d{3}.$/);
    expect(
      checkCodiceFiscale(code ?? '', { sex: 'F', birthDate: '1985-11-30', birthCountry: 'ML' }),
    ).toBeNull();
  });
});
