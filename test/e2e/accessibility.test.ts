import { AxeBuilder } from '@axe-core/playwright';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { ADMIN, startE2eApp, type Account, type E2eApp } from './harness';

/**
 * DESIGN §5: axe-core over every main screen, in Italian and in English, as the role
 * that uses it — no serious or critical violation.
 */
let app: E2eApp;
let coordinator: Account;
let counselor: Account;
const ids: Record<string, number> = {};

async function must<T>(
  promise: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
}

beforeAll(async () => {
  app = await startE2eApp();
  coordinator = await app.createUser('coordinator', 'carla.coord', 'Carla Coordinatrice');
  counselor = await app.createUser('counselor', 'olga.oper', 'Olga Operatrice');
  const trainer = await app.createUser('trainer', 'tina.form', 'Tina Formatrice');
  await must(
    app.call('settings.update', {
      organisation: {
        name: 'Cooperativa Il Ponte',
        signatoryName: 'Anna Bianchi',
        signatoryRole: 'Presidente',
      },
      inactivityMinutes: 15,
    }),
  );
  const trainerId =
    (await must(app.call('users.list', {}))).find((u) => u.username === trainer.username)?.id ?? 0;
  await app.signInAs(counselor);
  const person = await app.seed(validParticipant());
  ids.person = person.id;
  ids.pathway = (
    await must(
      app.call('pathways.create', {
        participantId: person.id,
        track: 'association',
        openedOn: '2026-01-10',
      }),
    )
  ).id;
  await app.signInAs(coordinator);
  ids.project = (
    await must(
      app.call('projects.create', {
        data: {
          code: 'A11Y-1',
          title: 'Donne al centro',
          funder: 'FAMI',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          leadOrganisation: 'Cooperativa Il Ponte',
          partners: [],
          territories: ['Torino'],
          targets: [{ indicator: 'participants_total', value: 20, unit: 'people' }],
        },
      }),
    )
  ).id;
  ids.course = (
    await must(
      app.call('courses.create', {
        data: {
          projectId: ids.project,
          track: 'association',
          title: 'Fare associazione',
          mode: 'in_person',
          plannedHours: 4,
          startDate: '2026-02-01',
          endDate: '2026-03-31',
          trainerIds: [trainerId],
        },
      }),
    )
  ).id;
  await must(app.call('enrolments.add', { courseId: ids.course, participantId: person.id }));
  ids.session = (
    await must(
      app.call('sessions.create', {
        courseId: ids.course,
        data: { date: '2026-02-10', startTime: '09:00', endTime: '11:00' },
      }),
    )
  ).id;
  // A project over long ago: its people are past retention, one still with an open pathway.
  await app.signInAs(ADMIN);
  const oldProject = (
    await must(
      app.call('projects.create', {
        data: {
          code: 'OLD-15',
          title: 'Corsi 2015',
          funder: 'FAMI',
          startDate: '2014-01-01',
          endDate: '2015-12-31',
          leadOrganisation: 'Cooperativa Il Ponte',
          retentionYears: 5,
        },
      }),
    )
  ).id;
  const oldCourse = (
    await must(
      app.call('courses.create', {
        data: {
          projectId: oldProject,
          track: 'job_placement',
          title: 'Corso 2015',
          mode: 'in_person',
          plannedHours: 4,
          startDate: '2015-03-01',
          endDate: '2015-06-30',
        },
      }),
    )
  ).id;
  // Registered by the counselor, who follows one of them still.
  await app.signInAs(counselor);
  for (const [key, firstName, lastName] of [
    ['past', 'Mariam', 'Traoré'],
    ['pastBlocked', 'Samuel', 'Mensah'],
  ] as const) {
    ids[key] = (
      await app.seed(
        validParticipant({
          firstName,
          lastName,
          codiceFiscale: undefined,
          birthDate: '1980-05-05',
        }),
      )
    ).id;
    await must(app.call('enrolments.add', { courseId: oldCourse, participantId: ids[key] }));
  }
  await must(
    app.call('pathways.create', {
      participantId: ids.pastBlocked ?? 0,
      track: 'job_placement',
      openedOn: '2026-01-12',
    }),
  );
  await app.signInAs(ADMIN);
});
afterAll(async () => {
  await app.close();
});

interface Screen {
  name: string;
  hash: () => string;
  as: () => Account;
  /** Text that shows the screen has loaded. */
  ready: string;
  /** Brings the screen to the state to check (a file read, a dialog open), once it is ready. */
  prepare?: (page: Page, language: Language) => Promise<void>;
}

type Language = 'Italiano' | 'English';

/** A register with Italian headers; `known` adds the consent columns the screen matches by itself. */
async function register(rows: ExcelJS.CellValue[][], known = true): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Iscritti');
  sheet.addRow([
    'Cognome',
    'Nome',
    'Sesso',
    'Data di nascita',
    known ? 'Paese di nascita' : 'Paese d’origine',
    'Cittadinanza',
    ...(known ? ['Data consenso', 'Base giuridica', 'Finalità'] : []),
  ]);
  const consent = known ? ['10/01/2025', 'consenso', 'erogazione del servizio'] : [];
  for (const row of rows) sheet.addRow([...row, ...consent]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The import screen with a file read (by its controls, whatever the language). */
async function readRegister(page: Page, file: Buffer): Promise<void> {
  await page.locator('#import-file').setInputFiles({
    name: 'iscritti.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: file,
  });
  await page.locator('form.import-file button[type="submit"]').click();
  await page.locator('.import-preview tbody tr').first().waitFor();
}

const NEW_PEOPLE: Record<Language, ExcelJS.CellValue[][]> = {
  Italiano: [['Okonkwo', 'Ngozi', 'F', '12/03/1995', 'Nigeria', 'nigeriana']],
  English: [['Hossain', 'Rafiq', 'M', '02/11/1988', 'Bangladesh', 'Bangladesh']],
};

const SCREENS: Screen[] = [
  { name: 'participant list', hash: () => '#/participants', as: () => ADMIN, ready: 'h1' },
  {
    name: 'participant page: data protection',
    hash: () => `#/participants/${ids.person}`,
    as: () => ADMIN,
    ready: 'section.person-privacy .privacy-actions button >> nth=1',
  },
  {
    name: 'data protection: export done',
    hash: () => `#/participants/${ids.person}`,
    as: () => ADMIN,
    ready: 'section.person-privacy .privacy-actions button >> nth=1',
    prepare: async (page) => {
      await page.locator('section.person-privacy .privacy-actions button').first().click();
      await page.locator('.privacy-status .privacy-again').waitFor();
    },
  },
  {
    name: 'data protection: anonymisation blocked',
    hash: () => `#/participants/${ids.person}`,
    as: () => ADMIN,
    ready: 'section.person-privacy .privacy-actions button >> nth=1',
    prepare: async (page) => {
      await page.locator('section.person-privacy .privacy-actions button').nth(1).click();
      await page.locator('dialog.dialog[open] .erasure-blockers').waitFor();
    },
  },
  {
    name: 'data protection: anonymisation confirmation',
    hash: () => `#/participants/${ids.past}`,
    as: () => ADMIN,
    ready: 'section.person-privacy .privacy-actions button >> nth=1',
    prepare: async (page) => {
      await page.locator('section.person-privacy .privacy-actions button').nth(1).click();
      await page.locator('dialog.dialog[open] #erasure-confirm').waitFor();
    },
  },
  {
    name: 'participant page',
    hash: () => `#/participants/${ids.person}`,
    as: () => coordinator,
    ready: 'h1',
  },
  {
    name: 'new participant form',
    hash: () => '#/participants/new',
    as: () => ADMIN,
    ready: 'form',
  },
  {
    name: 'import: choose a file',
    hash: () => '#/participants/import',
    as: () => coordinator,
    ready: '#import-file',
  },
  {
    name: 'import: matching with errors',
    hash: () => '#/participants/import',
    as: () => coordinator,
    ready: '#import-file',
    prepare: async (page, language) => {
      await readRegister(page, await register(NEW_PEOPLE[language], false));
      await page.locator('#import-check').click();
      await page.locator('#import-column-birthCountry-error').waitFor();
    },
  },
  {
    name: 'import: report of the check',
    hash: () => '#/participants/import',
    as: () => coordinator,
    ready: '#import-file',
    prepare: async (page) => {
      await readRegister(
        page,
        await register([
          // The person already registered, and a row with mistakes.
          ['Diallo', 'Aïcha', 'F', '03/04/1990', 'Senegal', 'senegalese'],
          ['Mensah', 'Kofi', 'boh', 'ieri', 'Ghana', 'Ghana'],
        ]),
      );
      await page.locator('#import-course').selectOption(String(ids.course));
      await page.locator('#import-check').click();
      await page.locator('#import-problems tbody tr').first().waitFor();
      await page.locator('#import-duplicates tbody tr').first().waitFor();
    },
  },
  {
    name: 'import: done',
    hash: () => '#/participants/import',
    as: () => coordinator,
    ready: '#import-file',
    prepare: async (page, language) => {
      await readRegister(page, await register(NEW_PEOPLE[language]));
      await page.locator('#import-course').selectOption(String(ids.course));
      await page.locator('#import-check').click();
      await page.locator('#import-commit').click();
      await page.locator('#import-done-title').waitFor();
    },
  },
  { name: 'course list', hash: () => '#/courses', as: () => coordinator, ready: 'h1' },
  {
    name: 'course page',
    hash: () => `#/courses/${ids.course}`,
    as: () => coordinator,
    ready: 'h1',
  },
  {
    name: 'attendance grid',
    hash: () => `#/courses/${ids.course}/sessions/${ids.session}`,
    as: () => coordinator,
    ready: 'h1',
  },
  { name: 'projects', hash: () => '#/courses/projects', as: () => coordinator, ready: 'h1' },
  { name: 'caseload home', hash: () => '#/pathways', as: () => counselor, ready: 'h1' },
  {
    name: 'pathway page',
    hash: () => `#/pathways/${ids.pathway}`,
    as: () => counselor,
    ready: 'h1',
  },
  { name: 'competence framework', hash: () => '#/competences', as: () => coordinator, ready: 'h1' },
  {
    name: 'certificate registry',
    hash: () => '#/competences/certificates',
    as: () => coordinator,
    ready: 'h1',
  },
  { name: 'verify', hash: () => '#/competences/verify', as: () => coordinator, ready: 'h1' },
  { name: 'dashboard', hash: () => '#/reports', as: () => coordinator, ready: 'h1' },
  { name: 'new pathway form', hash: () => '#/pathways/new', as: () => counselor, ready: 'h1' },
  {
    name: 'volunteer insurance',
    hash: () => '#/pathways/insurance',
    as: () => coordinator,
    ready: 'h1',
  },
  { name: 'settings: profile', hash: () => '#/settings/profile', as: () => ADMIN, ready: 'h1' },
  {
    name: 'settings: organisation',
    hash: () => '#/settings/organisation',
    as: () => ADMIN,
    ready: 'h1',
  },
  { name: 'settings: users', hash: () => '#/settings/users', as: () => ADMIN, ready: 'h1' },
  { name: 'settings: audit', hash: () => '#/settings/audit', as: () => ADMIN, ready: 'h1' },
  { name: 'settings: backups', hash: () => '#/settings/backups', as: () => ADMIN, ready: 'h1' },
  { name: 'settings: services', hash: () => '#/settings/services', as: () => ADMIN, ready: 'h1' },
  {
    name: 'settings: retention',
    hash: () => '#/settings/retention',
    as: () => ADMIN,
    ready: '.retention-table tbody tr',
  },
  {
    name: 'settings: retention, confirmation',
    hash: () => '#/settings/retention',
    as: () => ADMIN,
    ready: '.retention-table tbody tr',
    prepare: async (page) => {
      await page.locator('.retention-table tbody input[type="checkbox"]:enabled').first().check();
      await page.locator('.retention-bulk button').click();
      await page.locator('dialog.dialog[open] #retention-confirm').waitFor();
    },
  },
];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact ?? ''} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('accessibility of every main screen', () => {
  for (const language of ['Italiano', 'English'] as const) {
    it(
      `has no serious or critical axe violation, in ${language}`,
      async () => {
        const found: Record<string, string[]> = {};
        let current: Account | null = null;
        let page: Page | null = null;
        for (const screen of SCREENS) {
          if (current !== screen.as()) {
            current = screen.as();
            await app.signInAs(current);
            page = (await app.open()).page;
            if (language === 'English') {
              await page.getByRole('button', { name: 'English', exact: true }).click();
            }
          }
          if (!page) throw new Error('no page');
          const address = `${app.baseUrl}${screen.hash()}`;
          // The same address again: through another screen, so this one starts afresh.
          if (page.url() === address) {
            await page.goto(`${app.baseUrl}#/participants`);
            await page.locator('h1').first().waitFor();
          }
          await page.goto(address);
          await page.locator(screen.ready).first().waitFor();
          if (screen.prepare) await screen.prepare(page, language);
          // Let data-driven sections finish loading before checking.
          await page.waitForLoadState('networkidle');
          found[screen.name] = await violations(page);
        }
        const failing = Object.entries(found).filter(([, list]) => list.length > 0);
        expect(failing, JSON.stringify(failing, null, 1)).toEqual([]);
        expect(Object.keys(found)).toHaveLength(SCREENS.length);
        // axe takes a few seconds a screen on a busy two-core machine.
      },
      SCREENS.length * 8_000,
    );
  }

  it('has no serious or critical axe violation on the sign-in screen', async () => {
    await app.signOut();
    const { page } = await app.open();
    await page.locator('form').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await app.signInAs(ADMIN);
  });
});
