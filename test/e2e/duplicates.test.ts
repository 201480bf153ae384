import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText } from './expectations';
import { startE2eApp, type E2eApp } from './harness';
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

describe('duplicate warning', () => {
  it('warns before registering the same person twice, keeps the form on cancel, saves on request', async () => {
    const existing = await app.seed(validParticipant());
    const { page } = await app.open();
    const list = new ParticipantListPage(page);
    const form = new ParticipantFormPage(page);
    const shell = new ShellPage(page);

    await list.newParticipant();
    await form.fill(validParticipant({ phone: '+221 77 123 4567' }));
    await form.save();

    const dialog = form.duplicateDialog();
    await expectText(dialog.locator('h2'), 'Possibile doppione');
    expect(await dialog.getAttribute('aria-labelledby')).toBe('dialog-title');
    const match = dialog.locator('li');
    await expectCount(match, 1);
    expect(await match.innerText()).toContain('Diallo Aïcha, nato/a il 03/04/1990');
    expect(await match.innerText()).toContain('stesso codice fiscale');
    expect(await match.getByRole('link').getAttribute('href')).toBe(
      `#/participants/${existing.id}`,
    );

    // Escape and "Annulla" close the warning and leave the form as it was.
    await page.keyboard.press('Escape');
    await expectCount(form.duplicateDialog(), 0);
    expect(await form.field('phone').inputValue()).toBe('+221 77 123 4567');
    await form.save();
    await expectCount(form.duplicateDialog(), 1);
    await form.duplicateDialog().getByRole('button', { name: 'Annulla' }).click();
    await expectCount(form.duplicateDialog(), 0);
    expect(await form.field('firstName').inputValue()).toBe('Aïcha');

    await form.save();
    await form.duplicateDialog().getByRole('button', { name: 'Salva comunque' }).click();
    await expectText(shell.notice(), 'Partecipante registrato.');
    await expectText(shell.heading(), 'Diallo Aïcha');

    await shell.navLink('Partecipanti').click();
    await list.search('diallo');
    await expectCount(list.rows(), 2);
  });
});

describe('server rejections', () => {
  it('shows the server’s field messages next to the fields and loses nothing typed', async () => {
    const { page } = await app.open();
    const list = new ParticipantListPage(page);
    const form = new ParticipantFormPage(page);
    const shell = new ShellPage(page);
    await page.route(
      '**/api/participants.create',
      (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify({
            ok: false,
            error: {
              code: 'validation',
              message: 'Alcuni dati non sono validi: correggi i campi segnalati.',
              fields: { 'data.email': 'Indirizzo e-mail non valido.' },
            },
          }),
        }),
      { times: 1 },
    );

    await list.newParticipant();
    const person = validParticipant({
      firstName: 'Fatou',
      lastName: 'Sow',
      codiceFiscale: '',
      email: 'fatou@example.org',
    });
    await form.fill(person);
    await form.save();

    await expectText(form.error('email'), 'Indirizzo e-mail non valido.');
    await expectText(
      page.locator('.form-status'),
      'Alcuni dati non sono validi: correggi i campi segnalati.',
    );
    expect(await form.focusedId()).toBe('participant-email');
    expect(await form.field('email').inputValue()).toBe('fatou@example.org');
    expect(await form.field('lastName').inputValue()).toBe('Sow');
    expect(await form.field('consentScopes-funder_reporting').isChecked()).toBe(true);

    await form.save();
    await expectText(shell.heading(), 'Sow Fatou');
  });

  it('turns a duplicate found only at save time (conflict) into the same warning', async () => {
    await app.seed(validParticipant({ firstName: 'Awa', lastName: 'Ndiaye', codiceFiscale: '' }));
    const { page } = await app.open();
    const list = new ParticipantListPage(page);
    const form = new ParticipantFormPage(page);
    const shell = new ShellPage(page);
    // Someone else registers the same person between the check and the save.
    await page.route(
      '**/api/participants.checkDuplicates',
      (route) => route.fulfill({ contentType: 'application/json', body: '{"ok":true,"data":[]}' }),
      { times: 1 },
    );

    await list.newParticipant();
    await form.fill(validParticipant({ firstName: 'Awa', lastName: 'Ndiaye', codiceFiscale: '' }));
    await form.save();
    await expectText(form.duplicateDialog().locator('h2'), 'Possibile doppione');
    expect(await form.duplicateDialog().locator('li').innerText()).toContain(
      'stessi nome, cognome e data di nascita',
    );
    await form.duplicateDialog().getByRole('button', { name: 'Salva comunque' }).click();
    await expectText(shell.heading(), 'Ndiaye Awa');
  });
});
