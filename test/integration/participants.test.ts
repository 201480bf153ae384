import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/db';
import { validParticipant } from '../fixtures/participants';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(() => app.close());

describe('participant registry through the router', () => {
  it('creates a person and finds them by a diacritic-free prefix', async () => {
    const created = await app.ok('participants.create', { data: validParticipant() });
    expect(created.id).toBeGreaterThan(0);
    expect(created.firstName).toBe('Aïcha');
    for (const query of ['aich', 'AICHA', 'Aïc', 'dial', 'aicha dia', 'DLLCHA90']) {
      const found = await app.ok('participants.search', { query });
      expect(
        found.items.map((p) => p.id),
        query,
      ).toEqual([created.id]);
    }
    const none = await app.ok('participants.search', { query: 'zzz' });
    expect(none.items).toEqual([]);
  });

  it('reads back every field it stored', async () => {
    const input = validParticipant({
      birthPlace: 'Dakar',
      residenceComune: 'Torino',
      email: 'aicha.diallo@example.org',
      phone: '+39 333 123 4567',
      educationIsced: '3',
      residencePermitType: 'work',
      residencePermitExpiry: '2027-05-31',
      internationalProtection: true,
      arrivalYear: '2015',
      referredBy: 'Sportello migranti',
    });
    const created = await app.ok('participants.create', { data: input });
    const read = await app.ok('participants.get', { id: created.id });
    expect(read).toMatchObject({
      birthPlace: 'Dakar',
      residenceComune: 'Torino',
      email: 'aicha.diallo@example.org',
      educationIsced: 3,
      arrivalYear: 2015,
      internationalProtection: true,
      citizenships: ['SN'],
      consentScopes: ['service', 'funder_reporting'],
      archivedAt: null,
    });
  });
});
