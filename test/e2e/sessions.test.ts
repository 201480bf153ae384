import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { CoursePage } from './pages/CoursePage';
import { SessionDialogPage } from './pages/SessionDialogPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
let page: Page;
let courseId = 0;
let trainerId = 0;
let trainer: Account;
let personId = 0;
let loneId = 0;
const sessionIds: number[] = [];

async function must<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.data;
}

// One course (March–June 2026, 6 planned hours, 70% for the certificate) with two
// Tuesday sessions and one enrolled person, seeded through the router.
beforeAll(async () => {
  app = await startE2eApp();
  personId = (await app.seed(validParticipant({ codiceFiscale: undefined }))).id;
  loneId = (
    await app.seed(
      validParticipant({ firstName: 'Omar', lastName: 'Bakr', codiceFiscale: undefined }),
    )
  ).id;
  trainer = await app.createUser('trainer', 'marco.formatore', 'Marco Verdi');
  trainerId = (await must('users.trainers', {}))[0]?.id ?? 0;
  const project = await must('projects.create', {
    data: {
      code: 'FAMI-2026-09',
      title: 'Insieme al lavoro',
      funder: 'FAMI 2021-2027',
      leadOrganisation: 'Cooperativa Il Ponte',
      startDate: '2026-01-01',
      endDate: '2027-06-30',
    },
  });
  const course = await must('courses.create', {
    data: {
      projectId: project.id,
      track: 'job_placement',
      title: 'Cercare lavoro in Italia',
      mode: 'in_person',
      plannedHours: 6,
      startDate: '2026-03-01',
      endDate: '2026-06-30',
      minAttendancePct: 70,
      trainerIds: [trainerId],
    },
  });
  courseId = course.id;
  for (const date of ['2026-03-03', '2026-03-10']) {
    const session = await must('sessions.create', {
      courseId,
      data: { date, startTime: '14:00', endTime: '17:00', status: 'planned' },
    });
    sessionIds.push(session.id);
  }
  await must('enrolments.add', { courseId, participantId: personId });
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

describe('editing sessions', () => {
  it('edits a session’s topic, trainer and note in a dialog and lists them', async () => {
    const course = new CoursePage(page);
    const dialog = new SessionDialogPage(page);
    await page.goto(`${app.baseUrl}#/courses/${courseId}/calendar`);
    await expectCount(course.sessionRows(), 2);
    await course.editSession(0).click();
    await expectText(dialog.title(), 'Modifica l’incontro di martedì 3 marzo 2026');
    expect(await dialog.field('date').inputValue()).toBe('2026-03-03');
    expect(await dialog.field('startTime').inputValue()).toBe('14:00');
    expect(await dialog.field('status').inputValue()).toBe('planned');
    await dialog.field('topic').fill('Il curriculum vitae');
    await dialog.trainer().selectOption({ label: 'Marco Verdi' });
    await dialog.field('note').fill('Portare una foto tessera.');
    await dialog.save();
    await expectCount(dialog.dialog(), 0);
    await expectText(page.locator('.notice-inline'), 'Incontro aggiornato.');
    await expectTextContaining(
      course.sessionRows().nth(0).locator('.session-topic'),
      'Il curriculum vitae',
    );
    await expectTextContaining(
      course.sessionRows().nth(0).locator('.session-note'),
      'Portare una foto tessera.',
    );
    const [first] = await must('sessions.list', { courseId });
    expect(first).toMatchObject({ trainerId, note: 'Portare una foto tessera.' });
  });

  it('refuses a date outside the course period next to the date, keeping what was typed', async () => {
    const course = new CoursePage(page);
    const dialog = new SessionDialogPage(page);
    await course.editSession(1).click();
    await dialog.field('topic').fill('Il colloquio di lavoro');
    await dialog.field('note').fill('Simulazioni a coppie.');
    await dialog.field('date').fill('2026-07-14');
    await dialog.save();
    await expectText(dialog.error('date'), 'La data è fuori dal periodo del corso.');
    expect(await dialog.field('date').getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.field('date').inputValue()).toBe('2026-07-14');
    expect(await dialog.field('topic').inputValue()).toBe('Il colloquio di lavoro');
    expect(await dialog.field('note').inputValue()).toBe('Simulazioni a coppie.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('session-edit-data-date');
    await dialog.cancel();
    await expectCount(dialog.dialog(), 0);
    await expectText(course.sessionRows().nth(1).locator('th'), 'mar 10/03/2026');
  });

  it('cancels a session: listed as cancelled, and the grid refuses to record it', async () => {
    const course = new CoursePage(page);
    const dialog = new SessionDialogPage(page);
    await course.editSession(1).click();
    await dialog.field('status').selectOption({ label: 'Annullato' });
    await dialog.save();
    await expectCount(dialog.dialog(), 0);
    const row = course.sessionRows().nth(1);
    await expectTextContaining(row, 'Annullato: nessuna presenza da registrare');
    await expectCount(row.getByRole('link', { name: 'Registra presenze' }), 0);
    await expectCount(row.getByRole('button', { name: 'Foglio firme' }), 0);
    await expectCount(
      course.sessionRows().nth(0).getByRole('link', { name: 'Registra presenze' }),
      1,
    );

    await page.goto(`${app.baseUrl}#/courses/${courseId}/sessions/${sessionIds[1]}`);
    await expectTextContaining(
      page.locator('.cancelled-banner'),
      'L’incontro è annullato: non si registrano presenze.',
    );
    await expectCount(page.getByRole('grid'), 0);
    await expectCount(page.getByRole('button', { name: 'Salva le presenze' }), 0);
    await page.getByRole('link', { name: 'Torna al calendario' }).click();
    await expectCount(course.sessionRows(), 2);
  });
});

describe('the participant’s courses', () => {
  it('shows each course with hours, rate and the certificate threshold after attendance is saved', async () => {
    await must('attendance.save', {
      sessionId: sessionIds[0] ?? 0,
      rows: [{ participantId: personId, status: 'present' }],
    });
    const shell = new ShellPage(page);
    await page.goto(`${app.baseUrl}#/participants/${personId}`);
    const section = page.getByRole('region', { name: 'Corsi e presenze' });
    const row = section.locator('tbody tr');
    await expectCount(row, 1);
    await expectText(row.locator('th'), 'Cercare lavoro in Italia');
    await expectText(row.locator('td').nth(0), 'Iscritto/a');
    await expectText(row.locator('td').nth(1), '3 / 3 (su 6 previste)');
    await expectText(row.locator('td').nth(2), '100%');
    // 3 of the 6 planned hours: below the course's 70%.
    await expectText(row.locator('td').nth(3), '✗ Non raggiunta');
    await row.getByRole('link', { name: 'Cercare lavoro in Italia' }).click();
    await expectText(shell.heading(), 'Cercare lavoro in Italia');

    await page.goto(`${app.baseUrl}#/participants/${loneId}`);
    await expectText(
      page.getByRole('region', { name: 'Corsi e presenze' }).locator('.empty'),
      'Questa persona non è iscritta a nessun corso.',
    );
  });
});

describe('a trainer of the course', () => {
  it('edits the note without the trainer list, and the session keeps its trainer', async () => {
    await app.signInAs(trainer);
    const { page: trainerPage } = await app.open();
    const course = new CoursePage(trainerPage);
    const dialog = new SessionDialogPage(trainerPage);
    await trainerPage.goto(`${app.baseUrl}#/courses/${courseId}/calendar`);
    await course.editSession(0).click();
    await expectCount(dialog.trainer(), 0);
    expect(await dialog.field('note').inputValue()).toBe('Portare una foto tessera.');
    await dialog.field('note').fill('Rivedere i CV la prossima volta.');
    await dialog.save();
    await expectCount(dialog.dialog(), 0);
    await expectTextContaining(
      course.sessionRows().nth(0).locator('.session-note'),
      'Rivedere i CV la prossima volta.',
    );
    const [first] = await must('sessions.list', { courseId });
    expect(first).toMatchObject({ trainerId, note: 'Rivedere i CV la prossima volta.' });
  });
});
