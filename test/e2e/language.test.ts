import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type E2eApp } from './harness';
import { ParticipantFormPage } from './pages/ParticipantFormPage';
import { ParticipantListPage } from './pages/ParticipantListPage';
import { ParticipantViewPage } from './pages/ParticipantViewPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
beforeAll(async () => {
  app = await startE2eApp();
});
afterAll(async () => {
  await app.close();
});

describe('language', () => {
  it('switches the shell, the screens and the form messages to English, and remembers it', async () => {
    const person = await app.seed(validParticipant());
    const { page } = await app.open();
    const shell = new ShellPage(page);
    const list = new ParticipantListPage(page);
    const form = new ParticipantFormPage(page);
    const view = new ParticipantViewPage(page);

    await expectText(shell.navLink('Corsi'), 'Corsi');
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    await shell.switchLanguage('English');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await shell.nav().innerText()).toBe(
      [
        'Participants',
        'Courses',
        // Individual pathways are for counselors and coordinators, not the administrator.
        'Competences and certificates',
        'Reports',
        'Settings',
      ].join('\n'),
    );
    await expectText(shell.heading(), 'Participants');

    await shell.navLink('Courses').click();
    await expectText(shell.heading(), 'Courses');
    await expectText(page.locator('.empty'), 'There are no courses yet. Start with “New course”.');

    await shell.navLink('Reports').click();
    await expectText(shell.heading(), 'Indicators and reports');
    await expectTextContaining(page.locator('.empty'), 'There are no projects to show yet.');

    await shell.navLink('Participants').click();
    await list.search('aicha');
    await list.open('Diallo');
    await expectText(view.value('Birth country'), 'Senegal');
    await expectText(view.value('Birth date'), '03 Apr 1990');
    await expectText(view.value('Sex'), 'Female');

    await page.goto(`${app.baseUrl}#/participants/new`);
    await expectText(shell.heading(), 'New participant');
    await form.fill({ birthDate: '2999-01-01', email: 'not-an-address' });
    await form.save();
    await expectText(form.error('firstName'), 'Required.');
    await expectText(form.error('birthDate'), 'The date cannot be in the future.');
    await expectText(form.error('email'), 'Invalid e-mail address.');
    await expectText(form.error('consentScopes'), 'Select at least one purpose of the consent.');

    // The duplicate warning, with its reasons and dates, is in English too.
    await form.fill(validParticipant({ email: '' }));
    await form.save();
    await expectText(form.duplicateDialog().locator('h2'), 'Possible duplicate');
    expect(await form.duplicateDialog().locator('li').innerText()).toContain(
      'Diallo Aïcha, born 03 Apr 1990 (same tax code)',
    );
    await form.duplicateDialog().getByRole('button', { name: 'Cancel' }).click();

    await page.reload();
    await expectText(shell.heading(), 'New participant');
    await shell.switchLanguage('Italiano');
    await expectText(shell.heading(), 'Nuovo partecipante');
    expect(person.id).toBeGreaterThan(0);
  });
});

describe('access without the secret', () => {
  it('explains how to open the app and makes no API call', async () => {
    const { context, page } = await app.open({ withSecret: false });
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
    });
    await page.reload();
    await expectText(page.locator('h1'), 'Apri Percorsi dal collegamento di avvio');
    expect(await page.locator('main').innerText()).toContain('#secret=');
    await expectCount(page.getByRole('navigation'), 0);
    await page.getByRole('button', { name: 'English' }).click();
    await expectText(page.locator('h1'), 'Open Percorsi from its start-up link');
    expect(apiCalls).toEqual([]);

    // A call forged without the secret is refused by the server.
    const status = await page.evaluate(async () => {
      const response = await fetch('/api/participants.search', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      return response.status;
    });
    expect(status).toBe(401);
    await context.close();
  });

  it('takes the secret out of the address bar and keeps working after a reload', async () => {
    const { page } = await app.open();
    const shell = new ShellPage(page);
    await expectText(shell.heading(), 'Partecipanti');
    expect(page.url()).not.toContain('secret');
    await page.reload();
    await expectText(shell.heading(), 'Partecipanti');
    await expectCount(page.locator('.load-error'), 0);
  });
});
