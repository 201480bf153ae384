import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText } from './expectations';
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

describe('participant registry', () => {
  it('shows Italian messages next to wrong fields, keeps what was typed, then saves and finds the person', async () => {
    const { page } = await app.open();
    const list = new ParticipantListPage(page);
    const form = new ParticipantFormPage(page);
    const view = new ParticipantViewPage(page);
    const shell = new ShellPage(page);

    await expectText(shell.heading(), 'Partecipanti');
    await expectText(
      list.empty(),
      'Non ci sono ancora partecipanti. Inizia con «Nuovo partecipante».',
    );
    await list.newParticipant();
    await expectText(shell.heading(), 'Nuovo partecipante');

    const longName = 'A'.repeat(10_000);
    await form.fill({
      firstName: longName,
      birthDate: '2999-01-01',
      birthCountry: 'SN',
      codiceFiscale: 'RSSMRA80A01L219X',
    });
    await form.save();

    await expectText(form.error('firstName'), 'Massimo 100 caratteri.');
    await expectText(form.error('lastName'), 'Campo obbligatorio.');
    await expectText(form.error('sex'), 'Scegli un valore dall’elenco.');
    await expectText(form.error('birthDate'), 'La data non può essere nel futuro.');
    await expectText(
      form.error('codiceFiscale'),
      'Codice fiscale non valido: il carattere di controllo non corrisponde.',
    );
    await expectText(form.error('citizenships'), 'Indica almeno una cittadinanza (o «apolide»).');
    await expectText(form.error('consentDate'), 'Campo obbligatorio.');
    await expectText(form.error('consentLegalBasis'), 'Scegli un valore dall’elenco.');
    await expectText(form.error('consentScopes'), 'Seleziona almeno una finalità del consenso.');
    await expectCount(form.errors(), 9);

    // The first wrong field has focus, is marked invalid and points at its message.
    expect(await form.focusedId()).toBe('participant-firstName');
    expect(await form.field('firstName').getAttribute('aria-invalid')).toBe('true');
    expect(await form.field('firstName').getAttribute('aria-describedby')).toContain(
      'participant-firstName-error',
    );
    // Nothing typed is lost.
    expect((await form.field('firstName').inputValue()).length).toBe(10_000);
    expect(await form.field('codiceFiscale').inputValue()).toBe('RSSMRA80A01L219X');

    await form.fill(validParticipant());
    await expectCount(form.errors(), 0);
    await form.save();

    await expectText(shell.heading(), 'Diallo Aïcha');
    await expectText(shell.notice(), 'Partecipante registrato.');
    await expectText(view.value('Data di nascita'), '03/04/1990');
    await expectText(view.value('Paese di nascita'), 'Senegal');
    await expectText(view.value('Codice fiscale'), 'DLLCHA90D43Z343T');
    await expectText(
      view.value('Finalità del consenso'),
      'Erogazione del servizio, Rendicontazione ai finanziatori',
    );

    await shell.navLink('Partecipanti').click();
    await list.search('aich');
    await expectCount(list.rows(), 1);
    await expectText(list.row('Aïcha').locator('th'), 'Diallo Aïcha');
    expect(await list.row('Aïcha').innerText()).toContain('03/04/1990');
    expect(await list.row('Aïcha').innerText()).toContain('Senegal');
    expect(await list.row('Aïcha').innerText()).toContain('DLLCHA90D43Z343T');

    await list.search('nessuno corrisponde');
    await expectText(list.empty(), 'Nessuna persona corrisponde alla ricerca.');
  });

  it('edits a person, archives and restores them', async () => {
    const person = await app.seed(
      validParticipant({
        firstName: 'Ngozi',
        lastName: 'Okafor',
        codiceFiscale: undefined,
        birthCountry: 'NG',
        citizenships: ['NG'],
      }),
    );
    const { page } = await app.open();
    const list = new ParticipantListPage(page);
    const form = new ParticipantFormPage(page);
    const view = new ParticipantViewPage(page);
    const shell = new ShellPage(page);

    await list.search('okaf');
    await list.open('Okafor');
    await expectText(shell.heading(), 'Okafor Ngozi');
    await view.edit();
    await expectText(shell.heading(), 'Modifica: Ngozi Okafor');
    expect(await form.field('firstName').inputValue()).toBe('Ngozi');
    await form.fill({ residenceComune: 'Bergamo', phone: '+39 035 123456', italianLevel: 'B1' });
    await form.save();

    await expectText(shell.notice(), 'Modifiche salvate.');
    await expectText(view.value('Comune di residenza'), 'Bergamo');
    await expectText(view.value('Telefono'), '+39 035 123456');
    await expectText(view.value('Livello di italiano (QCER)'), 'B1 – intermedio');
    expect(page.url()).toContain(`#/participants/${person.id}`);

    await expectText(view.archiveButton(), 'Archivia');
    await view.archiveButton().click();
    await expectText(view.dialog().locator('h2'), 'Archiviare Ngozi Okafor?');
    await view.confirm();
    await expectText(shell.notice(), 'Partecipante archiviato.');
    await expectCount(view.banner(), 1);
    await expectText(view.archiveButton(), 'Ripristina');

    await shell.navLink('Partecipanti').click();
    await list.search('okafor');
    await expectText(list.empty(), 'Nessuna persona corrisponde alla ricerca.');
    await list.showArchived().check();
    await expectCount(list.rows(), 1);
    expect(await list.row('Okafor').innerText()).toContain('Archiviato');

    await list.open('Okafor');
    await view.archiveButton().click();
    await view.confirm();
    await expectText(shell.notice(), 'Partecipante ripristinato.');
    await expectCount(view.banner(), 0);
  });

  it('works from the keyboard: skip link, search, opening a person, confirmation dialog', async () => {
    await app.seed(
      validParticipant({ firstName: 'Leyla', lastName: 'Haidari', codiceFiscale: undefined }),
    );
    const { page } = await app.open();
    const shell = new ShellPage(page);
    const view = new ParticipantViewPage(page);
    const active = () =>
      page.evaluate(() => ({
        id: document.activeElement?.id ?? '',
        text: (document.activeElement as HTMLElement | null)?.innerText ?? '',
      }));

    await expectText(shell.heading(), 'Partecipanti');
    await page.keyboard.press('Tab');
    expect((await active()).text).toBe('Vai al contenuto principale');
    await page.keyboard.press('Enter');
    expect((await active()).id).toBe('main');
    await page.keyboard.press('Tab');
    expect((await active()).text).toBe('Importa da foglio di calcolo');
    await page.keyboard.press('Tab');
    expect((await active()).text).toBe('Nuovo partecipante');

    // Reach a person with the keyboard alone: search, then Tab to the first result.
    await page.keyboard.press('Tab');
    expect((await active()).id).toBe('participant-search');
    await page.keyboard.type('leyla');
    await expectCount(page.locator('table.data-table tbody tr'), 1);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await active()).text).toBe('Haidari Leyla');
    await page.keyboard.press('Enter');
    await expectText(shell.heading(), 'Haidari Leyla');
    // After navigation the new page's title has focus.
    await expect.poll(async () => (await active()).id).toBe('page-title');

    await view.archiveButton().focus();
    await page.keyboard.press('Enter');
    await expectCount(view.dialog(), 1);
    expect((await active()).text).toBe('Annulla');
    await page.keyboard.press('Escape');
    await expectCount(view.dialog(), 0);
    expect((await active()).text).toBe('Archivia');
    await expectCount(view.banner(), 0);
  });

  it('shows 50 people at a time and loads more on request', async () => {
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let n = 0; n < 55; n++) {
      await app.seed(
        validParticipant({
          firstName: `Giulia ${letters[Math.floor(n / 26)]}${letters[n % 26]}`,
          lastName: 'Bianchetti',
          codiceFiscale: undefined,
        }),
      );
    }
    const { page } = await app.open();
    const list = new ParticipantListPage(page);
    await list.search('bianchett');
    await expectCount(list.rows(), 50);
    await expectText(page.locator('.result-count'), '50 persone mostrate; ce ne sono altre');
    await page.getByRole('button', { name: 'Mostra altri' }).click();
    await expectCount(list.rows(), 55);
    await expectText(page.locator('.result-count'), '55 persone mostrate');
    await expectCount(page.getByRole('button', { name: 'Mostra altri' }), 0);
  });
});
