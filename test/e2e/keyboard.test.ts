import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { expectText, expectTextContaining } from './expectations';
import { startE2eApp, type Account, type E2eApp } from './harness';
import { AttendancePage } from './pages/AttendancePage';
import { PathwayPage } from './pages/PathwayPage';
import { ShellPage } from './pages/ShellPage';

/**
 * DESIGN §5: every screen usable by keyboard alone. The trainer's register and the
 * counselor's meeting log are walked with Tab, typing, Enter, Space and arrows only;
 * at each step the focused element is the expected one and shows a focus ring.
 */
let app: E2eApp;
let trainer: Account;
let counselor: Account;
let sessionId = 0;
let pathwayId = 0;
// The register lists people by surname.
const COURSE_PEOPLE = [
  ['Kofi', 'Mensah'],
  ['Nadia', 'Rahimi'],
  ['Selam', 'Tesfaye'],
] as const;
const coursePersonIds: number[] = [];

async function must<T>(
  promise: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>,
): Promise<T> {
  const result = await promise;
  if (!result.ok) throw new Error(result.error.code);
  return result.data;
}

beforeAll(async () => {
  app = await startE2eApp();
  trainer = await app.createUser('trainer', 'tommaso.formatore', 'Tommaso Neri');
  counselor = await app.createUser('counselor', 'lucia.orientatrice', 'Lucia Gallo');
  const trainerId =
    (await must(app.call('users.list', {}))).find((u) => u.username === trainer.username)?.id ?? 0;
  const project = await must(
    app.call('projects.create', {
      data: {
        code: 'TAST-2026',
        title: 'Tastiera per tutti',
        funder: 'FAMI',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        leadOrganisation: 'Cooperativa Il Ponte',
        partners: [],
        territories: ['Brescia'],
        targets: [{ indicator: 'participants_total', value: 10, unit: 'people' }],
      },
    }),
  );
  const course = await must(
    app.call('courses.create', {
      data: {
        projectId: project.id,
        track: 'job_placement',
        title: 'Comunicare sul lavoro',
        mode: 'in_person',
        plannedHours: 4,
        startDate: '2026-03-01',
        endDate: '2026-03-31',
        trainerIds: [trainerId],
      },
    }),
  );
  for (const [i, [firstName, lastName]] of COURSE_PEOPLE.entries()) {
    const person = await app.seed(
      validParticipant({
        firstName,
        lastName,
        codiceFiscale: undefined,
        birthDate: `1991-06-${String(i + 10).padStart(2, '0')}`,
      }),
    );
    coursePersonIds.push(person.id);
    await must(app.call('enrolments.add', { courseId: course.id, participantId: person.id }));
  }
  // Two sessions of two hours: the register opened is the first one's.
  for (const date of ['2026-03-17', '2026-03-10']) {
    const session = await must(
      app.call('sessions.create', {
        courseId: course.id,
        data: { date, startTime: '09:00', endTime: '11:00' },
      }),
    );
    sessionId = session.id;
  }
  // The counselor's own case.
  await app.signInAs(counselor);
  const person = await app.seed(
    validParticipant({
      firstName: 'Rahel',
      lastName: 'Haile',
      birthDate: '1995-09-21',
      codiceFiscale: undefined,
    }),
  );
  pathwayId = (
    await must(
      app.call('pathways.create', {
        participantId: person.id,
        track: 'job_placement',
        openedOn: '2026-02-02',
      }),
    )
  ).id;
  await app.signOut();
});
afterAll(async () => {
  await app.close();
});

/** What has focus, for failure messages: tag, id and the text that names it. */
function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '(nothing: body)';
    const labelledBy = el.getAttribute('aria-labelledby');
    const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
    const text =
      el.getAttribute('aria-label') ??
      (labelledBy
        ? labelledBy
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' ')
        : null) ??
      labels?.[0]?.textContent ??
      (el as HTMLElement).innerText;
    const name = text.replace(/\s+/g, ' ').trim().slice(0, 60);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${name}"`;
  });
}

/**
 * The focused element matches :focus-visible and draws an outline or a box shadow. The
 * register's status radios are drawn as buttons: the input itself is transparent and its
 * ring is on the text beside it.
 */
async function expectFocusRing(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { visible: false, style: 'nothing focused' };
    const drawn = getComputedStyle(el).opacity === '0' ? el.nextElementSibling : el;
    if (!drawn) return { visible: false, style: 'transparent, with nothing drawn beside it' };
    const style = getComputedStyle(drawn);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none';
    const focusVisible = el.matches(':focus-visible');
    return {
      visible: focusVisible && (outline || shadow),
      style: `:focus-visible ${focusVisible}, outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}`,
    };
  });
  expect(ring.visible, `no visible focus on ${await describeFocus(page)} (${ring.style})`).toBe(
    true,
  );
}

function isFocused(target: Locator): Promise<boolean> {
  return target.evaluateAll((els) => els.some((el) => el === document.activeElement));
}

/** The element the locator finds gets focus (waiting briefly) and shows it. */
async function expectFocus(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(async () => ((await isFocused(target)) ? 'focused' : await describeFocus(page)), {
      timeout: 5_000,
      message: `expected focus on ${target.toString()}`,
    })
    .toBe('focused');
  await expectFocusRing(page);
}

/**
 * After navigation focus starts on the new page's title. The title is a starting point for
 * the next Tab, not a control, and draws no ring by design (h1:focus in ui/styles.css).
 */
async function expectTitleFocus(page: Page, title: string): Promise<void> {
  await expectText(new ShellPage(page).heading(), title);
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.id ?? ''), { timeout: 5_000 })
    .toBe('page-title');
}

/** Presses one key, then focus must be on the target. */
async function press(page: Page, key: string, target: Locator): Promise<void> {
  await page.keyboard.press(key);
  await expectFocus(page, target);
}

/** Presses Tab (or Shift+Tab) until the target has focus; fails listing where focus went. */
async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 20 } = {},
): Promise<void> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const visited: string[] = [];
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) {
      await expectFocusRing(page);
      return;
    }
    visited.push(await describeFocus(page));
  }
  throw new Error(
    `${target.toString()} not reached in ${max} presses of ${key}; focus went to:\n  ${visited.join('\n  ')}`,
  );
}

async function signIn(page: Page, account: Account): Promise<void> {
  await expectText(page.locator('h1'), 'Accedi');
  await expectFocus(page, page.locator('#login-username'));
  await page.keyboard.type(account.username);
  await press(page, 'Tab', page.locator('#login-password'));
  await page.keyboard.type(account.password);
  await press(page, 'Tab', page.getByRole('button', { name: 'Accedi', exact: true }));
  await page.keyboard.press('Enter');
  await expectText(new ShellPage(page).heading(), 'Partecipanti');
}

describe('by keyboard alone', () => {
  it('a trainer signs in, opens a session of their course and records attendance', async () => {
    const { page } = await app.open();
    const shell = new ShellPage(page);
    const grid = new AttendancePage(page);
    await signIn(page, trainer);

    // The first Tab offers the skip link, and it shows.
    await press(page, 'Tab', page.getByRole('link', { name: 'Vai al contenuto' }));
    await tabTo(page, shell.navLink('Corsi'), { max: 8 });
    await page.keyboard.press('Enter');
    await expectTitleFocus(page, 'Corsi');

    const courseLink = page.getByRole('link', { name: 'Comunicare sul lavoro', exact: true });
    await press(page, 'Tab', courseLink);
    await page.keyboard.press('Enter');
    await expectTitleFocus(page, 'Comunicare sul lavoro');

    // Past the course's tabs and the calendar's buttons, the first session's register.
    await tabTo(page, page.getByRole('link', { name: 'Registra presenze' }).first(), { max: 8 });
    await page.keyboard.press('Enter');
    await expectTitleFocus(page, 'Registro presenze');

    // Past the sign-in sheet and "all present", the grid is one tab stop.
    await press(page, 'Tab', page.getByRole('button', { name: 'Foglio firme' }));
    await press(page, 'Tab', page.getByRole('button', { name: 'Tutti presenti' }));
    const [mensah, rahimi, tesfaye] = coursePersonIds;
    await press(page, 'Tab', page.locator(`#att-${mensah}-present`));
    // Space checks the focused status; letters set it and the arrows move between people.
    await press(page, 'Space', page.locator(`#att-${mensah}-present`));
    expect(await grid.checkedStatus('Mensah Kofi')).toBe('present');
    await press(page, 'ArrowDown', page.locator(`#att-${rahimi}-present`));
    await page.keyboard.press('a');
    await expectFocus(page, page.locator(`#att-${rahimi}-absent`));
    expect(await grid.checkedStatus('Rahimi Nadia')).toBe('absent');
    await press(page, 'ArrowDown', page.locator(`#att-${tesfaye}-present`));
    // Late: focus moves on to the hours attended.
    await page.keyboard.press('l');
    await expectFocus(page, page.locator(`#att-${tesfaye}-hours`));
    await page.keyboard.type('1,5');
    expect(await grid.hours('Tesfaye Selam').inputValue()).toBe('1,5');
    await expectText(grid.saveState(), 'Modifiche non ancora salvate.');

    await press(page, 'Tab', page.getByRole('link', { name: 'Riepilogo presenze' }));
    const save = page.getByRole('button', { name: 'Salva le presenze' });
    await press(page, 'Tab', save);
    await page.keyboard.press('Enter');
    await expectText(grid.saveState(), 'Presenze salvate (3 persone).');
    await expectFocus(page, save);

    const sheet = await must(app.call('attendance.get', { sessionId }));
    const stored = Object.fromEntries(
      sheet.rows.map((r) => [r.participantId, { status: r.status, minutes: r.minutes }]),
    );
    expect(stored).toEqual({
      [mensah ?? 0]: { status: 'present', minutes: 120 },
      [rahimi ?? 0]: { status: 'absent', minutes: 0 },
      [tesfaye ?? 0]: { status: 'late', minutes: 90 },
    });

    // Signing out is in the header, back through the page.
    await tabTo(page, page.getByRole('button', { name: 'Esci' }), { backwards: true, max: 12 });
    await page.keyboard.press('Enter');
    await expectText(page.locator('h1'), 'Accedi');
    await expectFocus(page, page.locator('#login-username'));
  });

  it('a counselor signs in, opens a pathway from their caseload and logs a meeting', async () => {
    await app.signOut();
    const { page } = await app.open();
    const shell = new ShellPage(page);
    const pathway = new PathwayPage(page);
    await signIn(page, counselor);

    await tabTo(page, shell.navLink('Percorsi individuali'), { max: 10 });
    await page.keyboard.press('Enter');
    await expectTitleFocus(page, 'Percorsi individuali');
    // Past the page's buttons and the two filters, the first card lists the open pathways.
    await tabTo(
      page,
      pathway.card('Percorsi aperti').getByRole('link', { name: 'Haile Rahel', exact: true }),
      { max: 6 },
    );
    await page.keyboard.press('Enter');
    await expectTitleFocus(page, 'Percorso di Haile Rahel');

    // The table of contents takes focus to the section's title.
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Sezioni del percorso' }).getByRole('link', {
        name: 'Colloqui',
        exact: true,
      }),
      { max: 4 },
    );
    await page.keyboard.press('Enter');
    await expectFocus(page, page.locator('#pathway-meetings-title'));

    const date = page.locator('#meeting-date');
    await press(page, 'Tab', date);
    // An Italian machine: gg/mm/aaaa, each part typed in turn.
    await page.keyboard.type('03032026');
    expect(await date.inputValue()).toBe('2026-03-03');
    // Tab walks the rest of the date's parts first.
    const kind = page.locator('#meeting-kind');
    await tabTo(page, kind, { max: 4 });
    await page.keyboard.press('ArrowDown');
    expect(await kind.inputValue()).toBe('phone');
    const duration = page.locator('#meeting-durationMinutes');
    await press(page, 'Tab', duration);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('50');
    // The next appointment is left empty: its parts and its calendar button, then the notes.
    const notes = page.locator('#meeting-notes');
    await tabTo(page, notes, { max: 5 });
    await page.keyboard.type('Ha portato il curriculum.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Prossima volta: lettera di presentazione.');
    await press(page, 'Tab', page.locator('#meeting-nextSteps'));
    await page.keyboard.type('Cercare annunci a Brescia');
    const save = pathway.button('Salva il colloquio');
    await press(page, 'Tab', save);
    await page.keyboard.press('Enter');

    await expect.poll(() => pathway.meetings().count()).toBe(1);
    const meeting = pathway.meetings().first();
    await expectTextContaining(meeting, '03/03/2026 · Telefonico · 50 min');
    await expectText(
      meeting.locator('.meeting-notes'),
      'Ha portato il curriculum.\nProssima volta: lettera di presentazione.',
    );
    await expectTextContaining(meeting, 'Cercare annunci a Brescia');
    await expectText(pathway.section('Colloqui').getByRole('status'), 'Colloquio registrato.');
    // Focus stays where it was, on a form emptied for the next meeting.
    await expectFocus(page, save);
    expect(await notes.inputValue()).toBe('');

    const stored = await must(app.call('pathways.get', { id: pathwayId }));
    expect(stored.meetings).toHaveLength(1);
    expect(stored.meetings[0]).toMatchObject({
      date: '2026-03-03',
      kind: 'phone',
      durationMinutes: 50,
      notes: 'Ha portato il curriculum.\nProssima volta: lettera di presentazione.',
      nextSteps: 'Cercare annunci a Brescia',
    });
  });
});
