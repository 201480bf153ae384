import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { ADMIN, startE2eApp, type Account, type E2eApp } from './harness';
import { PathwayPage } from './pages/PathwayPage';
import { ServicesPage } from './pages/ServicesPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
let page: Page;
let counselor: Account;
let coordinator: Account;
let trainer: Account;
let participantId = 0;

async function must<T>(
  result: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>,
) {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.code);
  return settled.data;
}

/** Signs in as another account and opens an address afresh (browser mode has one session). */
async function openAs(account: Account, hash: string): Promise<void> {
  await app.signInAs(account);
  await page.goto(`${app.baseUrl}${hash}`);
  await page.reload();
}

beforeAll(async () => {
  app = await startE2eApp();
  counselor = await app.createUser('counselor', 'giulia.orientatrice', 'Giulia Rossi');
  coordinator = await app.createUser('coordinator', 'paolo.coordinatore', 'Paolo Neri');
  trainer = await app.createUser('trainer', 'elena.formatrice', 'Elena Gallo');
  // A second service for searching and filtering; the test adds the first through the screen.
  await must(
    app.call('services.create', {
      data: { name: 'Centro per l’impiego', category: 'employment', comune: 'Treviglio' },
    }),
  );
  // The person and their first pathway come from the router: the test is about the new screens.
  await app.signInAs(counselor);
  participantId = (await app.seed(validParticipant({ codiceFiscale: undefined }))).id;
  await must(
    app.call('pathways.create', { participantId, track: 'association', openedOn: '2026-01-15' }),
  );
  await app.signInAs(ADMIN);
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

describe('services directory', () => {
  it('adds, changes, finds, deletes and restores a local service', async () => {
    const shell = new ShellPage(page);
    const settings = new SettingsPage(page);
    const services = new ServicesPage(page);
    await shell.navLink('Impostazioni').click();
    await settings.openSection('Servizi del territorio');
    await expectCount(services.rows(), 1);

    // The dialog closes with Escape; saving an empty one puts the errors on the fields.
    await services.button('Nuovo servizio').click();
    await expectText(services.dialog().locator('h2'), 'Nuovo servizio');
    await page.keyboard.press('Escape');
    await expectCount(services.dialog(), 0);
    await services.button('Nuovo servizio').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('service-data-name');
    await services.button('Salva il servizio').click();
    await expectText(services.fieldError('name'), 'Campo obbligatorio.');
    await expectText(services.fieldError('category'), 'Scegli un valore dall’elenco.');
    await services.fill({
      name: 'Sportello Stranieri',
      provider: 'Comune di Bergamo',
      comune: 'Bergamo',
      address: 'Via Roma 1',
      contacts: '035 123456',
      openingHours: 'Lun-Ven 9-12',
      eligibility: 'Persone straniere residenti',
    });
    await services.field('category').selectOption({ label: 'Assistenza legale' });
    await services.button('Salva il servizio').click();
    await expectCount(services.dialog(), 0);
    await expectText(services.status(), 'Servizio «Sportello Stranieri» aggiunto.');
    await expectCount(services.rows(), 2);
    const added = services.row('Sportello Stranieri');
    await expectTextContaining(added, 'Comune di Bergamo');
    await expectTextContaining(added, 'Assistenza legale');
    await expectTextContaining(added, 'Via Roma 1');
    await expectTextContaining(added, 'Per chi: Persone straniere residenti');

    // Search as you type (name, provider or town) and the category filter.
    await services.search().fill('strani');
    await expectCount(services.rows(), 1);
    await expectCount(services.row('Sportello Stranieri'), 1);
    await services.search().fill('trevig');
    await expectCount(services.rows(), 1);
    await expectCount(services.row('Centro per l’impiego'), 1);
    await services.search().fill('nessuno così');
    await expectText(page.locator('.empty'), 'Nessun servizio corrisponde alla ricerca.');
    await services.search().fill('');
    await services.categoryFilter().selectOption({ label: 'Lavoro' });
    await expectCount(services.rows(), 1);
    await expectCount(services.row('Centro per l’impiego'), 1);
    await services.categoryFilter().selectOption({ label: 'Tutte le categorie' });
    await expectCount(services.rows(), 2);

    // A change: the dialog opens with what was saved.
    await page.getByRole('button', { name: 'Modifica Sportello Stranieri' }).click();
    await expectText(services.dialog().locator('h2'), 'Modifica «Sportello Stranieri»');
    expect(await services.field('comune').inputValue()).toBe('Bergamo');
    expect(await services.field('category').inputValue()).toBe('legal');
    await services.field('name').fill('Sportello Immigrazione');
    await services.field('openingHours').fill('Lun-Gio 9-13');
    await services.button('Salva il servizio').click();
    await expectText(services.status(), 'Servizio «Sportello Immigrazione» salvato.');
    await expectCount(services.row('Sportello Stranieri'), 0);
    await expectTextContaining(services.row('Sportello Immigrazione'), 'Lun-Gio 9-13');
    const saved = await must(app.call('services.list', { query: 'immigrazione' }));
    expect(saved.map((s) => [s.name, s.openingHours, s.address])).toEqual([
      ['Sportello Immigrazione', 'Lun-Gio 9-13', 'Via Roma 1'],
    ]);

    // Deleted: gone from the list unless asked for, and it can come back.
    await page.getByRole('button', { name: 'Elimina Sportello Immigrazione' }).click();
    await expectCount(services.rows(), 1);
    await expectCount(services.row('Sportello Immigrazione'), 0);
    await expectTextContaining(services.status(), 'non compare più nell’elenco');
    await services.showDeleted().check();
    await expectCount(services.rows(), 2);
    await expectTextContaining(services.row('Sportello Immigrazione'), 'Eliminato');
    await page.getByRole('button', { name: 'Ripristina Sportello Immigrazione' }).click();
    await expectText(services.status(), '«Sportello Immigrazione» è di nuovo nell’elenco.');
    await services.showDeleted().uncheck();
    await expectCount(services.rows(), 2);
    await page.getByRole('button', { name: 'Elimina Sportello Immigrazione' }).click();
    await expectCount(services.rows(), 1);
    await page.reload();
    await expectCount(services.row('Centro per l’impiego'), 1);
    await expectCount(services.row('Sportello Immigrazione'), 0);
    const all = await must(app.call('services.list', { query: '', includeDeleted: true }));
    expect(all.find((s) => s.name === 'Sportello Immigrazione')?.deleted).toBe(true);
  });

  it('is not offered to a trainer', async () => {
    const settings = new SettingsPage(page);
    await openAs(trainer, '#/settings');
    await expectText(settings.tabs(), 'Profilo');
    await page.goto(`${app.baseUrl}#/settings/services`);
    await expectText(new ShellPage(page).heading(), 'Accesso non consentito');
  });
});

describe('volunteering and the pathways of a person', () => {
  it('reaches the pathway from the person’s page, opens a second one for them, and records volunteering', async () => {
    const shell = new ShellPage(page);
    const pathway = new PathwayPage(page);
    await openAs(counselor, `#/participants/${participantId}`);
    await expectText(shell.heading(), 'Diallo Aïcha');
    const pathways = page.locator('section.person-pathways');
    await expectCount(pathways.locator('tbody tr'), 1);
    await expectTextContaining(pathways.locator('tbody tr'), 'Accoglienza');
    await expectTextContaining(pathways.locator('tbody tr'), '15/01/2026');

    // A new pathway from here: the person is already chosen.
    await pathways.getByRole('link', { name: 'Nuovo percorso' }).click();
    await expectText(shell.heading(), 'Nuovo percorso individuale');
    await expectTextContaining(page.locator('.chosen-person'), 'Diallo Aïcha');
    await page.locator('#pathway-track').selectOption({ label: 'Orientamento al lavoro' });
    await page.locator('#pathway-openedOn').fill('2026-02-02');
    await pathway.button('Apri il percorso').click();
    await expectText(shell.heading(), 'Percorso di Diallo Aïcha');
    await pathway.section('Volontariato').waitFor();
    await page.getByRole('link', { name: 'Scheda della persona' }).click();
    await expectCount(pathways.locator('tbody tr'), 2);
    await pathways.getByRole('link', { name: 'Fare associazione' }).click();
    await expectText(shell.heading(), 'Percorso di Diallo Aïcha');
    await expectTextContaining(pathway.details(), 'Fare associazione');

    // The deleted service is no longer offered for referrals; the other one is.
    const choices = await page.locator('#referral-serviceId option').allInnerTexts();
    expect(choices).toContain('Centro per l’impiego (Treviglio)');
    expect(choices.some((c) => c.includes('Sportello Immigrazione'))).toBe(false);

    // Volunteering: errors next to the fields, then one placement without insurance…
    const volunteering = pathway.section('Volontariato');
    await expectText(
      volunteering.locator('p.muted').nth(1),
      'Nessuna attività di volontariato registrata.',
    );
    await pathway.button('Registra un’attività di volontariato').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('volunteering-hostAssociation');
    await page.locator('#volunteering-startDate').fill('2026-02-01');
    await pathway.button('Salva l’attività').click();
    await expectText(page.locator('#volunteering-hostAssociation-error'), 'Campo obbligatorio.');
    await expectText(page.locator('#volunteering-hours-error'), 'Valore non valido.');
    await page.locator('#volunteering-hostAssociation').fill('Associazione Il Faro');
    await page.locator('#volunteering-role').fill('Accoglienza');
    await page.locator('#volunteering-hours').fill('24');
    await page.locator('#volunteering-endDate').fill('2026-01-01');
    await pathway.button('Salva l’attività').click();
    await expectText(
      page.locator('#volunteering-endDate-error'),
      'La fine deve venire dopo l’inizio.',
    );
    await page.locator('#volunteering-endDate').fill('');
    await pathway.button('Salva l’attività').click();
    const rows = volunteering.locator('tbody tr');
    await expectCount(rows, 1);
    await expectTextContaining(rows.first(), 'Associazione Il Faro');
    await expectTextContaining(rows.first(), 'dal 01/02/2026');
    await expectTextContaining(rows.first(), 'Senza assicurazione');

    // …and one covered by a policy that runs for years yet.
    await pathway.button('Registra un’attività di volontariato').click();
    await expectCount(page.locator('#volunteering-insuranceExpiry'), 0);
    await page.locator('#volunteering-hostAssociation').fill('Banco alimentare');
    await page.locator('#volunteering-startDate').fill('2026-02-10');
    await page.locator('#volunteering-endDate').fill('2099-06-30');
    await page.locator('#volunteering-hours').fill('10');
    await page.getByRole('checkbox', { name: /Coperta dall’assicurazione/ }).check();
    await page.locator('#volunteering-insuranceExpiry').fill('2099-12-31');
    await pathway.button('Salva l’attività').click();
    await expectCount(rows, 2);
    await expectTextContaining(rows.nth(1), 'Coperta fino al 31/12/2099');
    await expectText(
      volunteering.locator('.volunteering-total'),
      'In tutto: 34 ore di volontariato.',
    );
    const saved = await must(app.call('volunteering.list', { participantId }));
    expect(saved.map((v) => [v.hostAssociation, v.insuranceCovered, v.insuranceExpiry])).toEqual([
      ['Associazione Il Faro', false, null],
      ['Banco alimentare', true, '2099-12-31'],
    ]);

    // Counselors do not get the coordinator's insurance view.
    await shell.navLink('Percorsi individuali').click();
    await expectText(shell.heading(), 'Percorsi individuali');
    await expectCount(page.getByRole('link', { name: 'Assicurazione dei volontari' }), 0);
  });

  it('shows the coordinator the host association whose volunteers are not insured', async () => {
    const shell = new ShellPage(page);
    await openAs(coordinator, '#/pathways');
    await expectText(shell.heading(), 'Percorsi individuali');
    await page.getByRole('link', { name: 'Assicurazione dei volontari' }).click();
    await expectText(shell.heading(), 'Assicurazione dei volontari');
    const rows = page.locator('table.insurance-table tbody tr');
    await expectCount(rows, 1);
    await expectTextContaining(rows.first(), 'Associazione Il Faro');
    await expectTextContaining(rows.first(), 'Volontari senza assicurazione');
    await expectCount(rows.filter({ hasText: 'Banco alimentare' }), 0);
    await openAs(counselor, '#/pathways/insurance');
    await expectText(shell.heading(), 'Accesso non consentito');
  });
});
