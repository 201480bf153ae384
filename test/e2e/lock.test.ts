import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText } from './expectations';
import { ADMIN, startE2eApp, type E2eApp } from './harness';
import { AuthPage } from './pages/AuthPage';
import { ParticipantFormPage } from './pages/ParticipantFormPage';
import { ParticipantListPage } from './pages/ParticipantListPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app.close();
});

describe('lock screen', () => {
  it('covers the app without losing what was typed, refuses a wrong password, unlocks with the right one', async () => {
    const { page } = await app.open();
    const auth = new AuthPage(page);
    const shell = new ShellPage(page);
    const form = new ParticipantFormPage(page);

    await new ParticipantListPage(page).newParticipant();
    await expectText(shell.heading(), 'Nuovo partecipante');
    await form.fill({ firstName: 'Aïcha', lastName: 'Diallo', phone: '+221 77 123 4567' });

    await page.getByRole('button', { name: 'Blocca' }).click();
    await expectCount(auth.lockScreen(), 1);
    await expectText(auth.lockScreen().locator('h2'), 'Sessione bloccata');
    expect(await auth.lockScreen().innerText()).toContain('Anna Bianchi (Amministratore)');
    // The app underneath cannot be read or used, and Escape does not dismiss the lock.
    expect(await page.locator('.app-root').getAttribute('inert')).not.toBeNull();
    expect(await form.field('firstName').isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expectCount(auth.lockScreen(), 1);
    // The main process refuses calls while locked.
    expect(app.vault.isLocked).toBe(true);

    await auth.unlock('password sbagliata');
    await expectText(
      auth.lockScreen().locator('.form-error'),
      'Nome utente o password non corretti.',
    );
    await auth.unlock(ADMIN.password);
    await expectCount(auth.lockScreen(), 0);

    expect(await form.field('firstName').inputValue()).toBe('Aïcha');
    expect(await form.field('lastName').inputValue()).toBe('Diallo');
    expect(await form.field('phone').inputValue()).toBe('+221 77 123 4567');
    await expectText(shell.heading(), 'Nuovo partecipante');
  });

  it('appears when a call finds the session locked (inactivity, another window) and the form survives', async () => {
    const { page } = await app.open();
    const auth = new AuthPage(page);
    const form = new ParticipantFormPage(page);
    await page.goto(`${app.baseUrl}#/participants/new`);
    await form.fill(validParticipant({ firstName: 'Ngozi', lastName: 'Okafor' }));

    const lockResult = await app.call('auth.lock', {});
    expect(lockResult.ok).toBe(true);
    // Saving first checks for duplicates: the main process answers "locked".
    await form.save();
    await expectCount(auth.lockScreen(), 1);
    await auth.unlock(ADMIN.password);
    await expectCount(auth.lockScreen(), 0);
    expect(await form.field('firstName').inputValue()).toBe('Ngozi');
    expect(await form.field('lastName').inputValue()).toBe('Okafor');
  });

  it('goes back to the login screen when the session has ended', async () => {
    const { page } = await app.open();
    const auth = new AuthPage(page);
    await expectText(new ShellPage(page).heading(), 'Partecipanti');
    // Let the list's first search answer while still signed in: answered after the
    // sign-out, it would swap in the login screen while the search box is being typed in.
    const list = new ParticipantListPage(page);
    await expect
      .poll(async () => (await list.rows().count()) + (await list.empty().count()), {
        timeout: 5_000,
      })
      .toBeGreaterThan(0);
    await app.signOut();
    await list.search('qualcuno');
    await expectText(auth.heading(), 'Accedi');
    await auth.login(ADMIN.username, ADMIN.password);
    await expectText(new ShellPage(page).heading(), 'Partecipanti');
  });
});
