import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type E2eApp } from './harness';
import { ImportPage } from './pages/ImportPage';
import { ParticipantListPage } from './pages/ParticipantListPage';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app.close();
});

const HEADERS = ['Cognome', 'Nome', 'Genere', 'Nato il', 'Paese d’origine', 'Nazionalità', 'Note'];

/** A register as an office keeps it: one header we do not know, real date cells. */
async function register(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Iscritti');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function giveConsentForAll(screen: ImportPage): Promise<void> {
  await screen.sameForAll('consentDate');
  await screen.defaultValue('consentDate').fill('2026-02-01');
  await screen.sameForAll('consentLegalBasis');
  await screen.defaultValue('consentLegalBasis').selectOption('consent');
  await screen.sameForAll('consentScopes');
  await screen.page.getByRole('checkbox', { name: 'Erogazione del servizio' }).check();
}

describe('spreadsheet import', () => {
  it('imports an XLSX through the mapping screen, and the people are in the list', async () => {
    const existing = await app.seed(
      validParticipant({
        firstName: 'Fatima',
        lastName: 'Zahra',
        codiceFiscale: '',
        birthDate: '1992-06-15',
        birthCountry: 'MA',
        citizenships: ['MA'],
      }),
    );
    const file = await register([
      ['Okonkwo', 'Ngozi', 'F', day(1995, 3, 12), 'Nigeria', 'nigeriana', 'parla inglese'],
      ['Hossain', 'Rafiq', 'M', day(1988, 11, 2), 'Bangladesh', 'Bangladesh', ''],
      ['Zahra', 'Fatima', 'F', day(1992, 6, 15), 'Marocco', 'marocchina', ''],
    ]);
    const { page } = await app.open();
    const screen = new ImportPage(page);
    await page.getByRole('link', { name: 'Importa da foglio di calcolo' }).click();
    await expectText(page.locator('h1'), 'Importa partecipanti da foglio di calcolo');
    await screen.chooseFile('iscritti.xlsx', file);

    await expectCount(screen.previewRows(), 3);
    expect(await screen.previewRows().first().innerText()).toContain('12/03/1995');
    // Known headers are matched; "Paese d’origine" is left for the person to choose.
    expect(await screen.column('lastName').inputValue()).toBe('Cognome');
    expect(await screen.column('sex').inputValue()).toBe('Genere');
    expect(await screen.column('birthDate').inputValue()).toBe('Nato il');
    expect(await screen.column('birthCountry').inputValue()).toBe('');
    expect(await seriousViolations(page)).toEqual([]);

    await screen.check();
    await expectText(
      screen.fieldError('birthCountry'),
      'Scegli la colonna che contiene questo dato.',
    );
    await expectText(
      screen.fieldError('consentDate'),
      'Scegli la colonna che contiene questo dato.',
    );
    // Focus goes to the first field to correct, so the keyboard continues from there.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      'import-column-birthCountry',
    );
    await screen.column('birthCountry').selectOption('Paese d’origine');
    await giveConsentForAll(screen);
    await screen.saveMappingAs('Registro accoglienza');
    await expectText(screen.notice(), 'Associazione «Registro accoglienza» salvata.');

    await screen.check();
    await expectTextContaining(screen.report(), 'Alcune persone sono già registrate');
    await expectCount(screen.duplicates(), 1);
    expect(await screen.duplicates().first().innerText()).toContain('Zahra Fatima');
    expect(await screen.duplicates().getByRole('link').getAttribute('href')).toBe(
      `#/participants/${existing.id}`,
    );
    await expectCount(screen.commitButton(), 0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-report-title');

    await page.getByLabel('Non registrarle di nuovo').check();
    await expectCount(screen.report(), 0);
    await screen.check();
    await expectTextContaining(screen.report(), 'Il file è corretto: puoi importarlo.');
    await expectText(screen.commitButton(), 'Importa 2 persone');
    await screen.commitButton().click();

    await expectText(page.locator('#import-done-title'), 'Importazione completata');
    await expectTextContaining(page.locator('.import-page'), 'Registrate 2 persone.');
    await page.locator('#import-to-list').click();
    const list = new ParticipantListPage(page);
    await list.search('ngozi');
    await expectCount(list.row('Okonkwo Ngozi'), 1);
    await list.search('hossain');
    await expectCount(list.row('Hossain Rafiq'), 1);
    await list.search('zahra');
    await expectCount(list.rows(), 1);
  });

  it('lists each wrong row with its line, imports nothing, and reuses a saved mapping', async () => {
    const before = await app.call('participants.search', { query: '', limit: 200 });
    const file = await register([
      ['Tesfay', 'Selam', 'F', day(1990, 5, 5), 'Eritrea', 'Eritrea', ''],
      ['Mensah', 'Kofi', 'boh', 'ieri', 'Ghana', 'Ghana', ''],
      ['Abebe', 'Lulit', 'F', day(1993, 1, 9), 'Atlantide', 'Etiopia', ''],
    ]);
    const { page } = await app.open();
    const screen = new ImportPage(page);
    await page.goto(`${app.baseUrl}#/participants/import`);
    await screen.chooseFile('errori.xlsx', file);
    await expectCount(screen.previewRows(), 3);
    await screen.applySaved('Registro accoglienza');
    await expectText(screen.notice(), 'Associazione «Registro accoglienza» applicata.');
    expect(await screen.column('birthCountry').inputValue()).toBe('Paese d’origine');
    expect(await screen.defaultValue('consentDate').inputValue()).toBe('2026-02-01');

    await screen.check();
    await expectTextContaining(screen.report(), 'Correggi nel file le righe indicate');
    await expectCount(screen.problems(), 2);
    expect(await screen.problems().nth(0).innerText()).toContain('3');
    expect(await screen.problems().nth(0).innerText()).toContain(
      '«Genere»: Sesso non riconosciuto',
    );
    expect(await screen.problems().nth(0).innerText()).toContain(
      '«Nato il»: Data non valida (usa il formato gg/mm/aaaa).',
    );
    expect(await screen.problems().nth(1).innerText()).toContain(
      '«Paese d’origine»: Paese non riconosciuto',
    );
    await expectCount(screen.commitButton(), 0);
    expect(await seriousViolations(page)).toEqual([]);
    // PERCORSI_SCREENSHOTS=/tmp/some-folder keeps a picture of the report for a person to look at.
    const shots = process.env.PERCORSI_SCREENSHOTS;
    if (shots) await page.screenshot({ path: `${shots}/import-report.png`, fullPage: true });
    const after = await app.call('participants.search', { query: '', limit: 200 });
    expect(after.ok && before.ok && after.data.items.length).toBe(
      before.ok ? before.data.items.length : -1,
    );
  });

  it('refuses a file over 10 MB before sending it', { timeout: 90_000 }, async () => {
    const { page } = await app.open();
    const screen = new ImportPage(page);
    await page.goto(`${app.baseUrl}#/participants/import`);
    let sent = false;
    await page.route('**/api/imports.preview', async (route) => {
      sent = true;
      await route.continue();
    });
    await screen.chooseFile('enorme.csv', Buffer.alloc(11 * 1024 * 1024, 0x41), 60_000);
    await expectText(screen.fileError(), 'Il file è troppo grande (massimo 10 MB).');
    expect(sent).toBe(false);
  });
});
