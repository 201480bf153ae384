import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { CompetenceSections, FrameworkPage } from './pages/CompetencesPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
let page: Page;
let coordinator: Account;
let trainer: Account;
let courseId = 0;
const people = { full: 0, half: 0 };

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function must<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.data;
}

/** Serious and critical accessibility problems axe-core finds on the page (or in one part of it). */
async function axeProblems(within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  const result = await (within ? builder.include(within) : builder).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** PERCORSI_SCREENSHOTS=/tmp/some-folder keeps pictures of the screens for a person to look at. */
async function shot(name: string, fullPage = true): Promise<void> {
  const dir = process.env.PERCORSI_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `competences-${name}.png`), fullPage });
}

beforeAll(async () => {
  app = await startE2eApp();
  coordinator = await app.createUser('coordinator', 'giulia.coordinatrice', 'Giulia Ferri');
  trainer = await app.createUser('trainer', 'marco.formatore', 'Marco Verdi');
  const trainerId = (await must('users.list', {})).find((u) => u.username === trainer.username)?.id;
  people.full = (await app.seed(validParticipant({ codiceFiscale: undefined }))).id;
  people.half = (
    await app.seed(
      validParticipant({
        firstName: 'Amina',
        lastName: 'Benali',
        birthDate: '1992-07-01',
        codiceFiscale: undefined,
      }),
    )
  ).id;
  await app.signInAs(coordinator);
  // A course that ended a month ago: Diallo attended all of it, Benali half (below the 70%).
  const project = await must('projects.create', {
    data: {
      code: 'FAMI-COMP-1',
      title: 'Donne al centro',
      funder: 'FAMI 2021-2027',
      startDate: day(-200),
      endDate: day(200),
      leadOrganisation: 'Cooperativa Il Ponte',
      partners: [],
      territories: ['Bergamo'],
      targets: [],
    },
  });
  courseId = (
    await must('courses.create', {
      data: {
        projectId: project.id,
        track: 'association',
        title: 'Fare associazione',
        mode: 'in_person',
        plannedHours: 4,
        startDate: day(-60),
        endDate: day(-30),
        trainerIds: trainerId ? [trainerId] : [],
      },
    })
  ).id;
  for (const participantId of [people.full, people.half]) {
    await must('enrolments.add', { courseId, participantId });
  }
  for (const offset of [-50, -40]) {
    const session = await must('sessions.create', {
      courseId,
      data: { date: day(offset), startTime: '09:00', endTime: '11:00' },
    });
    await must('attendance.save', {
      sessionId: session.id,
      rows: [
        { participantId: people.full, status: 'present' },
        { participantId: people.half, status: offset === -50 ? 'present' : 'absent' },
      ],
    });
  }
  await must('volunteering.create', {
    participantId: people.half,
    hostAssociation: 'Associazione Mani Aperte',
    role: 'Accoglienza',
    startDate: day(-120),
    endDate: day(-10),
    hours: 40,
    insuranceCovered: true,
    insuranceExpiry: day(200),
  });
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

describe('competences', () => {
  it('a coordinator adds a competence: the EQF level is required, a taken code is refused at the field', async () => {
    const shell = new ShellPage(page);
    const framework = new FrameworkPage(page);
    await shell.navLink('Competenze e attestati').click();
    await expectText(shell.heading(), 'Quadro delle competenze');
    await expectText(framework.row('ASS-01').locator('td').nth(1), 'Fare associazione');

    await framework.button('Nuova competenza').click();
    await framework.fillCompetence({
      code: 'MED-01',
      track: 'Altro',
      titleIt: 'Mediare tra culture nei servizi',
      titleEn: 'Mediating between cultures in services',
      descriptionIt: 'Facilita la comunicazione tra persone e servizi.',
      descriptionEn: 'Helps people and services understand each other.',
    });
    await framework.button('Salva la competenza').click();
    await expectText(framework.fieldError('eqfLevel'), 'Indica il livello EQF, da 1 a 8.');
    await shot('dialog', false);
    expect(await axeProblems('dialog')).toEqual([]);
    expect(await page.locator('#competence-data-eqfLevel').getAttribute('aria-invalid')).toBe(
      'true',
    );
    await page.locator('#competence-data-eqfLevel').selectOption('3');
    await framework.button('Salva la competenza').click();
    await expectText(framework.notice(), 'Competenza MED-01 aggiunta al quadro.');
    await expectCount(framework.dialog(), 0);
    await framework.search('med-');
    await expectCount(framework.rows(), 1);
    await expectText(framework.row('MED-01').locator('td.numeric'), '3');

    // The code is checked by the server; its answer lands next to the code.
    await framework.button('Nuova competenza').click();
    await framework.fillCompetence({
      code: 'MED-01',
      track: 'Altro',
      eqfLevel: '2',
      titleIt: 'Doppione',
      titleEn: 'Duplicate',
      descriptionIt: 'Doppione.',
      descriptionEn: 'Duplicate.',
    });
    await framework.button('Salva la competenza').click();
    await expectText(framework.fieldError('code'), 'Esiste già una competenza con questo codice.');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('competence-data-code');
    await framework.button('Annulla').click();

    // Deactivated, it leaves the list unless asked for.
    await framework
      .row('MED-01')
      .getByRole('button', { name: 'Disattiva MED-01 – Mediare tra culture nei servizi' })
      .click();
    await expectTextContaining(framework.notice(), 'Competenza MED-01 disattivata');
    await expectCount(framework.rows(), 0);
    await page.getByLabel('Mostra anche le competenze disattivate').check();
    await expectTextContaining(framework.row('MED-01'), 'disattivata');
    await shot('framework');
    expect(await axeProblems()).toEqual([]);
    const all = await must('competences.list', { query: 'MED-01', includeInactive: true });
    expect(all.map((c) => [c.code, c.eqfLevel, c.active])).toEqual([['MED-01', 3, false]]);
  });

  it('imports nothing from a CSV with bad rows and says which; a good file is imported; the export downloads', async () => {
    const framework = new FrameworkPage(page);
    const header = 'code,titleIt,titleEn,descriptionIt,descriptionEn,track,eqfLevel';
    await framework.importFile(
      'quadro.csv',
      [
        header,
        'IMP-01,Prima,First,Descrizione,Description,other,2',
        'IMP-02,Seconda,Second,Descrizione,Description,other,9',
        'bad code!,Terza,Third,Descrizione,Description,other,3',
      ].join('\n'),
    );
    const report = framework.importReport().getByRole('alert');
    await expectTextContaining(report, 'Nessuna competenza importata: 2 righe hanno un problema.');
    await expectTextContaining(
      report.locator('li').nth(0),
      'Riga 3: eqfLevel: Indica il livello EQF, da 1 a 8.',
    );
    await expectTextContaining(report.locator('li').nth(1), 'Riga 4: code:');
    await expectCount(report.locator('li'), 2);
    await shot('import-report');
    // All or nothing: the good row was not saved either.
    expect(await must('competences.list', { query: 'IMP-', includeInactive: true })).toEqual([]);

    await framework.importFile(
      'quadro.csv',
      [header, 'IMP-01,Prima,First,Descrizione,Description,other,2'].join('\n'),
    );
    await expectText(
      framework.importReport().locator('.notice'),
      'Quadro importato: 1 competenza aggiunta, 0 aggiornate.',
    );
    await expectCount(framework.importReport().getByRole('alert'), 0);
    await framework.search('IMP-');
    await expectCount(framework.rows(), 1);

    const download = page.waitForEvent('download');
    await framework.button('Esporta CSV').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^quadro-competenze-\d{4}-\d{2}-\d{2}\.csv$/);
    const path = await file.path();
    const csv = readFileSync(path, 'utf8');
    expect(csv.split(/\r?\n/)[0]).toBe(
      '\uFEFFcode;titleIt;titleEn;descriptionIt;descriptionEn;track;eqfLevel;escoUri;adaCode;active',
    );
    expect(csv).toContain('IMP-01');
    expect(csv).toContain('MED-01');
  });

  it('links two competences to a course, accepts the suggested drafts, validates them and revokes one', async () => {
    const shell = new ShellPage(page);
    const sections = new CompetenceSections(page);
    await page.goto(`${app.baseUrl}#/courses/${courseId}`);
    await expectText(shell.heading(), 'Fare associazione');
    const course = sections.course();
    await expectTextContaining(course, 'Il corso non ha ancora competenze collegate');
    await course.getByRole('button', { name: 'Modifica le competenze' }).click();
    await course.getByRole('checkbox', { name: /^ASS-01 / }).check();
    await course.getByRole('checkbox', { name: /^ASS-02 / }).check();
    await course.getByRole('button', { name: 'Salva le competenze' }).click();
    await expectCount(sections.aimed(), 2);
    await expectTextContaining(sections.aimed().nth(0), 'ASS-01');
    await expectTextContaining(sections.aimed().nth(1), 'ASS-02');

    // Only Diallo finished above the threshold: one suggestion per competence.
    await expectCount(sections.suggestionRows(), 2);
    expect(await sections.suggestionRows().locator('th').allInnerTexts()).toEqual([
      'Diallo Aïcha',
      'Diallo Aïcha',
    ]);
    await course.getByRole('button', { name: 'Accetta le 2 proposte scelte' }).click();
    const dialog = sections.dialog();
    await expectText(dialog.locator('h2'), 'Accetta le evidenze proposte');
    expect(await page.locator('#accept-assessorName').inputValue()).toBe('Giulia Ferri');
    await dialog.getByRole('button', { name: 'Crea le bozze' }).click();
    await expectText(page.locator('#accept-levelReached-error'), 'Scegli un valore dall’elenco.');
    await shot('accept', false);
    expect(await axeProblems('dialog')).toEqual([]);
    await sections.fillAssessment('accept', {
      level: 'Intermedio',
      method: 'Osservazione in situazione',
    });
    await dialog.getByRole('button', { name: 'Crea le bozze' }).click();
    await expectCount(dialog, 0);
    await expectTextContaining(course, '2 evidenze in bozza create.');
    await expectTextContaining(course, 'Nessuna proposta');
    const rows = sections.recordRows(course);
    await expectCount(rows, 2);
    expect(await rows.locator('.badge').allInnerTexts()).toEqual(['Bozza', 'Bozza']);

    await course.getByRole('button', { name: 'Convalida tutte le bozze (2)' }).click();
    await expectText(dialog.locator('h2'), 'Convalidare 2 evidenze in bozza?');
    await dialog.getByRole('button', { name: 'Convalida', exact: true }).click();
    await expectTextContaining(course, '2 evidenze convalidate.');
    await expect
      .poll(() => rows.locator('.badge').allInnerTexts())
      .toEqual(['Convalidata', 'Convalidata']);
    // The course's certificate section reads the records again: Diallo can now be certified.
    await expectCount(
      page.locator('.course-certificates').getByRole('checkbox', { name: /Diallo Aïcha/ }),
      1,
    );
    const validated = await must('competenceRecords.list', { courseId, status: 'validated' });
    expect(validated.map((r) => [r.competenceCode, r.levelReached, r.assessorName])).toEqual([
      ['ASS-01', 'intermediate', 'Giulia Ferri'],
      ['ASS-02', 'intermediate', 'Giulia Ferri'],
    ]);

    await rows.nth(1).getByRole('button', { name: 'Revoca ASS-02 di Diallo Aïcha' }).click();
    await dialog.getByRole('button', { name: 'Revoca l’evidenza' }).click();
    await expectText(page.locator('#revoke-record-reason-error'), 'Campo obbligatorio.');
    await page.locator('#revoke-record-reason').fill('Valutazione registrata per errore.');
    await dialog.getByRole('button', { name: 'Revoca l’evidenza' }).click();
    await expectTextContaining(course, 'Evidenza ASS-02 di Diallo Aïcha revocata.');
    await expectTextContaining(rows.nth(1), 'Revocata');
    await expectTextContaining(rows.nth(1), 'Motivo: Valutazione registrata per errore.');
    await shot('course');
    expect(await axeProblems('.course-competences')).toEqual([]);
  });

  it('on a person’s page: records a competence from their volunteering (choosing it) and one from other experience', async () => {
    const sections = new CompetenceSections(page);
    await page.goto(`${app.baseUrl}#/participants/${people.half}`);
    const person = sections.person();
    await expectTextContaining(person, 'Nessuna competenza registrata per questa persona.');
    await person
      .getByRole('button', { name: /^Registra una competenza da Associazione Mani Aperte/ })
      .click();
    const dialog = sections.dialog();
    await expectText(dialog.locator('h2'), 'Nuova evidenza di competenza per Benali Amina');
    await expectTextContaining(dialog, 'Volontariato: Associazione Mani Aperte — Accoglienza');
    await dialog.getByRole('button', { name: 'Salva in bozza' }).click();
    await expectText(page.locator('#record-competenceId-error'), 'Scegli un valore dall’elenco.');
    await shot('record', false);
    expect(await axeProblems('dialog')).toEqual([]);
    await page.locator('#record-competenceId').selectOption({
      label: 'ASS-02 – Gestire il registro dei volontari e gli obblighi assicurativi',
    });
    await sections.fillAssessment('record', { level: 'Base', method: 'Colloquio' });
    await dialog.getByRole('button', { name: 'Salva in bozza' }).click();
    await expectCount(dialog, 0);
    await expectTextContaining(person, 'Evidenza ASS-02 salvata in bozza.');
    const rows = sections.recordRows(person);
    await expectCount(rows, 1);
    await expectTextContaining(rows.nth(0), 'Volontariato: Associazione Mani Aperte — Accoglienza');
    await expectTextContaining(rows.nth(0), '40 ore');
    await expectTextContaining(rows.nth(0), 'Bozza');
    // The volunteering now has a record, so it is no longer suggested.
    await expectCount(person.getByRole('button', { name: /^Registra una competenza da/ }), 0);

    // From scratch: the kind of activity decides which fields are asked.
    await person.getByRole('button', { name: 'Aggiungi un’evidenza' }).click();
    await expect
      .poll(() => page.locator('#record-source-courseId option').allInnerTexts())
      .toEqual(['Seleziona…', 'Fare associazione']);
    await page.locator('#record-source-kind').selectOption({ label: 'Altra esperienza' });
    await expectCount(page.locator('#record-source-courseId'), 0);
    await page.locator('#record-source-title').fill('Raccolta stagionale in cooperativa agricola');
    await page.locator('#record-source-hours').fill('120');
    await page.locator('#record-competenceId').selectOption({
      label: 'LAV-02 – Conoscere le basi della sicurezza sul lavoro',
    });
    await sections.fillAssessment('record', {
      level: 'Avanzato',
      method: 'Prova pratica o scritta',
    });
    await dialog.getByRole('button', { name: 'Salva in bozza' }).click();
    await expectCount(dialog, 0);
    await expectCount(rows, 2);
    await expectTextContaining(
      rows.filter({ hasText: 'LAV-02' }),
      'Altra esperienza: Raccolta stagionale in cooperativa agricola',
    );
    await expectTextContaining(rows.filter({ hasText: 'LAV-02' }), '120 ore');
    await shot('person');
    expect(await axeProblems('.person-competences')).toEqual([]);
  });

  it('a trainer reads the framework and the course’s competences, with nothing to change', async () => {
    const shell = new ShellPage(page);
    const framework = new FrameworkPage(page);
    const sections = new CompetenceSections(page);
    await app.signInAs(trainer);
    await page.goto(`${app.baseUrl}#/competences`);
    await page.reload();
    await expectText(shell.heading(), 'Quadro delle competenze');
    await expectTextContaining(framework.row('ASS-01'), 'Redigere lo statuto');
    await expectCount(framework.button('Nuova competenza'), 0);
    await expectCount(framework.button('Esporta CSV'), 0);
    await expectCount(page.locator('.framework-import'), 0);
    await expectCount(page.getByRole('columnheader', { name: 'Azioni' }), 0);
    // The certificate screens are not theirs, so there are no section tabs either.
    await expectCount(page.getByRole('link', { name: 'Registro degli attestati' }), 0);

    await page.goto(`${app.baseUrl}#/courses/${courseId}`);
    await expectText(shell.heading(), 'Fare associazione');
    await expectCount(sections.aimed(), 2);
    await expectCount(sections.course().getByRole('button'), 0);
    await expectCount(sections.course().locator('.records-table, .suggestions-table'), 0);
  });
});
