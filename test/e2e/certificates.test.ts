import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { ADMIN, startE2eApp, type Account, type E2eApp } from './harness';
import { CertificatesPage } from './pages/CertificatesPage';
import { ShellPage } from './pages/ShellPage';

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

// Three people above the attendance threshold, one below it.
const PEOPLE = [
  ['Aïcha', 'Diallo', 'present'],
  ['Ngozi Adéwálé', 'Müller-Łukasiewicz', 'present'],
  ['Omar', "D'Alessandro", 'present'],
  ['Amina', 'Benali', 'absent'],
] as const;
const nameOf = (i: number) => `${PEOPLE[i]?.[1]} ${PEOPLE[i]?.[0]}`;

let app: E2eApp;
let page: Page;
let coordinator: Account;
let courseId = 0;
let projectId = 0;
const personIds: number[] = [];
let work = '';
/** The ZIP's PDF of the first person (Diallo), as downloaded. */
let firstPdf: Buffer = Buffer.alloc(0);
let firstCode = '';
let firstNumber = '';
/** Who the first certificate of the batch is for (the batch goes in the register's order). */
let firstPerson = { id: 0, name: '' };

async function must<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ChannelOutput<K>> {
  const result = await app.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
  return result.data;
}

/** Serious and critical accessibility problems axe-core finds on the page (or in one part of it) as it is now. */
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
  if (dir)
    await page.screenshot({
      path: path.join(dir, `certificates-${name}.png`),
      fullPage,
      timeout: 20_000,
    });
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/**
 * A finished course of the project with two 2-hour sessions, its people enrolled, and two
 * competences validated for everyone who came to both sessions (`present`), as the
 * coordinator would after accepting the suggestions.
 */
async function seedCourse(
  projectId: number,
  title: string,
  people: { firstName: string; lastName: string; present: boolean }[],
): Promise<{ courseId: number; personIds: number[] }> {
  const course = await must('courses.create', {
    data: {
      projectId,
      track: 'association',
      title,
      mode: 'in_person',
      plannedHours: 4,
      startDate: day(-60),
      endDate: day(-30),
      trainerIds: [],
    },
  });
  const ids: number[] = [];
  for (const [i, { firstName, lastName }] of people.entries()) {
    const person = await app.seed(
      validParticipant({
        firstName,
        lastName,
        codiceFiscale: undefined,
        birthDate: `19${70 + (i % 30)}-0${1 + (i % 9)}-${String(1 + (i % 28)).padStart(2, '0')}`,
      }),
    );
    ids.push(person.id);
    await must('enrolments.add', { courseId: course.id, participantId: person.id });
  }
  for (const [n, offset] of [-50, -40].entries()) {
    const session = await must('sessions.create', {
      courseId: course.id,
      data: { date: day(offset), startTime: '09:00', endTime: '11:00' },
    });
    await must('attendance.save', {
      sessionId: session.id,
      rows: people.map(({ present }, i) => ({
        participantId: ids[i] ?? 0,
        // Those not `present` came only to the first session: below the threshold.
        status: n === 0 || present ? ('present' as const) : ('absent' as const),
      })),
    });
  }
  const framework = await must('competences.list', { track: 'association', query: '' });
  await must('competences.setForCourse', {
    courseId: course.id,
    competenceIds: framework.slice(0, 2).map((c) => c.id),
  });
  const suggestions = await must('competenceRecords.suggestions', { courseId: course.id });
  await must('competenceRecords.acceptSuggestions', {
    items: suggestions.map(({ participantId, competenceId, source }) => ({
      participantId,
      competenceId: competenceId ?? 0,
      source,
    })),
    levelReached: 'intermediate',
    assessmentMethod: 'observation',
    assessorName: 'Giulia Ferri',
    assessedOn: day(-25),
  });
  const drafts = await must('competenceRecords.list', { courseId: course.id, status: 'draft' });
  await must('competenceRecords.validate', { ids: drafts.map((d) => d.id) });
  return { courseId: course.id, personIds: ids };
}

beforeAll(async () => {
  app = await startE2eApp();
  work = mkdtempSync(path.join(os.tmpdir(), 'percorsi-certificates-e2e-'));
  coordinator = await app.createUser('coordinator', 'giulia.coordinatrice', 'Giulia Ferri');
  await app.signInAs(coordinator);
  const project = await must('projects.create', {
    data: {
      code: 'FAMI-ATT-1',
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
  projectId = project.id;
  const seeded = await seedCourse(
    projectId,
    'Fare associazione',
    PEOPLE.map(([firstName, lastName, status]) => ({
      firstName,
      lastName,
      present: status === 'present',
    })),
  );
  courseId = seeded.courseId;
  personIds.push(...seeded.personIds);
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
  rmSync(work, { recursive: true, force: true });
});

describe('certificates', () => {
  it('refuses to issue without a signatory, pointing to the organisation profile', async () => {
    const shell = new ShellPage(page);
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/participants/${personIds[0]}`);
    await expectText(shell.heading(), nameOf(0));
    const section = certificates.personSection();
    await expectTextContaining(section, 'Nessun attestato emesso per questa persona.');
    await expectCount(section.getByRole('checkbox'), 2);
    await section.getByRole('button', { name: 'Emetti e scarica (2 competenze)' }).click();
    await expectTextContaining(section.getByRole('alert'), 'firmatario');
    // A coordinator cannot change the profile: the message says whom to ask.
    await expectTextContaining(section.getByRole('alert'), 'Chiedi a un amministratore');

    await app.signInAs(ADMIN);
    await must('settings.update', {
      organisation: {
        name: 'Cooperativa Il Ponte',
        taxCode: '01234567890',
        address: 'Via Roma 1, Bergamo',
        signatoryName: 'Maria Rossi',
        signatoryRole: 'Presidente',
      },
      inactivityMinutes: 15,
    });
    await app.signInAs(coordinator);
  });

  it('issues the whole course as a batch with a progress bar, then downloads the ZIP', async () => {
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/courses/${courseId}`);
    const section = certificates.batchSection();
    for (const i of [0, 1, 2])
      await expect.poll(() => certificates.batchPerson(nameOf(i)).isChecked()).toBe(true);
    await expectTextContaining(
      section,
      `${nameOf(3)}: Nessuna evidenza convalidata da certificare`,
    );
    // File names with people's names come with a warning.
    await section.getByRole('radio', { name: /Numero e nome della persona/ }).check();
    await expectTextContaining(section, 'I nomi delle persone compariranno nei nomi dei file');
    await section.getByRole('radio', { name: /Solo il numero/ }).check();
    await shot('batch-preview');
    expect(await axeProblems('section.course-certificates')).toEqual([]);

    // Every value the bar shows, from the moment it appears.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('#batch-progress-bar');
        if (bar) seen.push(`${bar.getAttribute('value')}/${bar.getAttribute('max')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await section.getByRole('button', { name: 'Emetti 3 attestati' }).click();
    await expectTextContaining(
      certificates.batchOutcome(),
      'Emissione completata: 3 attestati emessi.',
    );
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: string[] }).progressSeen,
    );
    // The bar appears while the batch runs, never goes back, and ends full.
    const done = seen.map((v) => Number(v.split('/')[0]));
    expect(seen.every((v) => v.endsWith('/3'))).toBe(true);
    expect(done[0]).toBeLessThan(3);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe('3/3');
    await expect.poll(() => certificates.progressBar().getAttribute('value')).toBe('3');
    await shot('batch-done');
    expect(await axeProblems('section.course-certificates')).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Scarica lo ZIP' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`attestati-corso-${courseId}.zip`);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    const names = Object.keys(zip.files).sort();
    expect(names).toHaveLength(4);
    expect(names).toContain(`attestati-corso-${courseId}-stampa-unica.pdf`);
    expect(names.join(' ')).not.toMatch(/Diallo|Benali/);
    // The first certificate issued is the first person in the register's order (by surname).
    const first = names.find((n) => /^attestato-\d{4}-\d{4}\.pdf$/.test(n)) ?? '';
    firstPdf = (await zip.file(first)?.async('nodebuffer')) ?? Buffer.alloc(0);
    const file = path.join(work, first);
    writeFileSync(file, firstPdf);
    const text = pdfText(file);
    firstCode = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(text)?.[0] ?? '';
    firstNumber = /\d{4}\/\d{4}/.exec(text)?.[0] ?? '';
    expect(firstCode).not.toBe('');
    expect(firstNumber).toBe(first.replace(/^attestato-(\d{4})-(\d{4})\.pdf$/, '$1/$2'));
    expect(text).toContain('Maria Rossi');
    const [entry] = await must('certificates.list', { query: firstNumber, limit: 1 });
    firstPerson = { id: entry?.participantId ?? 0, name: entry?.participantName ?? '' };
    expect(text).toContain(firstPerson.name.split(' ')[0]);

    // Nobody is left to certify in this course.
    await section.getByRole('button', { name: 'Nuova emissione' }).click();
    await expectTextContaining(section, 'Nessuna persona del corso ha competenze convalidate');
  });

  it('verifies the code as printed, in any case and spacing, showing every printed field', async () => {
    const shell = new ShellPage(page);
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/competences/verify`);
    await expectText(shell.heading(), 'Verifica un attestato');
    await page.getByRole('button', { name: 'Verifica il codice' }).click();
    await expectText(
      page.locator('#verify-code-error'),
      'Scrivi il codice stampato sull’attestato oppure scegli il file PDF.',
    );
    await certificates.verifyCode(` ${firstCode.toLowerCase().replace(/-/g, ' ')} `);
    await expectTextContaining(certificates.verdict(), `Attestato n. ${firstNumber} valido`);
    const result = certificates.verifyResult();
    const snapshot = (await must('certificates.verify', { code: firstCode })).certificate?.snapshot;
    const person = snapshot?.person;
    expect(person).toBeDefined();
    await expectTextContaining(result, person?.lastName ?? '?');
    await expectTextContaining(result, person?.firstName ?? '?');
    await expectTextContaining(result, 'Cooperativa Il Ponte');
    await expectTextContaining(result, 'Maria Rossi, Presidente');
    await expectTextContaining(result, 'Donne al centro');
    await expectTextContaining(result, 'FAMI 2021-2027');
    for (const competence of snapshot?.competences ?? []) {
      await expectTextContaining(result, competence.code);
      await expectTextContaining(result, competence.title);
    }
    await expectTextContaining(result, 'Corso – Fare associazione');
    await expectTextContaining(result, 'Osservazione');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('verify-verdict');
    await shot('verify-code');
    expect(await axeProblems()).toEqual([]);

    // In English, the same answer with English labels (the printed values stay as printed).
    await shell.switchLanguage('English');
    await expectText(shell.heading(), 'Verify a certificate');
    await expectTextContaining(certificates.verdict(), `Certificate no. ${firstNumber} is valid`);
    await expectTextContaining(result, 'Issuing body');
    await expectTextContaining(result, 'Observation');
    await shot('verify-en');
    await shell.switchLanguage('Italiano');

    // What a QR code scanner types.
    await certificates.verifyCode(
      `PERCORSI-ATTESTATO:${firstNumber}:${firstCode}:0123456789abcdef`,
    );
    await expectTextContaining(certificates.verdict(), `Attestato n. ${firstNumber} valido`);

    await certificates.verifyCode('ZZZZ-ZZZZ-ZZZZ');
    await expectTextContaining(certificates.verdict(), 'Nessun attestato con questo codice');
    await expectCount(page.locator('.printed-fields'), 0);
  });

  it('verifies the downloaded PDF as identical, and exposes an edited copy', async () => {
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/competences/verify`);
    await certificates.verifyFile({ name: 'attestato.pdf', buffer: firstPdf });
    await expectTextContaining(certificates.verdict(), `Attestato n. ${firstNumber} valido`);
    await expectTextContaining(
      certificates.fileCheck(),
      'è identico, byte per byte, a quello emesso',
    );
    await shot('verify-file');

    const edited = Buffer.from(firstPdf);
    const at = edited.indexOf('/Title');
    edited.write('/Titlf', at, 'latin1');
    await certificates.verifyFile({ name: 'attestato-modificato.pdf', buffer: edited });
    await expectTextContaining(certificates.fileCheck(), 'non è identico a quello emesso');
    await expectTextContaining(certificates.fileCheck(), 'Confronta ogni campo');
    await expectTextContaining(certificates.verifyResult(), 'Maria Rossi, Presidente');
  });

  it('revokes a certificate in the registry with a required reason; Verify then says revoked', async () => {
    const shell = new ShellPage(page);
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/competences/certificates`);
    await expectText(shell.heading(), 'Registro degli attestati');
    await expectCount(certificates.registryRows(), 3);
    await page.locator('#certificates-query').fill(firstCode.toLowerCase());
    await expectCount(certificates.registryRows(), 1);
    const row = certificates.row(firstNumber);
    await expectTextContaining(row, 'In vigore');
    await shot('registry');
    expect(await axeProblems()).toEqual([]);
    await row.getByRole('button', { name: `Revoca l’attestato ${firstNumber}` }).click();
    const dialog = certificates.dialog();
    await dialog.getByRole('button', { name: 'Revoca l’attestato' }).click();
    await expectText(page.locator('#revoke-reason-error'), 'Campo obbligatorio.');
    await page.locator('#revoke-reason').fill('Dati anagrafici errati');
    await shot('revoke', false);
    expect(await axeProblems()).toEqual([]);
    await dialog.getByRole('button', { name: 'Revoca l’attestato' }).click();
    await expectCount(dialog, 0);
    await expectTextContaining(
      page.getByRole('status').filter({ hasText: 'revocato' }),
      `Attestato ${firstNumber} revocato.`,
    );
    await expectTextContaining(row, 'Revocato');
    await expectTextContaining(row, 'Dati anagrafici errati');
    await expectCount(row.getByRole('button', { name: /Revoca/ }), 0);

    await page.locator('#certificates-query').fill('');
    await page.locator('#certificates-status').selectOption({ label: 'Revocato' });
    await expectCount(certificates.registryRows(), 1);

    await page.goto(`${app.baseUrl}#/competences/verify`);
    await certificates.verifyCode(firstCode);
    await expectTextContaining(certificates.verdict(), `Attestato n. ${firstNumber} revocato il`);
    await expectTextContaining(certificates.verdict(), 'Motivo: Dati anagrafici errati');
    await shot('verify-revoked');
  });

  it('reissues a certificate with a new number, and Verify of the old one points to it', async () => {
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/competences/certificates`);
    await page.locator('#certificates-status').selectOption({ label: 'In vigore' });
    await expectCount(certificates.registryRows(), 2);
    const row = certificates.registryRows().first();
    const number = (await row.locator('th .mono').first().innerText()).trim();
    const code = (await row.locator('th .mono').nth(1).innerText()).trim();
    await row.getByRole('button', { name: `Riemetti l’attestato ${number}` }).click();
    await certificates
      .dialog()
      .getByRole('button', { name: 'Riemetti con un nuovo numero' })
      .click();
    const notice = page.getByRole('status').filter({ hasText: 'sostituito' });
    await expectTextContaining(notice, `Attestato ${number} sostituito: il nuovo numero è`);
    const newNumber = /è (\d{4}\/\d{4})/.exec(await notice.innerText())?.[1] ?? '';
    expect(newNumber).not.toBe('');
    expect(newNumber).not.toBe(number);
    await page.locator('#certificates-status').selectOption({ label: 'Sostituito' });
    await expectTextContaining(certificates.row(number), `dal n. ${newNumber}`);
    await expectCount(certificates.row(number).getByRole('button', { name: /Riemetti/ }), 0);

    await page.goto(`${app.baseUrl}#/competences/verify`);
    await certificates.verifyCode(code);
    await expectText(
      certificates.verdict(),
      `✗ Attestato n. ${number} sostituito dal n. ${newNumber}: non è più in vigore.`,
    );
  });

  it('issues one certificate from the person’s page and downloads it', async () => {
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/participants/${firstPerson.id}`);
    const section = certificates.personSection();
    // The revoked certificate's records can be printed again.
    await expectTextContaining(section, 'Revocato');
    await expectCount(section.getByRole('checkbox'), 2);
    await section.getByRole('checkbox').first().uncheck();
    await section.getByRole('radio', { name: 'Inglese' }).check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Emetti e scarica (1 competenza)' }).click(),
    ]);
    const file = path.join(work, download.suggestedFilename());
    writeFileSync(file, readFileSync(await download.path()));
    expect(download.suggestedFilename()).toMatch(/^attestato-\d{4}-\d{4}\.pdf$/);
    const text = pdfText(file);
    expect(text).toContain(firstPerson.name.split(' ')[0]);
    await expectTextContaining(section.getByRole('status'), 'emesso');
    // One record remains to certify; the new certificate is in the list, in English.
    await expectCount(section.getByRole('checkbox'), 1);
    await expectTextContaining(section.locator('.certificates-table'), 'Inglese');
    await shot('person');
    expect(await axeProblems('section.person-certificates')).toEqual([]);
  });
  it('cancels a long batch: what was issued stays, with its ZIP, and the rest can be issued later', async () => {
    const many = 200;
    const big = await seedCourse(
      projectId,
      'Fare associazione – seconda edizione',
      Array.from({ length: many }, (_, i) => ({
        firstName: `Persona${i}`,
        lastName: 'Prova',
        present: true,
      })),
    );
    const certificates = new CertificatesPage(page);
    await page.goto(`${app.baseUrl}#/courses/${big.courseId}`);
    const section = certificates.batchSection();
    await section.getByRole('button', { name: `Emetti ${many} attestati` }).click();
    await section.getByRole('button', { name: 'Annulla l’emissione' }).click();
    await expectTextContaining(certificates.batchOutcome(), 'Emissione annullata:');
    const outcome = await certificates.batchOutcome().innerText();
    const issued = Number(new RegExp(`: (\\d+) di ${many}`).exec(outcome)?.[1]);
    expect(issued).toBeGreaterThan(0);
    expect(issued).toBeLessThan(many);
    expect(await certificates.progressBar().getAttribute('value')).toBe(String(issued));
    expect(await certificates.progressBar().getAttribute('max')).toBe(String(many));
    await shot('batch-cancelled');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Scarica lo ZIP' }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    expect(Object.keys(zip.files)).toHaveLength(issued + 1);
    const inRegistry = await must('certificates.list', { courseId: big.courseId, query: '' });
    expect(inRegistry).toHaveLength(issued);

    await section.getByRole('button', { name: 'Nuova emissione' }).click();
    await expectTextContaining(
      section.getByRole('button', { name: /^Emetti/ }),
      `Emetti ${many - issued} attestati`,
    );
  }, 120_000);

  it('shows an administrator the registry and Verify, without issuing, revoking or downloading', async () => {
    const shell = new ShellPage(page);
    const certificates = new CertificatesPage(page);
    await app.signInAs(ADMIN);
    await page.goto(`${app.baseUrl}#/competences/certificates`);
    await page.reload();
    await expectTextContaining(page.locator('header'), ADMIN.displayName);
    await expectText(shell.heading(), 'Registro degli attestati');
    const course = page.locator('#certificates-course');
    await expectCount(course.locator('option'), 3);
    await course.selectOption({ label: 'Fare associazione' });
    await expectCount(certificates.registryRows(), 5);
    await expectCount(page.locator('.certificates-table button'), 0);
    await page.goto(`${app.baseUrl}#/competences/verify`);
    await certificates.verifyCode(firstCode);
    await expectTextContaining(certificates.verdict(), 'revocato');
    await page.goto(`${app.baseUrl}#/courses/${courseId}`);
    await expectText(shell.heading(), 'Fare associazione');
    await expectCount(certificates.batchSection(), 0);
    await page.goto(`${app.baseUrl}#/participants/${firstPerson.id}`);
    await expectTextContaining(certificates.personSection(), 'Revocato');
    await expectCount(certificates.personSection().getByRole('checkbox'), 0);
    await app.signInAs(coordinator);
  });
});
