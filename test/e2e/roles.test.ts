import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText } from './expectations';
import { ADMIN, startE2eApp, type E2eApp } from './harness';
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

describe('roles', () => {
  it('shows a trainer only what a trainer can use, and the router refuses a forged call', async () => {
    const person = await app.seed(validParticipant());
    const trainer = await app.createUser('trainer', 'luca.f', 'Luca Ferri');
    await app.signInAs(trainer);
    const { page } = await app.open();
    const shell = new ShellPage(page);
    const list = new ParticipantListPage(page);
    const settings = new SettingsPage(page);

    await expectText(shell.heading(), 'Partecipanti');
    expect(await page.locator('.user-menu').innerText()).toContain('Luca Ferri');
    expect(await page.locator('.user-menu').innerText()).toContain('Formatore');
    // Trainers see the people of their own courses only, and never a create button.
    await expectText(
      list.empty(),
      'Non ci sono partecipanti da mostrare. Qui compaiono le persone iscritte ai corsi che tieni.',
    );
    await expectCount(page.locator('a[href="#/participants/new"]'), 0);

    await shell.navLink('Impostazioni').click();
    await expectText(settings.tabs(), 'Profilo');
    await expectCount(settings.tabs().getByRole('link', { name: 'Utenti' }), 0);
    await expectCount(settings.tabs().getByRole('link', { name: 'Backup' }), 0);
    await page.goto(`${app.baseUrl}#/settings/users`);
    await expectText(shell.heading(), 'Accesso non consentito');
    await page.goto(`${app.baseUrl}#/participants/new`);
    await expectText(shell.heading(), 'Accesso non consentito');

    const forged = await page.evaluate(async () => {
      const result = await window.api['participants.create']({
        data: {} as never,
        acknowledgeDuplicates: true,
      });
      return result.ok ? 'ok' : result.error.code;
    });
    expect(forged).toBe('forbidden');
    const archived = await page.evaluate(async (id) => {
      const result = await window.api['participants.setArchived']({ id, archived: true });
      return result.ok ? 'ok' : result.error.code;
    }, person.id);
    expect(archived).toBe('forbidden');
    await app.signInAs(ADMIN);
  });

  it('gives a coordinator the services directory and the activity log but not users or backups', async () => {
    const coordinator = await app.createUser('coordinator', 'sara.c', 'Sara Conti');
    await app.signInAs(coordinator);
    const { page } = await app.open();
    const settings = new SettingsPage(page);
    await page.goto(`${app.baseUrl}#/settings`);
    expect((await settings.tabs().innerText()).split('\n')).toEqual([
      'Profilo',
      'Servizi del territorio',
      'Registro attività',
    ]);
    await settings.openSection('Registro attività');
    // The trainer's refused call is in the log, with who and what.
    await expectText(
      settings.row('Non consentita').filter({ hasText: 'Archiviazione' }).locator('td').nth(1),
      'luca.f',
    );
    await app.signInAs(ADMIN);
  });
});
