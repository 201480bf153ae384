/**
 * Screenshots of the account screens in both languages, for a person to look at:
 *   npm run build:renderer && npx tsx test/e2e/screenshots-accounts.ts [output folder]
 * Written outside the repository (default /tmp/percorsi-screenshots).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ADMIN, startE2eApp } from './harness';
import { AuthPage } from './pages/AuthPage';
import { ShellPage } from './pages/ShellPage';

const outDir = path.resolve(process.argv[2] ?? '/tmp/percorsi-screenshots');
mkdirSync(outDir, { recursive: true });
const shot = (name: string) => path.join(outDir, name);

for (const tag of ['it', 'en'] as const) {
  const app = await startE2eApp({ setup: false });
  try {
    const { page } = await app.open();
    const auth = new AuthPage(page);
    const shell = new ShellPage(page);
    if (tag === 'en') await shell.switchLanguage('English');
    await auth.field('setup-organisation-name').waitFor();
    await auth.field('setup-admin-password').fill('short');
    await page.locator('form button[type=submit]').click();
    await auth.fieldError('setup-admin-password').waitFor();
    await page.screenshot({ path: shot(`${tag}-setup.png`), fullPage: true });
    await auth.field('setup-organisation-name').fill('Cooperativa Il Ponte');
    await auth.field('setup-admin-username').fill(ADMIN.username);
    await auth.field('setup-admin-displayName').fill(ADMIN.displayName);
    await auth.field('setup-admin-password').fill(ADMIN.password);
    await auth.field('setup-admin-passwordConfirm').fill(ADMIN.password);
    await page.locator('form button[type=submit]').click();
    await auth.recoveryKey().waitFor();
    await page.screenshot({ path: shot(`${tag}-recovery-key.png`), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: shot(`${tag}-recovery-key-print.png`), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.locator('#recovery-kept').check();
    await page.locator('form button[type=submit]').click();
    await page.locator('.user-menu').waitFor();

    await app.seed({
      firstName: 'Aïcha',
      lastName: 'Diallo',
      sex: 'F',
      birthDate: '1990-04-03',
      birthCountry: 'SN',
      citizenships: ['SN'],
      consentDate: '2024-01-10',
      consentLegalBasis: 'consent',
      consentScopes: ['service'],
    });
    await app.createUser('counselor', 'g.verdi', 'Giulia Verdi');
    await app.call('backups.create', {});
    for (const section of ['profile', 'organisation', 'users', 'audit', 'backups']) {
      await page.goto(`${app.baseUrl}#/settings/${section}`);
      await page.locator('.section-tabs').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: shot(`${tag}-settings-${section}.png`), fullPage: true });
    }
    await page.locator('table.data-table tbody tr button').first().click();
    await page.locator('dialog[open]').waitFor();
    await page.screenshot({ path: shot(`${tag}-restore-dialog.png`) });
    await page.keyboard.press('Escape');
    await page.goto(`${app.baseUrl}#/settings/users`);
    await page.locator('.section-header button').click();
    await page.locator('dialog[open]').waitFor();
    await page.screenshot({ path: shot(`${tag}-new-user.png`) });
    await page.keyboard.press('Escape');

    await page.goto(`${app.baseUrl}#/participants/new`);
    await page.locator('#participant-firstName').fill('Aïcha');
    await page.locator('.user-menu button').first().click();
    await auth.lockScreen().waitFor();
    await auth.lockScreen().locator('#unlock-password').fill('sbagliata');
    await auth.lockScreen().locator('button[type=submit]').click();
    await auth.lockScreen().locator('.form-error').waitFor();
    await page.screenshot({ path: shot(`${tag}-lock.png`) });
    await auth.unlock(ADMIN.password);
    await auth.lockScreen().waitFor({ state: 'detached' });

    await app.signOut();
    await page.reload();
    await auth.field('login-username').fill(ADMIN.username);
    await auth.field('login-password').fill('sbagliata');
    await page.locator('form button[type=submit]').click();
    await auth.formError().waitFor();
    await page.screenshot({ path: shot(`${tag}-login.png`) });
    await page.locator('.auth-aside button').click();
    await auth.field('recover-recoveryKey').waitFor();
    await page.screenshot({ path: shot(`${tag}-recover.png`) });
  } finally {
    await app.close();
  }
}
console.log(`Screenshots in ${outDir}`);
