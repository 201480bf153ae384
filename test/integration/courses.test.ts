import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectFormValues } from '../../electron/features/projects/contract';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';

let app: TestApp;
let projectId: number;
let courseId: number;
const people: number[] = [];

const project: ProjectFormValues = {
  code: 'FAMI-PROG-1234',
  title: 'Donne al centro',
  funder: 'FAMI 2021-2027',
  fundingLine: 'OS2 – Integrazione',
  startDate: '2026-01-01',
  endDate: '2027-06-30',
  leadOrganisation: 'CSV di prova',
  partners: [{ name: 'Cooperativa Esempio', role: 'partner', territory: 'Torino' }],
  territories: ['Torino', 'Asti'],
  targets: [
    { indicator: 'participants_total', value: 300, unit: 'people' },
    { indicator: 'women_share', value: 80, unit: 'percent' },
  ],
};

beforeAll(async () => {
  app = await createTestApp();
  projectId = (await app.ok('projects.create', { data: project }, { as: 'coordinator' })).id;
  const course = await app.ok('courses.create', {
    data: {
      projectId,
      track: 'association',
      title: 'Fare associazione',
      location: 'Sala civica',
      mode: 'in_person',
      plannedHours: 30,
      startDate: '2026-03-01',
      endDate: '2026-06-30',
      trainerIds: [app.userIds.trainer],
    },
  });
  courseId = course.id;
  for (let i = 0; i < 12; i++) {
    const p = await app.ok(
      'participants.create',
      {
        data: validParticipant({
          firstName: `Persona${String.fromCharCode(65 + i)}`,
          codiceFiscale: '',
          birthDate: `1990-01-${String(i + 1).padStart(2, '0')}`,
        }),
      },
      { as: 'counselor' },
    );
    people.push(p.id);
    await app.ok('enrolments.add', { courseId, participantId: p.id, enrolledOn: '2026-02-20' });
  }
});
afterAll(() => app.close());

describe('projects and courses', () => {
  it('stores a project with partners, territories and targets, and refuses bad dates and codes', async () => {
    const read = await app.ok('projects.get', { id: projectId }, { as: 'coordinator' });
    expect(read).toMatchObject({
      code: 'FAMI-PROG-1234',
      partners: [{ name: 'Cooperativa Esempio', territory: 'Torino' }],
      territories: ['Asti', 'Torino'].sort(),
      targets: [
        { indicator: 'participants_total', value: 300 },
        { indicator: 'women_share', value: 80, unit: 'percent' },
      ],
      coordinatorIds: [app.userIds.coordinator],
    });
    const backwards = await app.call('projects.create', {
      data: { ...project, code: 'X-1', endDate: '2025-12-31' },
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { fields: { 'data.endDate': 'La fine deve venire dopo l’inizio.' } },
    });
    const dup = await app.call('projects.create', { data: project });
    expect(dup).toMatchObject({
      ok: false,
      error: { fields: { code: 'Esiste già un progetto con questo codice.' } },
    });
    const pct = await app.call('projects.create', {
      data: {
        ...project,
        code: 'X-2',
        targets: [{ indicator: 'women_share', value: 180, unit: 'percent' }],
      },
    });
    expect(pct.ok).toBe(false);
  });

  it('lists active trainers, names only, for those who plan courses', async () => {
    const trainers = await app.ok('users.trainers', {}, { as: 'coordinator' });
    expect(trainers).toEqual([{ id: app.userIds.trainer, displayName: 'Formatrice' }]);
  });

  it('lets only the project coordinators (and admins) manage it', async () => {
    const otherCoordinator = await app.call(
      'projects.update',
      { id: projectId, data: project },
      { as: 'admin' },
    );
    expect(otherCoordinator.ok).toBe(true);
    const trainer = await app.call(
      'courses.create',
      {
        data: {
          projectId,
          track: 'other',
          title: 'X',
          mode: 'online',
          plannedHours: 2,
          startDate: '2026-03-01',
          endDate: '2026-03-02',
        },
      },
      { as: 'trainer' },
    );
    expect(trainer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('sessions and calendar', () => {
  it('creates "every Tuesday 14:00–17:00 from 3 March for 10 weeks" skipping a holiday', async () => {
    const sessions = await app.ok(
      'sessions.createCalendar',
      {
        courseId,
        weekdays: [2],
        from: '2026-03-03',
        weeks: 10,
        startTime: '14:00',
        endTime: '17:00',
        skipDates: ['2026-04-07'],
        trainerId: app.userIds.trainer,
      },
      { as: 'trainer' },
    );
    expect(sessions).toHaveLength(9);
    expect(sessions[0]).toMatchObject({
      date: '2026-03-03',
      minutes: 180,
      status: 'planned',
      location: 'Sala civica',
    });
    expect(sessions.map((s) => s.date)).not.toContain('2026-04-07');
    expect(sessions.at(-1)?.date).toBe('2026-05-05');
  });

  it('refuses end before start, dates outside the course, and non-trainers', async () => {
    const backwards = await app.call('sessions.create', {
      courseId,
      data: { date: '2026-03-10', startTime: '17:00', endTime: '14:00' },
    });
    expect(backwards).toMatchObject({
      ok: false,
      error: { fields: { 'data.endTime': 'La fine deve venire dopo l’inizio.' } },
    });
    const outside = await app.call('sessions.create', {
      courseId,
      data: { date: '2026-07-01', startTime: '14:00', endTime: '17:00' },
    });
    expect(outside).toMatchObject({
      ok: false,
      error: { fields: { 'data.date': 'La data è fuori dal periodo del corso.' } },
    });
    const tooLong = await app.call('sessions.createCalendar', {
      courseId,
      weekdays: [1],
      from: '2026-06-01',
      weeks: 8,
      startTime: '09:00',
      endTime: '12:00',
    });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'validation' } });
    const counted = await app.ok('sessions.list', { courseId });
    expect(counted).toHaveLength(9);
    const notTrainer = await app.call(
      'sessions.create',
      {
        courseId,
        data: {
          date: '2026-03-12',
          startTime: '10:00',
          endTime: '12:00',
          trainerId: app.userIds.counselor,
        },
      },
      { as: 'coordinator' },
    );
    expect(notTrainer).toMatchObject({
      ok: false,
      error: {
        fields: { trainerId: 'L’utente scelto non è un formatore o una formatrice attiva.' },
      },
    });
  });
});

describe('enrolment and attendance', () => {
  it('refuses enrolling the same person twice', async () => {
    const again = await app.call('enrolments.add', { courseId, participantId: people[0] ?? 0 });
    expect(again).toMatchObject({
      ok: false,
      error: { fields: { participantId: 'Questa persona è già iscritta al corso.' } },
    });
    expect(await app.ok('enrolments.list', { courseId })).toHaveLength(12);
  });

  it('records a session in one transaction and computes rates, streaks and the threshold', async () => {
    const sessions = await app.ok('sessions.list', { courseId }, { as: 'trainer' });
    const [first, second, third] = sessions;
    if (!first || !second || !third) throw new Error('calendar missing');
    const sheet = await app.ok('attendance.get', { sessionId: first.id });
    expect(sheet.rows).toHaveLength(12);
    expect(sheet.rows.every((r) => r.status === null)).toBe(true);

    const everyone = people.map((participantId) => ({ participantId, status: 'present' as const }));
    expect(await app.ok('attendance.save', { sessionId: first.id, rows: everyone })).toEqual({
      saved: 12,
    });
    const [a, b, c] = people as [number, number, number];
    await app.ok('attendance.save', {
      sessionId: second.id,
      rows: [
        { participantId: a, status: 'late', minutes: 120 },
        { participantId: b, status: 'absent' },
        { participantId: c, status: 'excused' },
      ],
    });
    await app.ok('attendance.save', {
      sessionId: third.id,
      rows: [{ participantId: b, status: 'absent' }],
    });

    const summary = await app.ok('attendance.summary', { courseId });
    expect(summary.plannedMinutes).toBe(1800);
    const byId = new Map(summary.rows.map((r) => [r.participantId, r]));
    expect(byId.get(a)).toMatchObject({
      attendedMinutes: 300,
      heldMinutes: 540,
      consecutiveAbsences: 1,
    });
    expect(byId.get(a)?.rate).toBeCloseTo(300 / 540);
    expect(byId.get(b)).toMatchObject({
      attendedMinutes: 180,
      consecutiveAbsences: 2,
      thresholdMet: false,
    });
    expect(byId.get(c)).toMatchObject({ attendedMinutes: 180, consecutiveAbsences: 1 });
    // Re-saving replaces the mark, never duplicates it.
    await app.ok('attendance.save', {
      sessionId: third.id,
      rows: [{ participantId: b, status: 'present' }],
    });
    const again = await app.ok('attendance.summary', { courseId });
    expect(again.rows.find((r) => r.participantId === b)).toMatchObject({
      attendedMinutes: 360,
      consecutiveAbsences: 0,
    });
    const perPerson = await app.ok('attendance.forParticipant', { participantId: b });
    expect(perPerson).toEqual([
      expect.objectContaining({
        courseId,
        courseTitle: 'Fare associazione',
        attendedMinutes: 360,
        heldMinutes: 540,
        plannedMinutes: 1800,
        thresholdMet: false,
      }),
    ]);
    const held = (await app.ok('sessions.list', { courseId })).filter((s) => s.status === 'held');
    expect(held).toHaveLength(3);
  });

  it('refuses hours beyond the session, people not enrolled, late without hours — saving nothing', async () => {
    const sessions = await app.ok('sessions.list', { courseId }, { as: 'trainer' });
    const session = sessions[5];
    if (!session) throw new Error('calendar missing');
    const stranger = await app.ok(
      'participants.create',
      {
        data: validParticipant({
          firstName: 'Esterna',
          codiceFiscale: '',
          birthDate: '1970-05-05',
        }),
      },
      { as: 'admin' },
    );
    await app.signInAs('trainer');
    const result = await app.call('attendance.save', {
      sessionId: session.id,
      rows: [
        { participantId: people[0] ?? 0, status: 'present', minutes: 200 },
        { participantId: stranger.id, status: 'present' },
        { participantId: people[1] ?? 0, status: 'late' },
        { participantId: people[2] ?? 0, status: 'present' },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: {
          'rows.0.minutes': 'Le ore superano la durata dell’incontro.',
          'rows.1.participantId': 'Questa persona non è iscritta al corso.',
          'rows.2.minutes': 'Per un ritardo indica le ore di presenza.',
        },
      },
    });
    const sheet = await app.ok('attendance.get', { sessionId: session.id });
    expect(sheet.rows.every((r) => r.status === null)).toBe(true);
    expect(sheet.session.status).toBe('planned');
  });

  it('keeps trainers to their own courses and counselors away from attendance', async () => {
    const other = await app.ok(
      'courses.create',
      {
        data: {
          projectId,
          track: 'job_placement',
          title: 'Cercare lavoro',
          mode: 'blended',
          plannedHours: 20,
          startDate: '2026-03-01',
          endDate: '2026-05-31',
        },
      },
      { as: 'coordinator' },
    );
    const summary = await app.call('attendance.summary', { courseId: other.id }, { as: 'trainer' });
    expect(summary).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await app.call('projects.get', { id: projectId })).ok).toBe(true);
    const elsewhere = await app.ok(
      'projects.create',
      { data: { ...project, code: 'ALTRO-1' } },
      { as: 'coordinator' },
    );
    await app.signInAs('trainer');
    expect(await app.call('projects.get', { id: elsewhere.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await app.call('projects.get', { id: 987_654 })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const list = await app.ok('courses.list', {});
    expect(list.map((c) => c.id)).toEqual([courseId]);
    // The trainer now sees the people enrolled in the course, and nobody else.
    const visible = await app.ok('participants.search', { query: '', limit: 100 });
    expect(visible.items.map((p) => p.id).sort((x, y) => x - y)).toEqual(
      [...people].sort((x, y) => x - y),
    );
    const counselor = await app.call('attendance.get', { sessionId: 1 }, { as: 'counselor' });
    expect(counselor).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('sign-in sheets', () => {
  it('prints a session sheet and the whole course, named without personal data', async () => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const sessions = await app.ok('sessions.list', { courseId }, { as: 'trainer' });
    const first = sessions[0];
    if (!first) throw new Error('no sessions');
    const sheet = await app.ok('documents.signInSheet', { sessionId: first.id });
    expect(sheet.fileName).toBe(`foglio-firme-corso-${courseId}-${first.date}.pdf`);
    const file = path.join(app.dir, sheet.fileName);
    writeFileSync(file, Buffer.from(sheet.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Foglio firme');
    expect(text).toContain('Fare associazione');
    expect(text).toContain('FAMI-PROG-1234');
    expect(text).toContain('03/03/2026');
    expect(text).toContain('PersonaA');
    expect(text).toContain('PersonaL');
    const fonts = execFileSync('pdffonts', [file]).toString().split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/\byes\s+yes\s+(yes|no)\s+\d+\s+\d+\s*$/);

    const course = await app.ok('documents.courseSignInSheets', { courseId });
    const courseFile = path.join(app.dir, course.fileName);
    writeFileSync(courseFile, Buffer.from(course.contentBase64, 'base64'));
    const pages = execFileSync('pdftotext', ['-layout', courseFile, '-']).toString().split('\f');
    expect(pages.filter((p) => p.includes('Foglio firme')).length).toBe(sessions.length);
    const events = await app.ok('audit.list', { action: 'documents.signInSheet' }, { as: 'admin' });
    expect(events.items).toHaveLength(1);
  });
});
