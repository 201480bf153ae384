import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText } from './expectations';
import { startE2eApp, type E2eApp } from './harness';
import { ParticipantListPage } from './pages/ParticipantListPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app.close();
});

describe('settings', () => {
  it('lets the administrator add a user, refuses a taken username, and logs the action', async () => {
    const { page } = await app.open();
    const shell = new ShellPage(page);
    const settings = new SettingsPage(page);
    await shell.navLink('Impostazioni').click();
    await settings.openSection('Utenti');
    await expectCount(settings.rows(), 1);

    await settings.button('Nuovo utente').click();
    await expectText(settings.dialog().locator('h2'), 'Nuovo utente');
    await settings.field('user-username').fill('g.verdi');
    await settings.field('user-displayName').fill('Giulia Verdi');
    await settings.field('user-role').selectOption('counselor');
    await settings.field('user-password').fill('password di giulia');
    await settings.field('user-passwordConfirm').fill('password di giulia');
    await settings.button('Crea l’utente').click();
    await expectText(shell.notice(), 'Utente creato.');
    await expectCount(settings.rows(), 2);
    expect(await settings.row('Giulia Verdi').innerText()).toContain('Operatore');

    // The same username again: the message is next to the field, the rest is kept.
    await settings.button('Nuovo utente').click();
    await settings.field('user-username').fill('G.Verdi');
    await settings.field('user-displayName').fill('Giulia Verdi bis');
    await settings.field('user-password').fill('un’altra password');
    await settings.field('user-passwordConfirm').fill('un’altra password');
    await settings.button('Crea l’utente').click();
    await expectText(settings.fieldError('user-username'), 'Questo nome utente è già in uso.');
    expect(await settings.field('user-displayName').inputValue()).toBe('Giulia Verdi bis');
    await settings.button('Annulla').click();

    // The only administrator cannot stop being one.
    await settings.page.getByRole('button', { name: 'Modifica Anna Bianchi' }).click();
    await settings.field('user-edit-role').selectOption('coordinator');
    await settings.button('Salva').click();
    await expectText(
      settings.dialog().locator('.form-error'),
      'Deve restare almeno un amministratore attivo.',
    );
    await settings.button('Annulla').click();

    await settings.openSection('Registro attività');
    const created = settings.row('Nuovo utente');
    await expectCount(created, 1);
    const cells = created.locator('td');
    await expectText(cells.nth(1), 'Anna Bianchi (anna.admin)');
    await expectText(cells.nth(3), 'Utente #2');
    await expectText(cells.nth(4), 'Riuscita');

    // Filtering by action keeps only those events.
    await settings.field('audit-action').selectOption('auth.setup');
    await settings.button('Filtra').click();
    await expectCount(settings.rows(), 1);
    await expectText(settings.rows().locator('td').nth(2), 'Prima configurazione');
  });

  it('takes a backup now and restores it after a confirmation', async () => {
    await app.seed(validParticipant());
    const { page } = await app.open();
    const settings = new SettingsPage(page);
    const shell = new ShellPage(page);
    await page.goto(`${app.baseUrl}#/settings/backups`);
    await expectText(shell.heading(), 'Impostazioni');
    await settings.button('Esegui backup ora').click();
    await expectText(shell.notice(), 'Backup eseguito.');
    await expectCount(settings.row('Manuale'), 1);

    // A person registered after the backup is gone once it is restored.
    await app.seed(
      validParticipant({ firstName: 'Ngozi', lastName: 'Okafor', codiceFiscale: undefined }),
    );
    await settings.row('Manuale').getByRole('button').click();
    const dialog = settings.dialog();
    expect(await dialog.innerText()).toContain('Prima del ripristino Percorsi fa una copia');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Annulla');
    await dialog.getByRole('button', { name: 'Ripristina' }).click();
    await expectText(shell.notice(), 'Backup ripristinato.');
    await expectCount(settings.row('Prima di un ripristino'), 1);

    await shell.navLink('Partecipanti').click();
    const list = new ParticipantListPage(page);
    await expectCount(list.rows(), 1);
    await expectCount(list.row('Okafor'), 0);
  });
});
