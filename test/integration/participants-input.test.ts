import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipantFormValues } from '../../electron/features/participants/contract';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

function rowCount(): number {
  return (
    app.database.sqlite.prepare('SELECT count(*) AS n FROM participants').get() as { n: number }
  ).n;
}

async function rejectedFields(
  overrides: Partial<ParticipantFormValues> | Record<string, unknown>,
  locale: 'it' | 'en' = 'it',
) {
  const before = rowCount();
  const result = await app.call(
    'participants.create',
    { data: { ...validParticipant(), ...overrides } },
    { locale },
  );
  if (result.ok) throw new Error('expected a rejection');
  expect(result.error.code).toBe('validation');
  expect(rowCount()).toBe(before);
  return result.error.fields ?? {};
}

const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

describe('participant input is rejected with a message next to the field', () => {
  it.each([
    [
      'future birth date',
      { birthDate: tomorrow },
      'data.birthDate',
      'La data non può essere nel futuro.',
    ],
    [
      'impossible date',
      { birthDate: '1990-02-30' },
      'data.birthDate',
      'Data non valida (usa il formato gg/mm/aaaa).',
    ],
    ['empty first name', { firstName: '   ' }, 'data.firstName', 'Campo obbligatorio.'],
    [
      '10,000-character name',
      { lastName: 'a'.repeat(10_000) },
      'data.lastName',
      'Massimo 100 caratteri.',
    ],
    [
      'control characters',
      { firstName: 'Ai\u0000cha' },
      'data.firstName',
      'Contiene caratteri non ammessi.',
    ],
    [
      'bidi override',
      { lastName: 'Dia\u202Ello' },
      'data.lastName',
      'Contiene caratteri non ammessi.',
    ],
    [
      'name without letters',
      { firstName: '12345' },
      'data.firstName',
      'Deve contenere almeno una lettera.',
    ],
    [
      'empty consent scopes',
      { consentScopes: [] },
      'data.consentScopes',
      'Seleziona almeno una finalità del consenso.',
    ],
    ['missing consent date', { consentDate: '' }, 'data.consentDate', 'Campo obbligatorio.'],
    [
      'future consent date',
      { consentDate: tomorrow },
      'data.consentDate',
      'La data non può essere nel futuro.',
    ],
    [
      'unknown legal basis',
      { consentLegalBasis: 'because' },
      'data.consentLegalBasis',
      'Scegli un valore dall’elenco.',
    ],
    [
      'unknown birth country',
      { birthCountry: 'QQ' },
      'data.birthCountry',
      'Paese non riconosciuto.',
    ],
    [
      'no citizenship',
      { citizenships: [] },
      'data.citizenships',
      'Indica almeno una cittadinanza (o «apolide»).',
    ],
    ['bad email', { email: 'aicha@' }, 'data.email', 'Indirizzo e-mail non valido.'],
    ['bad phone', { phone: 'call me' }, 'data.phone', 'Numero di telefono non valido.'],
    [
      'arrival before birth',
      { arrivalYear: '1980' },
      'data.arrivalYear',
      'L’anno di arrivo non può precedere la nascita.',
    ],
    [
      'CF wrong check character',
      { codiceFiscale: 'DLLCHA90D43Z343X' },
      'data.codiceFiscale',
      'Codice fiscale non valido: il carattere di controllo non corrisponde.',
    ],
    [
      'CF wrong shape',
      { codiceFiscale: 'DROP TABLE' },
      'data.codiceFiscale',
      'Il codice fiscale deve avere 16 caratteri (lettere e cifre).',
    ],
    [
      'CF of another birth date',
      { birthDate: '1990-04-04' },
      'data.codiceFiscale',
      'Il codice fiscale non corrisponde alla data di nascita.',
    ],
    [
      'CF of another sex',
      { sex: 'M' },
      'data.codiceFiscale',
      'Il codice fiscale non corrisponde al sesso indicato.',
    ],
    [
      'CF of another country',
      { birthCountry: 'MA' },
      'data.codiceFiscale',
      'Il codice fiscale non corrisponde al paese di nascita.',
    ],
    [
      'CF born abroad, country Italy',
      { birthCountry: 'IT' },
      'data.codiceFiscale',
      'Il codice fiscale indica una nascita all’estero, ma il paese di nascita è l’Italia.',
    ],
  ])('%s', async (_label, overrides, field, message) => {
    const fields = await rejectedFields(overrides);
    expect(fields[field]).toBe(message);
  });

  it('answers in English when the caller uses English', async () => {
    const fields = await rejectedFields({ birthDate: tomorrow, consentScopes: [] }, 'en');
    expect(fields['data.birthDate']).toBe('The date cannot be in the future.');
    expect(fields['data.consentScopes']).toBe('Select at least one purpose of the consent.');
  });

  it('rejects unknown fields and wrong types', async () => {
    const extra = await rejectedFields({ isAdmin: true });
    expect(Object.keys(extra)).toContain('data');
    const wrongType = await rejectedFields({ internationalProtection: 'yes' });
    expect(wrongType['data.internationalProtection']).toBe('Valore non valido.');
  });

  it('accepts an Italian-born person whose codice fiscale matches comune and omocodia', async () => {
    // RSSMRA8LA01L219X is an omocodia variant of RSSMRA80A01L219M (Torino).
    const created = await app.ok('participants.create', {
      data: validParticipant({
        firstName: 'Mario',
        lastName: 'Rossi',
        sex: 'M',
        birthDate: '1980-01-01',
        birthCountry: 'IT',
        birthPlace: 'Torino',
        citizenships: ['IT'],
        codiceFiscale: 'rssmra8la01l219x',
      }),
    });
    expect(created.codiceFiscale).toBe('RSSMRA8LA01L219X');
    const wrongPlace = await rejectedFields({
      firstName: 'Mario',
      lastName: 'Rossi',
      sex: 'M',
      birthDate: '1980-01-01',
      birthCountry: 'IT',
      birthPlace: 'Milano',
      codiceFiscale: 'RSSMRA80A01L219M',
    });
    expect(wrongPlace['data.codiceFiscale']).toBe(
      'Il codice fiscale non corrisponde al comune di nascita.',
    );
  });

  it('stores SQL-looking and quoted text verbatim and harmlessly', async () => {
    const hostile = `Robert'); DROP TABLE participants;--`;
    const created = await app.ok('participants.create', {
      data: validParticipant({
        firstName: hostile,
        codiceFiscale: '',
        referredBy: `" OR 1=1 -- NEAR(*)`,
      }),
    });
    const read = await app.ok('participants.get', { id: created.id });
    expect(read.firstName).toBe(hostile);
    expect(read.referredBy).toBe(`" OR 1=1 -- NEAR(*)`);
    for (const query of [`'); DROP`, `"`, 'NEAR(', '*', 'OR 1=1', 'robert']) {
      const found = await app.call('participants.search', { query });
      expect(found.ok, query).toBe(true);
    }
    const found = await app.ok('participants.search', { query: 'robert drop' });
    expect(found.items.map((p) => p.id)).toEqual([created.id]);
    expect(rowCount()).toBe(1);
  });
});

describe('duplicates, updates and archiving', () => {
  it('warns about the same codice fiscale and saves only when acknowledged', async () => {
    const first = await app.ok('participants.create', { data: validParticipant() });
    const again = await app.call('participants.create', {
      data: validParticipant({ firstName: 'Aicha' }),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const matches = await app.ok('participants.checkDuplicates', {
      firstName: 'Aicha',
      lastName: 'Diallo',
      birthDate: '1990-04-03',
      codiceFiscale: 'dllcha90d43z343t',
    });
    expect(matches).toEqual([expect.objectContaining({ id: first.id, reason: 'codice_fiscale' })]);
    const acknowledged = await app.call('participants.create', {
      data: validParticipant({ firstName: 'Aicha' }),
      acknowledgeDuplicates: true,
    });
    expect(acknowledged.ok).toBe(true);
    expect(rowCount()).toBe(2);
  });

  it('warns about the same normalised name and birth date without a codice fiscale', async () => {
    await app.ok('participants.create', { data: validParticipant({ codiceFiscale: '' }) });
    const result = await app.call('participants.create', {
      data: validParticipant({ firstName: 'AICHA', lastName: ' diallo ', codiceFiscale: '' }),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const otherBirth = await app.call('participants.create', {
      data: validParticipant({ birthDate: '1991-04-03', codiceFiscale: '' }),
    });
    expect(otherBirth.ok).toBe(true);
  });

  it('updates a person, not counting them as their own duplicate', async () => {
    const created = await app.ok('participants.create', { data: validParticipant() });
    const updated = await app.ok('participants.update', {
      id: created.id,
      data: validParticipant({ residenceComune: 'Asti', italianLevel: 'B1' }),
    });
    expect(updated).toMatchObject({ residenceComune: 'Asti', italianLevel: 'B1' });
    expect(updated.updatedAt >= created.updatedAt).toBe(true);
    const missing = await app.call('participants.update', { id: 999, data: validParticipant() });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('archives: hidden from the list unless asked, and restorable', async () => {
    const created = await app.ok('participants.create', { data: validParticipant() });
    const archived = await app.ok('participants.setArchived', { id: created.id, archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect((await app.ok('participants.search', { query: 'aicha' })).items).toEqual([]);
    const withArchived = await app.ok('participants.search', {
      query: 'aicha',
      includeArchived: true,
    });
    expect(withArchived.items).toEqual([
      expect.objectContaining({ id: created.id, archived: true }),
    ]);
    await app.ok('participants.setArchived', { id: created.id, archived: false });
    expect((await app.ok('participants.search', { query: 'aicha' })).items).toHaveLength(1);
    const missing = await app.call('participants.get', { id: 12345 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('pages through the list alphabetically', async () => {
    const names = ['Zoë', 'Ana', 'Đorđe', 'Mariam', 'Chen'];
    for (const [i, lastName] of names.entries()) {
      await app.ok('participants.create', {
        data: validParticipant({ lastName, codiceFiscale: '', birthDate: `1990-01-0${i + 1}` }),
      });
    }
    const page1 = await app.ok('participants.search', { query: '', limit: 2 });
    expect(page1.hasMore).toBe(true);
    const page3 = await app.ok('participants.search', { query: '', limit: 2, offset: 4 });
    expect(page3.hasMore).toBe(false);
    expect(page3.items).toHaveLength(1);
    const all = await app.ok('participants.search', { query: '', limit: 10 });
    expect(all.items.map((p) => p.lastName)).toEqual(['Ana', 'Chen', 'Mariam', 'Zoë', 'Đorđe']);
  });
});
