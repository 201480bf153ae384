import { AxeBuilder } from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectCount, expectText, expectTextContaining } from './expectations';
import { startE2eApp, type E2eApp } from './harness';
import { ParticipantListPage } from './pages/ParticipantListPage';
import { SettingsPage } from './pages/SettingsPage';
import { ShellPage } from './pages/ShellPage';

let app: E2eApp;
let page: Page;
const ids = { person: 0, enrolment: 0, old: 0 };

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function must<T>(
  promise: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
}

async function project(code: string, start: string, end: string, retentionYears: number) {
  return (
    await must(
      app.call('projects.create', {
        data: {
          code,
          title: `Progetto ${code}`,
          funder: 'FAMI',
          startDate: start,
          endDate: end,
          leadOrganisation: 'Cooperativa Il Ponte',
          retentionYears,
        },
      }),
    )
  ).id;
}

async function course(projectId: number, title: string, start: string, end: string) {
  return (
    await must(
      app.call('courses.create', {
        data: {
          projectId,
          track: 'job_placement',
          title,
          mode: 'in_person',
          plannedHours: 4,
          startDate: start,
          endDate: end,
        },
      }),
    )
  ).id;
}

beforeAll(async () => {
  app = await startE2eApp();
  const current = await project('CUR-1', day(-100), day(100), 5);
  const running = await course(current, 'Italiano per il lavoro', day(-10), day(30));
  ids.person = (
    await app.seed(validParticipant({ email: 'aicha.prova@example.org', birthPlace: 'Dakar' }))
  ).id;
  ids.enrolment = (
    await must(app.call('enrolments.add', { courseId: running, participantId: ids.person }))
  ).id;
  // Someone whose only project ended long ago: the retention review lists them.
  const old = await project('OLD-1', '2014-01-01', '2015-12-31', 5);
  const oldCourse = await course(old, 'Corso 2015', '2015-03-01', '2015-06-30');
  ids.old = (
    await app.seed(
      validParticipant({ firstName: 'Mariam', lastName: 'Traoré', codiceFiscale: undefined }),
    )
  ).id;
  await must(app.call('enrolments.add', { courseId: oldCourse, participantId: ids.old }));
  ({ page } = await app.open());
});
afterAll(async () => {
  await app.close();
});

const section = () => page.locator('section.person-privacy');
const dialog = () => page.locator('dialog.dialog[open]');

async function axeProblems(): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** PERCORSI_SCREENSHOTS=/tmp/some-folder keeps pictures of the screens for a person to look at. */
async function shot(name: string): Promise<void> {
  const dir = process.env.PERCORSI_SCREENSHOTS;
  if (dir) await page.screenshot({ path: path.join(dir, `privacy-${name}.png`), fullPage: true });
}

describe('data-protection requests on the person’s page', () => {
  it('exports both files of the subject-access copy', async () => {
    await page.goto(`${app.baseUrl}#/participants/${ids.person}`);
    await expectText(section().locator('h2'), 'Protezione dei dati');
    const downloads: string[] = [];
    page.on('download', (download) => downloads.push(download.suggestedFilename()));
    await section().getByRole('button', { name: 'Esporta i dati (GDPR)' }).click();
    await expectTextContaining(section().locator('[role=status]'), 'Esportazione pronta');
    await expect
      .poll(() => [...downloads].sort())
      .toEqual([`dati-personali-${ids.person}.json`, `dati-personali-${ids.person}.pdf`]);
  });

  it('says what to do first while the person is in a running course', async () => {
    await section().getByRole('button', { name: 'Anonimizza' }).click();
    await expectText(dialog().locator('h2'), 'Anonimizzare Diallo Aïcha?');
    await expectTextContaining(dialog().locator('.erasure-blockers'), 'Italiano per il lavoro');
    await expectCount(dialog().getByRole('button', { name: 'Anonimizza definitivamente' }), 0);
    expect(await axeProblems()).toEqual([]);
    await shot('blocked');
    await page.keyboard.press('Escape');
    await expectCount(dialog(), 0);
  });

  it('anonymises after the confirmation that names what goes, and lists the label', async () => {
    await must(
      app.call('enrolments.setStatus', { id: ids.enrolment, status: 'withdrawn', date: day(0) }),
    );
    await section().getByRole('button', { name: 'Anonimizza' }).click();
    const removed = dialog().locator('ul[aria-labelledby=erasure-removed]');
    await expectTextContaining(removed, 'codice fiscale');
    await expectTextContaining(removed, 'indirizzo e-mail');
    await expectTextContaining(removed, 'luogo di nascita');
    await expectTextContaining(
      dialog().locator('ul[aria-labelledby=erasure-kept]'),
      '1 iscrizione a un corso',
    );
    await expectCount(dialog().locator('.erasure-blockers'), 0);
    await shot('confirmation');
    // Not ticked: the form says so and nothing happens.
    const submit = dialog().getByRole('button', { name: 'Anonimizza definitivamente' });
    await submit.click();
    await expectText(
      dialog().locator('#erasure-confirm-error'),
      'Conferma l’anonimizzazione per procedere.',
    );
    // By keyboard: focus the box, tick it with Space, submit with Enter on the button.
    await dialog().locator('#erasure-confirm').focus();
    await page.keyboard.press('Space');
    await submit.focus();
    await page.keyboard.press('Enter');
    await expectCount(dialog(), 0);
    await expectTextContaining(section().locator('.banner'), 'Persona anonimizzata il');
    await expectTextContaining(page.locator('h1'), 'Persona anonimizzata ANON-');
    await expectCount(section().getByRole('button', { name: 'Anonimizza' }), 0);
    // Erasure is final: the record offers no editing any more.
    await expectCount(page.locator('.page-actions').getByRole('link', { name: 'Modifica' }), 0);
    await shot('anonymised');

    await new ShellPage(page).navLink('Partecipanti').click();
    const list = new ParticipantListPage(page);
    await expectTextContaining(list.row('ANON-'), 'Persona anonimizzata ANON-');
    await list.search('Diallo');
    await expectCount(list.rows(), 0);
  });
});

describe('retention review in Impostazioni', () => {
  it('lists people past retention and anonymises the chosen ones after a confirmation', async () => {
    await page.goto(`${app.baseUrl}#/settings/profile`);
    const settings = new SettingsPage(page);
    await settings.openSection('Conservazione dei dati');
    await expectCount(settings.rows(), 1);
    await expectTextContaining(settings.row('Traoré'), 'OLD-1');
    expect(await axeProblems()).toEqual([]);
    await shot('retention');
    const bulk = settings.button('Anonimizza le persone scelte (0)');
    await bulk.click();
    await expectText(page.locator('#retention-selection-error'), 'Scegli almeno una persona.');
    await page.getByRole('checkbox', { name: 'Seleziona Traoré Mariam' }).check();
    await settings.button('Anonimizza le persone scelte (1)').click();
    await expectText(settings.dialog().locator('h2'), 'Anonimizzare 1 persona?');
    await expectText(settings.dialog().locator('ul'), 'Traoré Mariam');
    await settings.dialog().locator('#retention-confirm').check();
    await settings.button('Anonimizza definitivamente').click();
    await expectCount(settings.dialog(), 0);
    await expectText(page.locator('.notice'), '1 persona anonimizzata.');
    await expectText(
      page.locator('.empty'),
      'Nessuna persona ha superato il periodo di conservazione.',
    );
  });
});
