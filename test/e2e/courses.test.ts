import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { AttendancePage } from './pages/AttendancePage';
import { CoursePage } from './pages/CoursePage';
import { ProjectFormPage } from './pages/ProjectFormPage';
import { ShellPage } from './pages/ShellPage';

// Twelve people, in the order the register lists them (by surname).
const PEOPLE = [
  ['Amina', 'Ahmed'],
  ['Omar', 'Bakr'],
  ['Fatou', 'Cissé'],
  ['Aïcha', 'Diallo'],
  ['Chidi', 'Eze'],
  ['Mariam', 'Fofana'],
  ['Ousmane', 'Gueye'],
  ['Yasmin', 'Haddad'],
  ['Musa', 'Ibrahim'],
  ['Binta', 'Jallow'],
  ['Issa', 'Koné'],
  ['Awa', 'Lamine'],
] as const;
const fullName = (i: number) => `${PEOPLE[i]?.[1]} ${PEOPLE[i]?.[0]}`;

let app: E2eApp;
let page: Page;
let courseId = 0;
let trainer: Account;
const personIds: number[] = [];

async function sessionIds(): Promise<number[]> {
  const result = await app.call('sessions.list', { courseId });
  if (!result.ok) throw new Error(result.error.code);
  return result.data.map((s) => s.id);
}

beforeAll(async () => {
  app = await startE2eApp();
  for (const [i, [firstName, lastName]] of PEOPLE.entries()) {
    const person = await app.seed(
      validParticipant({
        firstName,
        lastName,
        codiceFiscale: undefined,
        birthDate: `1990-02-${String(i + 1).padStart(2, '0')}`,
      }),
    );
    personIds.push(person.id);
  }
  trainer = await app.createUser('trainer', 'marco.formatore', 'Marco Verdi');
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

describe('courses, calendar and attendance', () => {
  it('creates a project and a course, then a 10-week Tuesday calendar with one date skipped', async () => {
    const shell = new ShellPage(page);
    const projectForm = new ProjectFormPage(page);
    const course = new CoursePage(page);
    await shell.navLink('Corsi').click();
    await expectText(shell.heading(), 'Corsi');
    await page.getByRole('link', { name: 'Progetti', exact: true }).click();
    await page.getByRole('link', { name: 'Nuovo progetto' }).click();
    await expectText(shell.heading(), 'Nuovo progetto');
    await projectForm.fill({
      code: 'FAMI-2026-07',
      title: 'Insieme al lavoro',
      funder: 'FAMI 2021-2027',
      leadOrganisation: 'Cooperativa Il Ponte',
      startDate: '2026-01-01',
      endDate: '2027-06-30',
    });
    await projectForm.addRow('Aggiungi un partner');
    await projectForm.field('partners.0.name').fill('CSV Bergamo');
    await projectForm.addRow('Aggiungi un territorio');
    await projectForm.field('territories.0').fill('Bergamo');
    await projectForm.addRow('Aggiungi un obiettivo');
    await projectForm.field('targets.0.value').fill('300');
    await projectForm.save();
    await expectText(shell.heading(), 'Progetti');
    await expectText(page.locator('tbody tr td.mono'), 'FAMI-2026-07');

    await page.getByRole('link', { name: 'Corsi', exact: true }).last().click();
    await page.getByRole('link', { name: 'Nuovo corso' }).click();
    await course.fillCourse({
      project: 'FAMI-2026-07 – Insieme al lavoro',
      title: 'Cercare lavoro in Italia',
      track: 'Orientamento al lavoro',
      plannedHours: '30',
      startDate: '2026-03-01',
      endDate: '2026-06-30',
    });
    await page.getByRole('checkbox', { name: 'Marco Verdi' }).check();
    await page.getByRole('button', { name: 'Salva il corso' }).click();
    await expectText(shell.heading(), 'Cercare lavoro in Italia');
    courseId = Number(/#\/courses\/(\d+)/.exec(page.url())?.[1]);
    expect(courseId).toBeGreaterThan(0);

    await course.openCalendarForm();
    await course.fillCalendar({ weekday: 'martedì', from: '2026-03-03', weeks: '10' });
    await expectCount(course.previewDates(), 10);
    await course.skipDate('07/04/2026');
    await expectText(
      page.locator('#calendar-preview-summary'),
      '9 incontri per 27 ore in tutto; 1 data esclusa.',
    );
    await page.getByRole('button', { name: 'Crea 9 incontri' }).click();
    await expectCount(course.sessionRows(), 9);
    await expectText(course.sessionRows().nth(4).locator('th'), 'mar 31/03/2026');
    await expectText(course.sessionRows().nth(5).locator('th'), 'mar 14/04/2026');
  });

  it('enrols twelve people, three of them by searching as you type', async () => {
    for (const id of personIds.slice(3)) {
      const result = await app.call('enrolments.add', { courseId, participantId: id });
      expect(result.ok).toBe(true);
    }
    const course = new CoursePage(page);
    await course.tab('Iscritti').click();
    await expectCount(course.enrolledRows(), 9);
    for (const i of [0, 1, 2]) {
      await course.searchPerson(PEOPLE[i]?.[1] ?? '');
      await course.enrolButton(fullName(i)).click();
      await expectText(page.locator('.notice-inline'), `${fullName(i)} è iscritto/a al corso.`);
    }
    await expectCount(course.enrolledRows(), 12);
    await expectText(page.locator('.section-header .muted'), '12 persone iscritte');
  });

  it('records a session by keyboard alone and the summary follows', async () => {
    const course = new CoursePage(page);
    const grid = new AttendancePage(page);
    await course.tab('Calendario').click();
    await course.sessionRows().first().getByRole('link', { name: 'Registra presenze' }).click();
    await expectText(new ShellPage(page).heading(), 'Registro presenze');
    await grid.focusGrid();
    // Everyone present, then Bakr and Cissé absent, Diallo late (1,5 h), Eze excused.
    await grid.press('t', 'ArrowDown', 'a', 'ArrowDown', 'a', 'ArrowDown', 'l');
    expect(await grid.focusedId()).toBe(`att-${personIds[3]}-hours`);
    await page.keyboard.type('1,5');
    await grid.press('ArrowDown', 'ArrowLeft', 'g', 'Control+s');
    await expectText(grid.saveState(), 'Presenze salvate (12 persone).');
    expect(await grid.checkedStatus(fullName(0))).toBe('present');
    expect(await grid.checkedStatus(fullName(1))).toBe('absent');
    expect(await grid.checkedStatus(fullName(3))).toBe('late');
    expect(await grid.checkedStatus(fullName(4))).toBe('excused');
    expect(await grid.hours(fullName(0)).inputValue()).toBe('3');

    // The second session, through the router: Bakr and Cissé miss it again.
    const [, second] = await sessionIds();
    const rows = personIds.map((participantId, i) => ({
      participantId,
      status: i === 1 || i === 2 ? ('absent' as const) : ('present' as const),
    }));
    expect((await app.call('attendance.save', { sessionId: second ?? 0, rows })).ok).toBe(true);

    await page.getByRole('link', { name: 'Riepilogo presenze' }).click();
    await expectText(course.summaryRow(fullName(0)).locator('td').nth(0), '6 / 6');
    await expectText(course.summaryRow(fullName(0)).locator('td').nth(1), '100%');
    await expectText(course.summaryRow(fullName(3)).locator('td').nth(0), '4,5 / 6');
    await expectText(course.summaryRow(fullName(3)).locator('td').nth(1), '75%');
    await expectText(course.summaryRow(fullName(1)).locator('td').nth(1), '0%');
    await expectText(course.summaryRow(fullName(1)).locator('td').nth(2), '2 di fila');
    await expectCount(page.locator('.summary-table .row-alert'), 2);
    await expectText(course.summaryRow(fullName(0)).locator('td').nth(3), '✗ Non ancora');
  });

  it('rejects a late arrival without hours on its row, and keeps the rest', async () => {
    const [, , third] = await sessionIds();
    await page.goto(`${app.baseUrl}#/courses/${courseId}/sessions/${third}`);
    const grid = new AttendancePage(page);
    await grid.focusGrid();
    await grid.press('t', 'End', 'l', 'Control+s');
    await expectText(grid.saveState(), 'Correggi le righe segnalate, poi salva.');
    await expectText(
      page.locator('.row-invalid .field-error'),
      'Per un ritardo indica le ore di presenza.',
    );
    expect(await grid.focusedId()).toBe(`att-${personIds[11]}-hours`);
    await grid.hours(fullName(11)).fill('9');
    await page.keyboard.press('Control+s');
    await expectText(
      page.locator('.row-invalid .field-error'),
      'Le ore superano la durata dell’incontro.',
    );
    await grid.hours(fullName(11)).fill('2');
    await page.keyboard.press('Control+s');
    await expectText(grid.saveState(), 'Presenze salvate (12 persone).');
  });

  it('keeps unsaved attendance as a draft when leaving, and restores it on return', async () => {
    const [, , , fourth] = await sessionIds();
    const grid = new AttendancePage(page);
    await page.goto(`${app.baseUrl}#/courses/${courseId}/sessions/${fourth}`);
    await grid.focusGrid();
    await grid.press('t', 'ArrowDown', 'a');
    await expectText(grid.saveState(), 'Modifiche non ancora salvate.');
    await page.getByRole('link', { name: 'Cercare lavoro in Italia' }).click();
    await expectText(new ShellPage(page).heading(), 'Cercare lavoro in Italia');
    await page.goBack();
    await expect.poll(() => grid.draftBanner().count()).toBe(1);
    expect(await grid.checkedStatus(fullName(0))).toBe('present');
    expect(await grid.checkedStatus(fullName(1))).toBe('absent');
    await page.getByRole('button', { name: 'Scarta le modifiche' }).click();
    expect(await grid.checkedStatus(fullName(1))).toBeNull();
    await expectCount(grid.draftBanner(), 0);
  });

  it('imports attendance from a spreadsheet: a bad file is reported row by row, a good one saved', async () => {
    await page.goto(`${app.baseUrl}#/courses/${courseId}/attendance`);
    const fileInput = page.getByLabel('File da importare');
    const csv = (rows: string[]) => ({
      name: 'presenze.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        `\uFEFF${['data;ora_inizio;ora_fine;cognome;nome;stato;ore', ...rows].join('\r\n')}`,
      ),
    });
    await fileInput.setInputFiles(
      csv(['05/05/2026;14:00;17:00;Nessuno;Mario;P;', '05/05/2026;14:00;17:00;Eze;Chidi;X;']),
    );
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    await expectTextContaining(page.getByRole('alert'), 'non è stato importato nulla');
    await expectTextContaining(page.getByRole('alert'), 'Riga 2');
    await expectTextContaining(page.getByRole('alert'), 'Riga 3');
    await fileInput.setInputFiles(
      csv(['05/05/2026;14:00;17:00;Eze;Chidi;P;', '05/05/2026;14:00;17:00;KONE;Issa;R;2,5']),
    );
    await page.getByRole('button', { name: 'Importa', exact: true }).click();
    await expectTextContaining(
      page.getByRole('status').filter({ hasText: 'Importazione' }),
      'Importazione completata',
    );
  });

  it('downloads the sign-in sheet of a session as a PDF with the enrolled names', async () => {
    const course = new CoursePage(page);
    await page.goto(`${app.baseUrl}#/courses/${courseId}/calendar`);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      course.sessionRows().first().getByRole('button', { name: 'Foglio firme' }).click(),
    ]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const [firstName, lastName] of PEOPLE) {
      expect(text).toContain(lastName);
      expect(text).toContain(firstName);
    }
  });

  it('shows a trainer their course, without the buttons for creating courses or projects', async () => {
    await app.signInAs(trainer);
    const { page: trainerPage } = await app.open();
    await trainerPage.goto(`${app.baseUrl}#/courses`);
    await expectText(trainerPage.locator('tbody th a'), 'Cercare lavoro in Italia');
    await expectCount(trainerPage.getByRole('link', { name: 'Nuovo corso' }), 0);
    await expectCount(trainerPage.getByRole('link', { name: 'Progetti', exact: true }), 0);
    await trainerPage.locator('tbody th a').click();
    await expectCount(new CoursePage(trainerPage).sessionRows(), 9);
    await expectCount(trainerPage.getByRole('link', { name: 'Modifica corso' }), 0);
  });
});
