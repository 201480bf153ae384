import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectCount, expectText } from './expectations';
import { startE2eApp, type E2eApp } from './harness';
import { AuthPage } from './pages/AuthPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp({ setup: false });
});
afterAll(async () => {
  await app.close();
});

const PASSWORD = 'una frase lunga e segreta';

describe('first launch and sign-in', () => {
  it('sets up the archive, shows the recovery key once, then signs in with the password or the key', async () => {
    const { page } = await app.open();
    const auth = new AuthPage(page);
    const shell = new ShellPage(page);

    await expectText(auth.heading(), 'Benvenuto in Percorsi');
    await auth.field('setup-organisation-name').fill('Cooperativa Il Ponte');
    await auth.field('setup-admin-username').fill('m.rossi');
    await auth.field('setup-admin-displayName').fill('Maria Rossi');
    await auth.field('setup-admin-password').fill('corta');
    await auth.field('setup-admin-passwordConfirm').fill('diversa');
    await auth.button('Crea l’archivio').click();
    await expectText(
      auth.fieldError('setup-admin-password'),
      'La password deve avere almeno 10 caratteri.',
    );
    await expectText(
      auth.fieldError('setup-admin-passwordConfirm'),
      'Le due password non coincidono.',
    );
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('setup-admin-password');
    await auth.field('setup-admin-password').fill(PASSWORD);
    await auth.field('setup-admin-passwordConfirm').fill(PASSWORD);
    await auth.button('Crea l’archivio').click();

    await expectText(auth.heading(), 'La tua chiave di recupero');
    const recoveryKey = await auth.recoveryKey().innerText();
    expect(recoveryKey.length).toBeGreaterThan(20);
    expect(await page.locator('.print-facts').innerText()).toContain('Cooperativa Il Ponte');
    // The checkbox is required before going on.
    await auth.button('Continua').click();
    await expectText(
      auth.fieldError('recovery-kept-group'),
      'Conferma di aver conservato la chiave prima di continuare.',
    );
    await expectText(auth.heading(), 'La tua chiave di recupero');
    await page.getByLabel('Ho conservato la chiave in un luogo sicuro').check();
    await auth.button('Continua').click();
    await expectText(shell.heading(), 'Partecipanti');
    expect(await page.locator('.user-menu').innerText()).toContain('Maria Rossi');
    expect(await page.locator('.user-menu').innerText()).toContain('Amministratore');

    // Signed out elsewhere (the main process): a reload shows the login screen.
    await app.signOut();
    await page.reload();
    await expectText(auth.heading(), 'Accedi');
    await auth.login('m.rossi', 'password sbagliata');
    await expectText(auth.formError(), 'Nome utente o password non corretti.');
    expect(await auth.field('login-username').inputValue()).toBe('m.rossi');
    expect(await auth.field('login-password').inputValue()).toBe('');
    await auth.login('m.rossi', PASSWORD);
    await expectText(shell.heading(), 'Partecipanti');

    // "Esci", then the recovery key sets a new password.
    await page.getByRole('button', { name: 'Esci' }).click();
    await expectText(auth.heading(), 'Accedi');
    await page.getByRole('button', { name: 'Ho dimenticato la password' }).click();
    await expectText(auth.heading(), 'Recupero dell’accesso');
    await auth.field('recover-recoveryKey').fill(recoveryKey);
    await auth.field('recover-username').fill('m.rossi');
    await auth.field('recover-newPassword').fill('nuova password molto lunga');
    await auth.field('recover-passwordConfirm').fill('nuova password molto lunga');
    await auth.button('Imposta la password e accedi').click();
    await expectText(shell.heading(), 'Partecipanti');
    await expectCount(page.locator('.user-menu'), 1);
  });

  it('says how long to wait after too many wrong passwords', async () => {
    await app.signOut();
    const { page } = await app.open();
    const auth = new AuthPage(page);
    await expectText(auth.heading(), 'Accedi');
    for (let attempt = 0; attempt < 5; attempt++) {
      await auth.login('m.rossi', `sbagliata ${attempt}`);
      await expectText(auth.formError(), 'Nome utente o password non corretti.');
      // Wait for the field to be emptied, so the next attempt starts clean.
      await expect.poll(() => auth.field('login-password').inputValue()).toBe('');
    }
    await auth.login('m.rossi', 'nuova password molto lunga');
    await expect
      .poll(() => auth.formError().innerText())
      .toMatch(/^Troppi tentativi non riusciti: riprova tra \d+ secondi\.$/);
  });
});
