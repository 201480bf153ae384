/**
 * Screenshots of the main screens in both languages, for a person to look at:
 *   npm run build:renderer && npx tsx test/e2e/screenshots.ts [output folder]
 * Written outside the repository (default /tmp/percorsi-screenshots).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { validParticipant } from '../fixtures/participants';
import { startE2eApp } from './harness';
import { ParticipantFormPage } from './pages/ParticipantFormPage';
import { ShellPage } from './pages/ShellPage';

const outDir = path.resolve(process.argv[2] ?? '/tmp/percorsi-screenshots');
mkdirSync(outDir, { recursive: true });

const app = await startE2eApp();
try {
  const aicha = await app.seed(
    validParticipant({
      birthPlace: 'Dakar',
      residenceComune: 'Bergamo',
      email: 'aicha.diallo@example.org',
      phone: '+39 345 123 4567',
      educationIsced: 3,
      residencePermitType: 'subsidiary_protection',
      residencePermitExpiry: '2027-06-30',
      internationalProtection: true,
      arrivalYear: 2019,
      referredBy: 'Sportello migranti del Comune',
    }),
  );
  await app.seed(
    validParticipant({
      firstName: 'Ngozi',
      lastName: 'Okafor',
      birthCountry: 'NG',
      citizenships: ['NG'],
      codiceFiscale: undefined,
      birthDate: '1985-11-20',
    }),
  );
  await app.seed(
    validParticipant({
      firstName: 'Oleksandr',
      lastName: 'Kovalenko',
      sex: 'M',
      birthCountry: 'UA',
      citizenships: ['UA'],
      codiceFiscale: undefined,
      birthDate: '1979-02-14',
    }),
  );
  const { page } = await app.open();
  const shell = new ShellPage(page);
  for (const language of ['Italiano', 'English'] as const) {
    const tag = language === 'Italiano' ? 'it' : 'en';
    await shell.switchLanguage(language);
    await page.goto(`${app.baseUrl}#/participants`);
    await page.locator('table.data-table').waitFor();
    await page.screenshot({ path: path.join(outDir, `${tag}-list.png`), fullPage: true });

    await page.goto(`${app.baseUrl}#/participants/new`);
    const form = new ParticipantFormPage(page);
    await form.fill({ firstName: 'A'.repeat(300), birthDate: '2999-01-01' });
    await form.fill({ codiceFiscale: 'RSSMRA80A01L219X' });
    await form.save();
    await form.error('firstName').waitFor();
    await page.screenshot({ path: path.join(outDir, `${tag}-form-errors.png`), fullPage: true });

    await page.goto(`${app.baseUrl}#/participants/${aicha.id}`);
    await page.locator('.detail-grid').first().waitFor();
    await page.screenshot({ path: path.join(outDir, `${tag}-view.png`), fullPage: true });

    await page.goto(`${app.baseUrl}#/participants/new`);
    await form.fill(validParticipant());
    await form.save();
    await form.duplicateDialog().waitFor();
    await page.screenshot({ path: path.join(outDir, `${tag}-duplicate-dialog.png`) });
    await page.keyboard.press('Escape');

    await page.goto(`${app.baseUrl}#/courses`);
    await page.locator('.placeholder').waitFor();
    await page.screenshot({ path: path.join(outDir, `${tag}-placeholder.png`) });
  }
  const { page: bare } = await app.open({ withSecret: false });
  await bare.locator('h1').waitFor();
  await bare.screenshot({ path: path.join(outDir, 'it-missing-secret.png') });
  console.log(`Screenshots in ${outDir}`);
} finally {
  await app.close();
}
