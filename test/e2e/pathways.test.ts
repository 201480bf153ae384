import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENING_DIMENSIONS } from '../../electron/features/pathways/contract';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { PathwayPage } from './pages/PathwayPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
let page: Page;
let counselor: Account;
let trainer: Account;
let pathwayId = 0;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeAll(async () => {
  app = await startE2eApp();
  counselor = await app.createUser('counselor', 'sara.orientatrice', 'Sara Conti');
  trainer = await app.createUser('trainer', 'marco.formatore', 'Marco Verdi');
  await app.signInAs(counselor);
  const service = await app.call('services.create', {
    data: { name: 'Centro per l’impiego', category: 'employment', comune: 'Bergamo' },
  });
  if (!service.ok) throw new Error(service.error.code);
  // People are seeded through the router: the test is about the pathway screens.
  for (const [firstName, lastName, birthDate] of [
    ['Yasmin', 'Haddad', '1994-05-12'],
    ['Omar', 'Bakr', '1988-11-03'],
  ] as const) {
    const created = await app.call('participants.create', {
      data: validParticipant({ firstName, lastName, birthDate, codiceFiscale: undefined }),
      acknowledgeDuplicates: true,
    });
    if (!created.ok) throw new Error(created.error.code);
  }
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

describe('individual pathways', () => {
  it('takes a person from intake and baseline through plan, meetings and an internship to a closing with open actions', async () => {
    const shell = new ShellPage(page);
    const pathway = new PathwayPage(page);
    await shell.navLink('Percorsi individuali').click();
    await expectText(shell.heading(), 'Percorsi individuali');
    await page.getByRole('link', { name: 'Nuovo percorso' }).click();
    await expectText(shell.heading(), 'Nuovo percorso individuale');
    await pathway.button('Apri il percorso').click();
    await expectText(page.locator('#pathway-participantId-error'), 'Cerca e scegli la persona.');
    await pathway.choosePerson('hadd', 'Haddad Yasmin');
    await page.locator('#pathway-track').selectOption({ label: 'Orientamento al lavoro' });
    await page.locator('#pathway-openedOn').fill('2026-01-12');
    await pathway.button('Apri il percorso').click();
    await expectText(shell.heading(), 'Percorso di Haddad Yasmin');
    pathwayId = Number(/#\/pathways\/(\d+)/.exec(page.url())?.[1]);
    expect(pathwayId).toBeGreaterThan(0);
    await expectTextContaining(pathway.details(), 'Accoglienza');

    // Baseline: all eleven dimensions.
    await pathway.button('Compila la scheda iniziale').click();
    await pathway.fillScreening(
      '2026-01-12',
      Object.fromEntries(SCREENING_DIMENSIONS.map((d) => [d, 2])),
    );
    await page.locator('#screening-notes-italian_language').fill('A2 dichiarato');
    await pathway.button('Salva la scheda').click();
    await expectTextContaining(pathway.screeningRow('Lingua italiana'), 'A2 dichiarato');
    await expectTextContaining(pathway.details(), 'In corso');

    // The plan: two goals, one action still open.
    await pathway.button('Modifica il patto').click();
    await page.locator('#plan-agreedOn').fill('2026-01-20');
    await pathway.addGoal(0, 'Curriculum aggiornato');
    await pathway.addAction(0, 0, 'Portare i certificati di studio');
    await pathway.addGoal(1, 'Tirocinio in ristorazione');
    await pathway.button('Salva il patto').click();
    await expectCount(page.locator('.goal-list > li'), 2);
    await expectTextContaining(
      pathway.section('Patto'),
      'Portare i certificati di studio · Partecipante · Da fare',
    );
    await expectTextContaining(pathway.section('Patto'), '20/01/2026');

    // Printed for the person to sign: the goals are in the PDF's text.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      pathway.button('Stampa il patto (PDF)').click(),
    ]);
    const pdf = await download.path();
    expect(readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
    const planText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const expected of [
      'Patto individuale',
      'Curriculum aggiornato',
      'Tirocinio in ristorazione',
      'Portare i certificati di studio',
    ]) {
      expect(planText).toContain(expected);
    }

    // Two meetings.
    await pathway.logMeeting({ date: '2026-01-20', minutes: '60', notes: 'Firmato il patto.' });
    await expectCount(pathway.meetings(), 1);
    await pathway.logMeeting({
      date: '2026-02-03',
      minutes: '30',
      notes: 'Curriculum rivisto insieme.',
      nextSteps: 'Contattare il ristorante',
    });
    await expectCount(pathway.meetings(), 2);
    await expectTextContaining(pathway.meetings().first(), '03/02/2026 · In presenza · 30 min');
    await expectTextContaining(pathway.meetings().first(), 'Contattare il ristorante');

    // An internship milestone.
    await pathway.button('Aggiungi una tappa').click();
    // The fields follow the type: an association asks about the volunteers' insurance.
    await page.locator('#milestone-details-type').selectOption({ label: 'Associazione' });
    await page.getByRole('checkbox', { name: 'Assicurazione dei volontari stipulata' }).check();
    await expectCount(page.locator('#milestone-details-insurance-expiryDate'), 1);
    await page.locator('#milestone-details-type').selectOption({ label: 'Tirocinio' });
    await expectCount(page.locator('#milestone-details-insurance-expiryDate'), 0);
    await page.locator('#milestone-date').fill('2026-03-02');
    await pathway.button('Salva la tappa').click();
    await expectText(
      page.locator('#milestone-details-hostOrganisation-error'),
      'Campo obbligatorio.',
    );
    await page.locator('#milestone-details-hostOrganisation').fill('Trattoria Da Lina');
    await page.locator('#milestone-details-startDate').fill('2026-03-02');
    await page.locator('#milestone-details-hoursPerWeek').fill('30');
    await page.locator('#milestone-details-monthlyAllowanceCents').fill('500');
    await pathway.button('Salva la tappa').click();
    await expectCount(pathway.milestones(), 1);
    const milestone = pathway.milestones().first();
    await expectTextContaining(milestone, 'Tirocinio');
    await expectTextContaining(milestone, 'Trattoria Da Lina');
    await expectTextContaining(milestone, '500,00');

    // The caseload lists the open pathway.
    await shell.navLink('Percorsi individuali').click();
    await expectTextContaining(pathway.card('Percorsi aperti'), 'Haddad Yasmin');
    await pathway.card('Percorsi aperti').getByRole('link', { name: 'Haddad Yasmin' }).click();
    await expectText(shell.heading(), 'Percorso di Haddad Yasmin');

    // A follow-up: the change shows as text.
    await pathway.button('Aggiungi un aggiornamento').click();
    await pathway.fillScreening(today(), { italian_language: 3, housing: 2, work_history: 1 });
    await pathway.button('Salva la scheda').click();
    await expectTextContaining(pathway.screeningRow('Lingua italiana'), '2 → 3 (aumentato)');
    await expectTextContaining(pathway.screeningRow('Abitazione'), '2 → 2 (invariato)');
    await expectTextContaining(pathway.screeningRow('Esperienze di lavoro'), '2 → 1 (diminuito)');

    // A referral to a local service, then its outcome.
    await page
      .locator('#referral-serviceId')
      .selectOption({ label: 'Centro per l’impiego (Bergamo)' });
    await page.locator('#referral-date').fill('2026-02-10');
    await page.locator('#referral-reason').fill('Iscrizione DID');
    await pathway.button('Registra l’invio').click();
    const referral = pathway.section('Invii').locator('.referral-list > li');
    await expectCount(referral, 1);
    await referral.getByLabel('Esito dell’invio').fill('DID rilasciata');
    await referral.getByRole('button', { name: 'Salva l’esito' }).click();
    await expectTextContaining(referral, 'Esito: DID rilasciata');

    // Closing: the open action needs a confirmation, and nothing typed is lost.
    await page.locator('#close-status').selectOption({ label: 'Concluso' });
    await page.locator('#close-outcome').fill('Tirocinio avviato, patto concluso.');
    await pathway.button('Chiudi il percorso').click();
    const dialog = page.getByRole('dialog', { name: 'Chiudere con azioni aperte?' });
    await expectTextContaining(dialog, 'azioni aperte');
    await dialog.getByRole('button', { name: 'Chiudi comunque' }).click();
    await expectTextContaining(pathway.details(), 'Concluso');
    await expectTextContaining(pathway.details(), 'Tirocinio avviato, patto concluso.');
    const saved = await app.call('pathways.get', { id: pathwayId });
    expect(saved.ok && saved.data.status).toBe('completed');
    expect(saved.ok && saved.data.goals[0]?.actions[0]?.description).toBe(
      'Portare i certificati di studio',
    );
  });

  it('is neither offered to a trainer nor answered to a forged call', async () => {
    await app.signInAs(trainer);
    await page.goto(`${app.baseUrl}#/participants`);
    await page.reload();
    const shell = new ShellPage(page);
    await expectText(shell.heading(), 'Partecipanti');
    await expectCount(shell.navLink('Corsi'), 1);
    await expectCount(shell.navLink('Percorsi individuali'), 0);
    await page.goto(`${app.baseUrl}#/pathways/${pathwayId}`);
    await expectText(shell.heading(), 'Accesso non consentito');
    const forged = await page.evaluate(
      async (id) => (await window.api['pathways.get']({ id })) as unknown,
      pathwayId,
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
