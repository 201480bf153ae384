import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';

let app: TestApp;
let participantId: number;
let pathwayId: number;
let projectId: number;

beforeAll(async () => {
  app = await createTestApp();
  projectId = (
    await app.ok(
      'projects.create',
      {
        data: {
          code: 'FEM-PLUR-2',
          title: 'Femminili plurali',
          funder: 'FAMI 2021-2027',
          startDate: '2026-01-01',
          endDate: '2027-12-31',
          leadOrganisation: 'Cooperativa di prova',
        },
      },
      { as: 'coordinator' },
    )
  ).id;
  participantId = (
    await app.ok('participants.create', { data: validParticipant() }, { as: 'counselor' })
  ).id;
  pathwayId = (
    await app.ok('pathways.create', {
      participantId,
      track: 'job_placement',
      projectId,
      openedOn: '2026-02-01',
    })
  ).id;
});
afterAll(() => app.close());

describe('individual pathways', () => {
  it('takes a person from intake through screening, plan, meetings and a milestone', async () => {
    const baseline = await app.ok('screenings.create', {
      pathwayId,
      kind: 'baseline',
      date: '2026-02-01',
      scores: [
        { dimension: 'italian_language', level: 3, note: 'A2 dichiarato' },
        { dimension: 'housing', level: 2 },
      ],
    });
    expect(baseline.status).toBe('active');
    await app.ok('plans.save', {
      pathwayId,
      agreedOn: '2026-02-10',
      goals: [
        {
          title: 'Curriculum aggiornato',
          dueDate: '2026-03-01',
          actions: [{ description: 'Scrivere il CV', who: 'participant' }],
        },
        { title: 'Tirocinio', actions: [{ description: 'Contattare aziende', who: 'counselor' }] },
      ],
    });
    await app.ok('meetings.create', {
      pathwayId,
      date: '2026-02-10',
      durationMinutes: 60,
      kind: 'in_person',
      notes: 'Nota riservata sintetica',
      nextAppointment: '2026-02-24',
    });
    await app.ok('meetings.create', {
      pathwayId,
      date: '2026-02-24',
      durationMinutes: 30,
      kind: 'phone',
    });
    await app.ok('milestones.create', {
      pathwayId,
      date: '2026-03-02',
      details: {
        type: 'internship',
        hostOrganisation: 'Biblioteca civica',
        tutor: 'Tutor aziendale',
        startDate: '2026-03-02',
        hoursPerWeek: '20',
        monthlyAllowanceCents: '50000',
        voucher: 'Dote lavoro',
      },
    });
    await app.ok('screenings.create', {
      pathwayId,
      kind: 'follow_up',
      date: '2026-04-01',
      scores: [{ dimension: 'italian_language', level: 2 }],
    });
    const page = await app.ok('pathways.get', { id: pathwayId });
    expect(
      page.screenings.map((s) => [
        s.kind,
        s.scores.find((sc) => sc.dimension === 'italian_language')?.level,
      ]),
    ).toEqual([
      ['baseline', 3],
      ['follow_up', 2],
    ]);
    expect(page.goals.map((g) => g.title)).toEqual(['Curriculum aggiornato', 'Tirocinio']);
    expect(page.meetings.map((m) => m.date)).toEqual(['2026-02-24', '2026-02-10']);
    expect(page.milestones[0]?.details).toMatchObject({
      type: 'internship',
      hoursPerWeek: 20,
      monthlyAllowanceCents: 50000,
    });
    expect(page.lastMeeting).toBe('2026-02-24');
    // The counselor's caseload now includes the person.
    const caseload = await app.ok('pathways.list', { status: 'active' });
    expect(caseload.map((p) => p.id)).toEqual([pathwayId]);
  });

  it('prints the plan for the person to sign', async () => {
    const { execFileSync } = await import('node:child_process');
    const { writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const doc = await app.ok('documents.plan', { pathwayId });
    expect(doc.fileName).toBe(`patto-percorso-${pathwayId}.pdf`);
    const file = path.join(app.dir, doc.fileName);
    writeFileSync(file, Buffer.from(doc.contentBase64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    for (const expected of [
      'Curriculum aggiornato',
      'Tirocinio',
      'Scrivere il CV',
      'Aïcha',
      'Diallo',
    ]) {
      expect(text).toContain(expected);
    }
    const exported = await app.ok(
      'audit.list',
      { action: 'documents.plan' },
      { as: 'coordinator' },
    );
    expect(exported.items).toHaveLength(1);
    await app.signInAs('counselor');
  });

  it('asks before closing with open actions, then closes with the outcome', async () => {
    const refused = await app.call('pathways.setStatus', {
      id: pathwayId,
      status: 'completed',
      date: '2026-06-30',
      outcome: 'Tirocinio concluso',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('azioni aperte') as string },
    });
    const closed = await app.ok('pathways.setStatus', {
      id: pathwayId,
      status: 'completed',
      date: '2026-06-30',
      outcome: 'Tirocinio concluso',
      confirmOpenActions: true,
    });
    expect(closed).toMatchObject({
      status: 'completed',
      closedOn: '2026-06-30',
      outcome: 'Tirocinio concluso',
    });
    expect(closed.goals.flatMap((g) => g.actions).every((a) => a.status === 'open')).toBe(true);
    const afterClose = await app.call('meetings.create', {
      pathwayId,
      date: '2026-07-01',
      durationMinutes: 30,
      kind: 'phone',
    });
    expect(afterClose).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses dates before the pathway, follow-ups before the baseline and expiries before the start', async () => {
    const other = await app.ok('pathways.create', {
      participantId,
      track: 'association',
      openedOn: '2026-05-01',
    });
    const early = await app.call('milestones.create', {
      pathwayId: other.id,
      date: '2026-04-01',
      details: {
        type: 'job',
        employer: 'Azienda',
        contractType: 'fixed_term',
        startDate: '2026-04-01',
      },
    });
    expect(early).toMatchObject({
      ok: false,
      error: { fields: { date: 'La data precede l’apertura del percorso.' } },
    });
    const noBaseline = await app.call('screenings.create', {
      pathwayId: other.id,
      kind: 'follow_up',
      date: '2026-05-10',
      scores: [{ dimension: 'housing', level: 1 }],
    });
    expect(noBaseline).toMatchObject({
      ok: false,
      error: { fields: { date: expect.stringContaining('scheda iniziale') as string } },
    });
    const insurance = await app.call('milestones.create', {
      pathwayId: other.id,
      date: '2026-05-15',
      details: {
        type: 'association',
        name: 'Donne in rete APS',
        insurance: {
          insurer: 'Assicurazioni Esempio',
          policyNumber: 'P-1',
          startDate: '2026-06-01',
          expiryDate: '2026-05-31',
        },
      },
    });
    expect(insurance).toMatchObject({
      ok: false,
      error: { fields: { 'details.insurance.expiryDate': 'La fine deve venire dopo l’inizio.' } },
    });
    const ateco = await app.call('milestones.create', {
      pathwayId: other.id,
      date: '2026-05-15',
      details: { type: 'business', name: 'Sartoria', atecoCode: 'abc' },
    });
    expect(ateco).toMatchObject({
      ok: false,
      error: { fields: { 'details.atecoCode': expect.stringContaining('ATECO') as string } },
    });
  });
});

describe('case scopes', () => {
  it('keeps case notes to the counselor, the project coordinator, and the audit log', async () => {
    const viaCoordinator = await app.ok('pathways.get', { id: pathwayId }, { as: 'coordinator' });
    expect(viaCoordinator.meetings.some((m) => m.notes === 'Nota riservata sintetica')).toBe(true);
    const otherCounselor = await app.call('pathways.get', { id: pathwayId }, { as: 'counselor2' });
    expect(otherCounselor).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Non hai i permessi per questa operazione.' },
    });
    expect(await app.call('pathways.get', { id: 999_999 })).toEqual(otherCounselor);
    expect((await app.ok('pathways.list', {})).length).toBe(0);
    const trainer = await app.call('pathways.get', { id: pathwayId }, { as: 'trainer' });
    expect(trainer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = await app.call('pathways.list', {}, { as: 'admin' });
    expect(admin).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // Every read of case notes is in the audit log, without the notes.
    const views = await app.ok('audit.list', { action: 'pathways.get' }, { as: 'coordinator' });
    expect(
      views.items.some(
        (e) => e.entity === 'pathway' && e.entityId === pathwayId && e.outcome === 'ok',
      ),
    ).toBe(true);
    const log = JSON.stringify(app.database.sqlite.prepare('SELECT * FROM audit_events').all());
    expect(log).not.toContain('Nota riservata');
  });

  it('lets a counselor see the people on their caseload in the registry', async () => {
    const registered = await app.ok(
      'participants.create',
      {
        data: validParticipant({ firstName: 'Mariam', codiceFiscale: '', birthDate: '1988-08-08' }),
      },
      { as: 'counselor' },
    );
    await app.ok('pathways.create', {
      participantId: registered.id,
      track: 'self_employment',
      openedOn: '2026-03-01',
    });
    // A coordinator assigns a pathway to the second counselor: the person joins that caseload.
    await app.ok(
      'pathways.create',
      {
        participantId: registered.id,
        track: 'job_placement',
        counselorId: app.userIds.counselor2,
        projectId,
        openedOn: '2026-03-01',
      },
      { as: 'coordinator' },
    );
    const seen = await app.ok('participants.search', { query: 'mariam' }, { as: 'counselor2' });
    expect(seen.items.map((p) => p.id)).toEqual([registered.id]);
  });

  it('lists one person’s pathways to each case worker within their own case scope', async () => {
    const person = await app.ok(
      'participants.create',
      {
        data: validParticipant({ firstName: 'Fatou', codiceFiscale: '', birthDate: '1992-02-02' }),
      },
      { as: 'counselor' },
    );
    const own = await app.ok(
      'pathways.create',
      { participantId: person.id, track: 'association', openedOn: '2026-03-05' },
      { as: 'counselor' },
    );
    const assigned = await app.ok(
      'pathways.create',
      {
        participantId: person.id,
        track: 'job_placement',
        counselorId: app.userIds.counselor2,
        projectId,
        openedOn: '2026-03-06',
      },
      { as: 'coordinator' },
    );
    const ids = async (as: 'counselor' | 'counselor2' | 'coordinator') =>
      (await app.ok('pathways.forParticipant', { participantId: person.id }, { as })).map(
        (p) => p.id,
      );
    // Each sees the pathways they work on: their own, or their project's; never the others.
    expect(await ids('counselor')).toEqual([own.id]);
    expect(await ids('counselor2')).toEqual([assigned.id]);
    expect(await ids('coordinator')).toEqual([assigned.id]);
    const [summary] = await app.ok(
      'pathways.forParticipant',
      { participantId: person.id },
      { as: 'counselor' },
    );
    expect(summary).toMatchObject({
      track: 'association',
      status: 'intake',
      openedOn: '2026-03-05',
    });
    expect(summary).not.toHaveProperty('meetings');

    // A person outside the caller's registry scope is refused like a missing one.
    const stranger = await app.ok(
      'participants.create',
      { data: validParticipant({ firstName: 'Awa', codiceFiscale: '', birthDate: '1991-01-01' }) },
      { as: 'counselor' },
    );
    const refused = await app.call(
      'pathways.forParticipant',
      { participantId: stranger.id },
      { as: 'counselor2' },
    );
    expect(refused).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Non hai i permessi per questa operazione.' },
    });
    expect(
      await app.call('pathways.forParticipant', { participantId: 999_999 }, { as: 'counselor2' }),
    ).toEqual(refused);
    for (const as of ['trainer', 'admin'] as const) {
      const denied = await app.call(
        'pathways.forParticipant',
        { participantId: person.id },
        { as },
      );
      expect(denied, as).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});
