import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { ReportsPage } from './pages/ReportsPage';
import { ShellPage } from './pages/ShellPage';

/**
 * The coordinator's dashboard on a small hand-checked project (as in
 * test/integration/reports.test.ts). "Donne al centro", 2025 (already over, so
 * a target not met is at risk):
 *  - course A (association): two 2-hour sessions; course B (job placement): one.
 *  - Aïcha (F, Senegal, Torino): A and B, always present → counted once.
 *  - Ioana (F, Romania, Asti): A, present once → 50 %.
 *  - Karim (M, Morocco, protection, Torino): a job-placement pathway with an internship and a job.
 *  - Li (not stated, China, Milano): B, absent.
 */
let app: E2eApp;
let page: Page;
let coordinator: Account;
let projectId = 0;
let courseA = 0;
const ids: Record<string, number> = {};

async function must<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${JSON.stringify(result.error)}`);
  return result.data;
}

async function person(key: string, data: Parameters<typeof validParticipant>[0]) {
  const created = await app.seed(validParticipant({ codiceFiscale: undefined, ...data }));
  ids[key] = created.id;
  return created.id;
}

async function course(
  track: 'association' | 'job_placement',
  title: string,
  start: string,
  end: string,
) {
  const created = await must('courses.create', {
    data: {
      projectId,
      track,
      title,
      mode: 'in_person',
      plannedHours: 4,
      startDate: start,
      endDate: end,
    },
  });
  return created.id;
}

async function held(
  courseId: number,
  date: string,
  rows: { participantId: number; status: 'present' | 'absent' }[],
) {
  const session = await must('sessions.create', {
    courseId,
    data: { date, startTime: '09:00', endTime: '11:00' },
  });
  await must('attendance.save', { sessionId: session.id, rows });
}

beforeAll(async () => {
  app = await startE2eApp();
  coordinator = await app.createUser('coordinator', 'chiara.coordinatrice', 'Chiara Neri');
  await app.createUser('trainer', 'marco.formatore', 'Marco Verdi');
  const counselor = await must('users.create', {
    username: 'sara.orientatrice',
    displayName: 'Sara Conti',
    role: 'counselor',
    password: 'password-sara.orientatrice',
  });
  await app.signInAs(coordinator);
  projectId = (
    await must('projects.create', {
      data: {
        code: 'FAMI-25',
        title: 'Donne al centro',
        funder: 'FAMI 2021-2027',
        startDate: '2025-01-01',
        endDate: '2025-12-31',
        leadOrganisation: 'CSV di prova',
        territories: ['Torino'],
        targets: [
          { indicator: 'participants_total', value: 8, unit: 'people' },
          { indicator: 'women_share', value: 60, unit: 'percent' },
          { indicator: 'jobs', value: 1, unit: 'count' },
          { indicator: 'training_hours', value: 6, unit: 'hours' },
        ],
      },
    })
  ).id;
  const aicha = await person('aicha', {
    firstName: 'Aïcha',
    lastName: 'Diallo',
    sex: 'F',
    birthDate: '1990-04-03',
    birthCountry: 'SN',
    citizenships: ['SN'],
    residenceComune: 'Torino',
  });
  const ioana = await person('ioana', {
    firstName: 'Ioana',
    lastName: 'Popescu',
    sex: 'F',
    birthDate: '2001-02-10',
    birthCountry: 'RO',
    citizenships: ['RO'],
    residenceComune: 'Asti',
  });
  const karim = await person('karim', {
    firstName: 'Karim',
    lastName: 'Benali',
    sex: 'M',
    birthDate: '1960-09-09',
    birthCountry: 'MA',
    citizenships: ['MA'],
    internationalProtection: true,
    residenceComune: 'Torino',
  });
  const li = await person('li', {
    firstName: 'Li',
    lastName: 'Wei',
    sex: 'not_stated',
    birthDate: '1995-07-07',
    birthCountry: 'CN',
    citizenships: ['CN'],
    residenceComune: 'Milano',
  });
  courseA = await course('association', 'Fare associazione', '2025-02-01', '2025-03-31');
  const courseB = await course('job_placement', 'Cercare lavoro', '2025-04-01', '2025-05-31');
  for (const [courseId, people] of [
    [courseA, [aicha, ioana]],
    [courseB, [aicha, li]],
  ] as const) {
    for (const participantId of people) {
      await must('enrolments.add', { courseId, participantId });
    }
  }
  await held(courseA, '2025-02-10', [
    { participantId: aicha, status: 'present' },
    { participantId: ioana, status: 'present' },
  ]);
  await held(courseA, '2025-02-20', [
    { participantId: aicha, status: 'present' },
    { participantId: ioana, status: 'absent' },
  ]);
  await held(courseB, '2025-04-10', [
    { participantId: aicha, status: 'present' },
    { participantId: li, status: 'absent' },
  ]);
  // The pathway is the counselor's case, within the project.
  const pathway = await must('pathways.create', {
    counselorId: counselor.id,
    participantId: karim,
    track: 'job_placement',
    openedOn: '2025-03-01',
    projectId,
  });
  await must('milestones.create', {
    pathwayId: pathway.id,
    date: '2025-05-01',
    details: {
      type: 'internship',
      hostOrganisation: 'Cooperativa Esempio',
      startDate: '2025-05-01',
    },
  });
  await must('milestones.create', {
    pathwayId: pathway.id,
    date: '2025-06-01',
    details: {
      type: 'job',
      employer: 'Ditta Esempio',
      contractType: 'fixed_term',
      startDate: '2025-06-01',
    },
  });
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

const reports = () => new ReportsPage(page);

/** Serious and critical accessibility problems axe-core finds on the page as it is now. */
async function axeProblems(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** PERCORSI_SCREENSHOTS=/tmp/some-folder keeps pictures of the dashboard for a person to look at. */
async function shot(name: string, fullPage = true): Promise<void> {
  const dir = process.env.PERCORSI_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `reports-${name}.png`), fullPage });
}

describe('coordinator dashboard', () => {
  it('shows the project’s live figures, targets and breakdowns', async () => {
    const shell = new ShellPage(page);
    await shell.navLink('Report').click();
    await expectText(shell.heading(), 'Indicatori e report');
    const r = reports();
    // The coordinator's only project is chosen, with its own period.
    await expectText(r.tileValue('people'), '4');
    expect(await r.projectSelect().inputValue()).toBe(String(projectId));
    expect(await page.locator('#report-from').inputValue()).toBe('2025-01-01');
    expect(await page.locator('#report-to').inputValue()).toBe('2025-12-31');
    expect(page.url()).toContain(`#/reports?project=${projectId}&from=2025-01-01&to=2025-12-31`);
    await expectText(r.tileValue('women'), '2');
    await expectText(r.tileValue('delivered'), '6');
    await expectText(r.tileValue('attended'), '8');
    await expectText(r.tileValue('outcome-jobs'), '1');

    await expectText(r.target('Partecipanti in totale').locator('.status-badge'), 'A rischio');
    await expectTextContaining(r.target('Partecipanti in totale'), 'su 8 persone');
    await expectText(r.target('Inserimenti lavorativi').locator('.status-badge'), 'Raggiunto');
    await expectText(r.target('Ore di formazione').locator('.status-badge'), 'Raggiunto');
    expect(await r.target('Partecipanti in totale').locator('progress').getAttribute('value')).toBe(
      '0.5',
    );

    await expectText(r.bar('Sesso', 'F').locator('.bar-count'), '2');
    await expectText(r.bar('Sesso', 'F').locator('.bar-share'), '50%');
    await expectText(r.bar('Cittadini di paesi terzi', 'yes').locator('.bar-count'), '3');
    await expectText(r.bar('Ambito', 'job_placement').locator('.bar-count'), '3');
    // Zero is shown, but there is nothing to open.
    await expectCount(r.chart('Sesso').locator('button.bar-row[data-key="other"]'), 0);

    // The numbers, one click away.
    const toggle = r.chart('Sesso').locator('.chart-toggle');
    await expectText(toggle, 'Mostra i numeri');
    expect(await r.chart('Sesso').locator('table').isVisible()).toBe(false);
    await toggle.click();
    await expectText(toggle, 'Nascondi i numeri');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await expectTextContaining(r.chart('Sesso').locator('table'), 'Donne\t2\t50%');
    await shot('it');
    expect(await axeProblems()).toEqual([]);
  });

  it('drills from a bar to the people behind it, by keyboard too, with links to them', async () => {
    const r = reports();
    // Reached by keyboard: from the bar below, back one step.
    await r.bar('Sesso', 'M').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-key'))).toBe('F');
    await shot('it-focus', false);
    await page.keyboard.press('Enter');
    await expectText(r.dialog().locator('h2'), 'Sesso: Donne');
    expect(await r.drillNames()).toEqual(['Diallo Aïcha', 'Popescu Ioana']);
    await shot('it-drill', false);
    expect(await axeProblems()).toEqual([]);
    expect(page.url()).toContain('drill=breakdown%3Asex%3AF');
    await page.keyboard.press('Escape');
    await expectCount(r.dialog(), 0);

    await r.bar('Frequenza ai corsi', '50_75').click();
    expect(await r.drillNames()).toEqual(['Popescu Ioana']);
    await expectTextContaining(r.dialog(), 'Fare associazione');
    await r.dialog().getByRole('button', { name: 'Chiudi' }).click();

    await r.tile('outcome-jobs').click();
    expect(await r.drillNames()).toEqual(['Benali Karim']);
    await expectTextContaining(r.dialog(), '01/06/2025 · Ditta Esempio');
    await r.dialog().getByRole('link', { name: 'Benali Karim' }).click();
    await expectText(new ShellPage(page).heading(), 'Benali Karim');
    expect(page.url()).toContain(`#/participants/${ids.karim}`);
    // Back returns to the same dashboard with the same list open.
    await page.goBack();
    expect(await r.drillNames()).toEqual(['Benali Karim']);
    await page.keyboard.press('Escape');
  });

  it('keeps the filters in the address across a reload', async () => {
    const r = reports();
    await r.territorySelect().selectOption('Torino');
    await expectText(r.tileValue('people'), '2');
    expect(page.url()).toContain('territory=Torino');
    await page.reload();
    await expectText(r.tileValue('people'), '2');
    expect(await r.territorySelect().inputValue()).toBe('Torino');
    // The other territories stay on offer while one is chosen.
    expect(await r.territorySelect().locator('option').allInnerTexts()).toEqual([
      'Tutti i territori',
      'Asti',
      'Milano',
      'Torino',
    ]);
    await r.territorySelect().selectOption('');
    await expectText(r.tileValue('people'), '4');

    // A period that leaves out course A: Ioana drops out.
    await page.locator('#report-from').fill('2025-04-01');
    await page.getByRole('button', { name: 'Aggiorna' }).click();
    await expectText(r.tileValue('people'), '3');
    await page.locator('#report-from').fill('2025-05-01');
    await page.locator('#report-to').fill('2025-04-01');
    await page.getByRole('button', { name: 'Aggiorna' }).click();
    await expectText(page.locator('#report-to-error'), 'La fine deve venire dopo l’inizio.');
    await expectText(r.tileValue('people'), '3');

    // Every project: no targets to compare.
    await r.projectSelect().selectOption({ label: 'Tutti i progetti' });
    await expectTextContaining(
      page.locator('.report-section').first(),
      'scegli un progetto per vederli',
    );
    await shot('it-all-projects', false);
    await r.projectSelect().selectOption(String(projectId));
    await expectText(r.tileValue('people'), '4');
  });

  it('exports the indicators as XLSX, read back with the same figures', async () => {
    const r = reports();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      r.exportButton('Excel (XLSX)').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const sheets = book.worksheets.map((s) => s.name);
    expect(sheets[0]).toBe('Indicatori');
    expect(sheets).toContain('Partecipanti (anonimo)');
    const values = new Map<string, unknown>();
    book.getWorksheet('Indicatori')?.eachRow((row) => {
      values.set(row.getCell(1).text, row.getCell(2).value);
    });
    expect(values.get('Persone raggiunte (ciascuna contata una volta)')).toBe(4);
    expect(values.get('Ore di formazione frequentate')).toBe(8);
    expect(book.getWorksheet('Partecipanti (anonimo)')?.actualRowCount).toBe(5);
    await expectTextContaining(page.locator('.export-bar [role="status"]'), 'File pronto');
  });

  it('shows the export at work, and saves nothing when it is cancelled', async () => {
    const r = reports();
    // A slow answer, as for a large project.
    await page.route('**/api/reports.export', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue().catch(() => undefined);
    });
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await r.exportButton('Riepilogo PDF').click();
    const status = page.locator('.export-bar [role="status"]');
    await expectText(status, 'Preparazione del file «Riepilogo PDF» in corso…');
    await expectCount(status.locator('progress'), 1);
    expect(await r.exportButton('CSV indicatori').getAttribute('aria-disabled')).toBe('true');
    await shot('it-exporting', false);
    await page.locator('.export-bar').getByRole('button', { name: 'Annulla' }).click();
    await expectText(status, 'Esportazione annullata: nessun file salvato.');
    await page.waitForTimeout(2_000);
    expect(downloads).toEqual([]);
    await page.unroute('**/api/reports.export');
  });

  it('counts a person enrolled since, once the page is reloaded', async () => {
    const fatima = await person('fatima', {
      firstName: 'Fatima',
      lastName: 'Zahra',
      sex: 'F',
      birthDate: '1999-12-01',
      birthCountry: 'MA',
      citizenships: ['MA'],
      residenceComune: 'Torino',
    });
    await must('enrolments.add', { courseId: courseA, participantId: fatima });
    await held(courseA, '2025-03-05', [{ participantId: fatima, status: 'present' }]);
    await page.reload();
    const r = reports();
    await expectText(r.tileValue('people'), '5');
    await expectText(r.bar('Sesso', 'F').locator('.bar-count'), '3');
    await expectText(r.bar('Cittadinanza', 'MA').locator('.bar-count'), '2');
    await expectText(r.tileValue('delivered'), '8');
    await r.bar('Sesso', 'F').click();
    expect(await r.drillNames()).toEqual(['Diallo Aïcha', 'Popescu Ioana', 'Zahra Fatima']);
    await page.keyboard.press('Escape');
  });

  it('is in English too', async () => {
    const shell = new ShellPage(page);
    await shell.switchLanguage('English');
    await expectText(shell.heading(), 'Indicators and reports');
    const r = reports();
    await expectText(r.target('Participants in total').locator('.status-badge'), 'At risk');
    await expectText(r.bar('Sex', 'F').locator('.bar-share'), '60%');
    await shot('en');
    await r.tile('outcome-jobs').click();
    expect(await r.drillNames()).toEqual(['Benali Karim']);
    await shot('en-drill', false);
    await page.keyboard.press('Escape');
    await shell.switchLanguage('Italiano');
  });

  it('is not offered to a trainer', async () => {
    await app.signInAs({
      username: 'marco.formatore',
      password: 'password-marco.formatore',
      displayName: 'Marco Verdi',
    });
    await page.goto(`${app.baseUrl}#/participants`);
    await page.reload();
    const shell = new ShellPage(page);
    await expectText(shell.heading(), 'Partecipanti');
    await expectCount(shell.navLink('Corsi'), 1);
    await expectCount(shell.navLink('Report'), 0);
    await page.goto(`${app.baseUrl}#/reports?project=${projectId}`);
    await expectText(shell.heading(), 'Accesso non consentito');
    const forged = await page.evaluate(
      async (filter) => (await window.api['reports.dashboard'](filter)) as unknown,
      { projectId, from: '2025-01-01', to: '2025-12-31' },
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
