import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonalData } from '../../electron/features/privacy/collect';
import type { Dashboard } from '../../electron/features/reports/contract';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';
import { pagesOf } from './helpers/pdf';

let app: TestApp;

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Everything identifying about the person to erase: each must be gone from every table. */
const SECRETS = {
  firstName: 'Aïcha',
  lastName: 'Diallo',
  codiceFiscale: 'DLLCHA90D43Z343T',
  email: 'aicha.prova@example.org',
  phone: '+39 333 7654321',
  birthPlace: 'Dakar',
  birthDate: '1990-04-03',
  referredBy: 'Sportello Caritas Esempio',
  screeningNote: 'Difficoltà con il padrone di casa',
  goal: 'Corso di sartoria avanzato',
  action: 'Chiamare la sartoria del quartiere',
  meetingNotes: 'Vive con la sorella e due figli',
  nextSteps: 'Portare il permesso rinnovato',
  referralReason: 'Richiesta di sostegno abitativo',
  referralOutcome: 'Presa in carico dallo sportello',
  pathwayOutcome: 'Assunta dopo il tirocinio',
  enrolmentReason: 'Trasferita a Milano per lavoro',
  volunteeringRole: 'Accoglienza ospiti del sabato',
  evidence: 'Ha cucito tre abiti su misura',
  tutor: 'Giovanna Tutorelli',
  voucher: 'Dote Unica 4471',
  association: 'Donne Insieme Esempio APS',
  associationTaxCode: '97123450018',
  runtsNumber: 'RUNTS-998877',
  business: 'Sartoria Aicha Diallo',
};

const ids = {
  current: 0,
  finishedCourse: 0,
  runningCourse: 0,
  person: 0,
  other: 0,
  pathway: 0,
  runningEnrolment: 0,
  certificate: 0,
};
let verificationCode = '';
let certificatePdf = '';

async function createProject(code: string, start: string, end: string, retentionYears?: number) {
  const project = await app.ok(
    'projects.create',
    {
      data: {
        code,
        title: `Progetto ${code}`,
        funder: 'FAMI 2021-2027',
        startDate: start,
        endDate: end,
        leadOrganisation: 'CSV di prova',
        retentionYears,
      },
    },
    { as: 'admin' },
  );
  return project.id;
}

async function createCourse(projectId: number, title: string, start: string, end: string) {
  const course = await app.ok(
    'courses.create',
    {
      data: {
        projectId,
        track: 'job_placement',
        title,
        mode: 'in_person',
        plannedHours: 4,
        startDate: start,
        endDate: end,
        trainerIds: [app.userIds.trainer],
      },
    },
    { as: 'admin' },
  );
  return course.id;
}

async function person(firstName: string, lastName: string, extra = {}) {
  const created = await app.ok(
    'participants.create',
    { data: validParticipant({ firstName, lastName, codiceFiscale: '', ...extra }) },
    { as: 'counselor' },
  );
  return created.id;
}

async function enrol(courseId: number, participantId: number) {
  return (await app.ok('enrolments.add', { courseId, participantId }, { as: 'admin' })).id;
}

beforeAll(async () => {
  app = await createTestApp();
  await app.ok('settings.update', {
    organisation: {
      name: 'Centro Servizi Volontariato di prova',
      taxCode: '97000000000',
      signatoryName: 'Maria Rossi',
      signatoryRole: 'Presidente',
    },
    inactivityMinutes: 15,
  });
  ids.current = await createProject('CUR-1', day(-200), day(200), 5);
  ids.finishedCourse = await createCourse(ids.current, 'Sartoria e lavoro', day(-60), day(-30));
  ids.runningCourse = await createCourse(ids.current, 'Italiano per il lavoro', day(-10), day(30));

  ids.person = (
    await app.ok(
      'participants.create',
      {
        data: validParticipant({
          firstName: SECRETS.firstName,
          lastName: SECRETS.lastName,
          codiceFiscale: SECRETS.codiceFiscale,
          birthDate: SECRETS.birthDate,
          birthPlace: SECRETS.birthPlace,
          email: SECRETS.email,
          phone: SECRETS.phone,
          residenceComune: 'Torino',
          residencePermitType: 'work',
          residencePermitExpiry: '2027-05-31',
          internationalProtection: true,
          arrivalYear: 2015,
          referredBy: SECRETS.referredBy,
        }),
      },
      { as: 'counselor' },
    )
  ).id;
  ids.other = await person('Fatou', 'Sarr', { sex: 'F', birthDate: '1985-11-20' });
  await enrol(ids.finishedCourse, ids.person);
  await enrol(ids.finishedCourse, ids.other);
  ids.runningEnrolment = await enrol(ids.runningCourse, ids.person);
  for (const [offset, courseId] of [
    [-50, ids.finishedCourse],
    [-40, ids.finishedCourse],
    [-5, ids.runningCourse],
  ] as const) {
    const session = await app.ok(
      'sessions.create',
      { courseId, data: { date: day(offset), startTime: '09:00', endTime: '11:00' } },
      { as: 'admin' },
    );
    const rows: { participantId: number; status: 'present' | 'absent' }[] = [
      { participantId: ids.person, status: 'present' },
    ];
    if (courseId === ids.finishedCourse) {
      rows.push({ participantId: ids.other, status: offset === -50 ? 'present' : 'absent' });
    }
    await app.ok('attendance.save', { sessionId: session.id, rows });
  }

  // The person's pathway: screening, plan, meeting, four milestones, a referral.
  ids.pathway = (
    await app.ok(
      'pathways.create',
      {
        participantId: ids.person,
        track: 'job_placement',
        projectId: ids.current,
        openedOn: day(-55),
      },
      { as: 'counselor' },
    )
  ).id;
  const pathwayId = ids.pathway;
  await app.ok('screenings.create', {
    pathwayId,
    kind: 'baseline',
    date: day(-55),
    scores: [
      { dimension: 'housing', level: 3, note: SECRETS.screeningNote },
      { dimension: 'italian_language', level: 2 },
    ],
  });
  await app.ok('plans.save', {
    pathwayId,
    agreedOn: day(-54),
    goals: [
      {
        title: SECRETS.goal,
        actions: [{ description: SECRETS.action, who: 'participant', status: 'done' }],
      },
    ],
  });
  await app.ok('meetings.create', {
    pathwayId,
    date: day(-50),
    durationMinutes: 45,
    kind: 'in_person',
    notes: SECRETS.meetingNotes,
    nextSteps: SECRETS.nextSteps,
  });
  const internship = {
    type: 'internship',
    hostOrganisation: 'Cooperativa Tessile Esempio',
    tutor: SECRETS.tutor,
    startDate: day(-45),
    voucher: SECRETS.voucher,
    monthlyAllowanceCents: 50_000,
  } as const;
  for (const details of [
    internship,
    {
      type: 'job',
      employer: 'Cooperativa Tessile Esempio',
      contractType: 'fixed_term',
      startDate: day(-20),
    },
    {
      type: 'association',
      name: SECRETS.association,
      taxCode: SECRETS.associationTaxCode,
      runtsNumber: SECRETS.runtsNumber,
      runtsDate: day(-25),
    },
    {
      type: 'business',
      name: SECRETS.business,
      legalForm: 'ditta individuale',
      atecoCode: '14.13',
    },
  ] as const) {
    await app.ok('milestones.create', { pathwayId, date: day(-30), details });
  }
  const service = await app.ok('services.create', {
    data: { name: 'Sportello casa del Comune', category: 'housing' },
  });
  const referral = await app.ok('referrals.create', {
    pathwayId,
    serviceId: service.id,
    date: day(-48),
    reason: SECRETS.referralReason,
  });
  await app.ok('referrals.setOutcome', { id: referral.id, outcome: SECRETS.referralOutcome });
  await app.ok('volunteering.create', {
    participantId: ids.person,
    hostAssociation: 'Associazione Esempio ODV',
    role: SECRETS.volunteeringRole,
    startDate: day(-90),
    endDate: day(-60),
    hours: 24,
    insuranceCovered: true,
  });

  // A validated competence and a certificate issued for the current project.
  const [competence] = await app.ok('competences.list', { track: 'job_placement' });
  const record = await app.ok(
    'competenceRecords.create',
    {
      participantId: ids.person,
      competenceId: competence?.id ?? 0,
      source: { kind: 'experience', title: 'Laboratorio di sartoria', hours: 20 },
      levelReached: 'intermediate',
      evidence: SECRETS.evidence,
      assessmentMethod: 'portfolio',
      assessorName: 'Giulia Ferri',
      assessedOn: day(-28),
    },
    { as: 'coordinator' },
  );
  await app.ok('competenceRecords.validate', { ids: [record.id] });
  const certificate = await app.ok('certificates.issue', {
    participantId: ids.person,
    recordIds: [record.id],
    locale: 'it',
    projectId: ids.current,
  });
  ids.certificate = certificate.id;
  verificationCode = certificate.verificationCode;
  certificatePdf = (await app.ok('certificates.pdf', { id: certificate.id })).contentBase64;
});
afterAll(() => app.close());

function rows(source: string, ...params: unknown[]): Record<string, unknown>[] {
  return app.database.sqlite.prepare(source).all(...params) as Record<string, unknown>[];
}

/** Everything the indicators count, straight from the tables. */
function counts() {
  return {
    bySex: rows('SELECT sex, count(*) AS n FROM participants GROUP BY sex ORDER BY sex'),
    byBirthYear: rows(
      'SELECT substr(birth_date, 1, 4) AS year, count(*) AS n FROM participants GROUP BY year ORDER BY year',
    ),
    byCitizenship: rows(
      'SELECT c.value AS country, count(*) AS n FROM participants p, json_each(p.citizenships) c GROUP BY country ORDER BY country',
    ),
    byProtectionAndComune: rows(
      'SELECT international_protection AS protection, residence_comune AS comune, count(*) AS n FROM participants GROUP BY 1, 2 ORDER BY 1, 2',
    ),
    enrolments: rows(
      'SELECT course_id, participant_id, status, count(*) AS n FROM enrolments GROUP BY 1, 2, 3 ORDER BY 1, 2',
    ),
    attendanceMinutes: rows(
      'SELECT participant_id, status, sum(minutes) AS minutes, count(*) AS n FROM attendance GROUP BY 1, 2 ORDER BY 1, 2',
    ),
    pathways: rows(
      'SELECT track, status, opened_on, closed_on, count(*) AS n FROM pathways GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3',
    ),
    milestones: rows(
      `SELECT type, date, json_extract(details, '$.runtsNumber') IS NOT NULL AS registered, count(*) AS n
       FROM milestones GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ),
    volunteeringHours: rows(
      'SELECT participant_id, sum(hours) AS hours FROM volunteering GROUP BY 1 ORDER BY 1',
    ),
    certificates: rows(
      'SELECT participant_id, project_id, status, count(*) AS n FROM certificates GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
    ),
    records: rows(
      'SELECT participant_id, status, level_reached, count(*) AS n FROM competence_records GROUP BY 1, 2, 3 ORDER BY 1, 2, 3',
    ),
  };
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Every value of every table (FTS shadow tables included), as folded text. */
function everyStoredValue(): { table: string; text: string }[] {
  const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table'").map((r) =>
    String(r.name),
  );
  return tables.flatMap((table) =>
    rows(`SELECT * FROM "${table}"`).map((row) => ({
      table,
      text: fold(
        Object.values(row)
          .map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)))
          .join('\u0001'),
      ),
    })),
  );
}

function leftovers(): string[] {
  const stored = everyStoredValue();
  return Object.entries(SECRETS).flatMap(([name, secret]) =>
    stored.filter((s) => s.text.includes(fold(secret))).map((s) => `${name} in ${s.table}`),
  );
}

function ftsTerms(): string[] {
  const { sqlite } = app.database;
  sqlite.exec(
    'CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_terms USING fts5vocab(main, participants_fts, row)',
  );
  return (sqlite.prepare('SELECT term FROM temp.fts_terms').all() as { term: string }[]).map(
    (r) => r.term,
  );
}

async function dashboard(): Promise<Dashboard> {
  return app.ok(
    'reports.dashboard',
    { projectId: ids.current, from: day(-200), to: day(200) },
    { as: 'admin' },
  );
}

describe('retention rule of a project', () => {
  it('is kept with the project and checked from 1 to 50 years', async () => {
    const project = await app.ok('projects.get', { id: ids.current }, { as: 'admin' });
    expect(project.retentionYears).toBe(5);
    const { id: _id, coordinatorIds: _c, ...data } = project;
    const refused = await app.call('projects.update', {
      id: ids.current,
      data: { ...data, retentionYears: 51 },
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { 'data.retentionYears': 'Da 1 a 50 anni.' } },
    });
    const cleared = await app.ok('projects.update', {
      id: ids.current,
      data: { ...data, retentionYears: undefined },
    });
    expect(cleared.retentionYears).toBeUndefined();
    const restored = await app.ok('projects.update', {
      id: ids.current,
      data: { ...data, retentionYears: 5 },
    });
    expect(restored.retentionYears).toBe(5);
  });
});

describe('subject access export', () => {
  it('hands over everything held about the person as JSON and a readable PDF, audited', async () => {
    const exported = await app.ok(
      'privacy.export',
      { participantId: ids.person },
      {
        as: 'coordinator',
      },
    );
    expect(exported.json.fileName).toBe(`dati-personali-${ids.person}.json`);
    expect(exported.pdf.fileName).toBe(`dati-personali-${ids.person}.pdf`);
    const data = JSON.parse(
      Buffer.from(exported.json.contentBase64, 'base64').toString('utf8'),
    ) as PersonalData;
    expect(Object.keys(data)).toEqual([
      'format',
      'version',
      'exportedAt',
      'controller',
      'person',
      'enrolments',
      'attendance',
      'pathways',
      'volunteering',
      'competenceRecords',
      'certificates',
      'processing',
    ]);
    expect(data.person).toMatchObject({
      firstName: SECRETS.firstName,
      lastName: SECRETS.lastName,
      codiceFiscale: SECRETS.codiceFiscale,
      email: SECRETS.email,
      referredBy: SECRETS.referredBy,
      citizenships: ['SN'],
      internationalProtection: true,
    });
    expect(data.enrolments).toHaveLength(2);
    expect(data.enrolments[0]).toMatchObject({
      courseTitle: 'Sartoria e lavoro',
      attendedMinutes: 240,
    });
    expect(data.attendance).toHaveLength(3);
    expect(data.pathways).toHaveLength(1);
    const [pathway] = data.pathways;
    expect(pathway?.meetings[0]).toMatchObject({
      notes: SECRETS.meetingNotes,
      nextSteps: SECRETS.nextSteps,
    });
    expect(pathway?.screenings[0]?.scores).toContainEqual({
      dimension: 'housing',
      level: 3,
      note: SECRETS.screeningNote,
    });
    expect(pathway?.milestones).toHaveLength(4);
    expect(pathway?.referrals[0]).toMatchObject({ reason: SECRETS.referralReason });
    expect(data.volunteering[0]).toMatchObject({ role: SECRETS.volunteeringRole, hours: 24 });
    expect(data.competenceRecords[0]).toMatchObject({ evidence: SECRETS.evidence });
    expect(data.certificates[0]).toMatchObject({ verificationCode, redactedAt: null });
    expect(data.processing.map((e) => e.action)).toContain('participants.create');

    const file = path.join(app.dir, exported.pdf.fileName);
    writeFileSync(file, Buffer.from(exported.pdf.contentBase64, 'base64'));
    const text = pagesOf(file).join('\n').replace(/\s+/g, ' ');
    for (const expected of [
      SECRETS.lastName,
      SECRETS.firstName,
      SECRETS.codiceFiscale,
      SECRETS.meetingNotes,
      SECRETS.screeningNote,
      SECRETS.referralReason,
      SECRETS.evidence,
      'Sartoria e lavoro',
      'Italiano per il lavoro',
      'Associazione Esempio ODV',
      verificationCode,
    ]) {
      expect(text, expected).toContain(expected);
    }

    const audit = rows(
      "SELECT entity, entity_id FROM audit_events WHERE action = 'privacy.export' AND outcome = 'ok'",
    );
    expect(audit).toEqual([{ entity: 'participant', entity_id: ids.person }]);
  });

  it('is for administrators and coordinators only', async () => {
    for (const as of ['counselor', 'trainer'] as const) {
      const refused = await app.call('privacy.export', { participantId: ids.person }, { as });
      expect(refused, as).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const preview = await app.call(
      'privacy.erasurePreview',
      { participantId: ids.person },
      {
        as: 'coordinator',
      },
    );
    expect(preview.ok).toBe(true);
    for (const channel of ['privacy.anonymise', 'privacy.retentionReview'] as const) {
      const input =
        channel === 'privacy.anonymise' ? { participantId: ids.person, confirm: true } : {};
      const refused = await app.call(channel, input as never, { as: 'coordinator' });
      expect(refused, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('erasure', () => {
  it('refuses while the person is in a running course, then while a pathway is open', async () => {
    const preview = await app.ok(
      'privacy.erasurePreview',
      { participantId: ids.person },
      {
        as: 'admin',
      },
    );
    expect(preview.blockers).toEqual([
      {
        kind: 'running_course',
        courseId: ids.runningCourse,
        courseTitle: 'Italiano per il lavoro',
        endDate: day(30),
      },
      { kind: 'open_pathway', pathwayId: ids.pathway, track: 'job_placement', status: 'active' },
    ]);
    const before = counts();
    const refused = await app.call('privacy.anonymise', {
      participantId: ids.person,
      confirm: true,
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Questa persona è iscritta a un corso non ancora concluso (Italiano per il lavoro): prima segna il ritiro dal corso o attendi che finisca, poi anonimizzala.',
      },
    });
    const unconfirmed = await app.call('privacy.anonymise', {
      participantId: ids.person,
      confirm: false,
    } as never);
    expect(unconfirmed).toMatchObject({ ok: false, error: { code: 'validation' } });

    await app.ok(
      'enrolments.setStatus',
      {
        id: ids.runningEnrolment,
        status: 'withdrawn',
        date: day(0),
        reason: SECRETS.enrolmentReason,
      },
      { as: 'admin' },
    );
    const stillOpen = await app.call('privacy.anonymise', {
      participantId: ids.person,
      confirm: true,
    });
    expect(stillOpen).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message:
          'Questa persona ha un percorso individuale ancora aperto: prima chiudilo (o segnalo come interrotto), poi anonimizzala.',
      },
    });
    await app.ok(
      'pathways.setStatus',
      {
        id: ids.pathway,
        status: 'completed',
        date: day(-2),
        outcome: SECRETS.pathwayOutcome,
        confirmOpenActions: true,
      },
      { as: 'counselor' },
    );
    // Refusals changed nothing but the enrolment status the test set.
    const after = counts();
    expect(after.bySex).toEqual(before.bySex);
    expect(after.attendanceMinutes).toEqual(before.attendanceMinutes);
  });

  it('names what it will remove and keep', async () => {
    const preview = await app.ok(
      'privacy.erasurePreview',
      { participantId: ids.person },
      {
        as: 'admin',
      },
    );
    expect(preview).toEqual({
      id: ids.person,
      anonymisedAt: null,
      pseudonym: null,
      personFields: [
        'name',
        'codiceFiscale',
        'birthDay',
        'birthPlace',
        'email',
        'phone',
        'residencePermit',
        'referredBy',
        'arrivalYear',
      ],
      removed: {
        meetingNotes: 1,
        screeningNotes: 1,
        planTexts: 2,
        referralTexts: 1,
        pathwayOutcomes: 1,
        milestoneDetails: 3,
        enrolmentReasons: 1,
        volunteeringRoles: 1,
        recordEvidence: 1,
        certificateSnapshots: 1,
      },
      kept: {
        enrolments: 2,
        attendance: 3,
        pathways: 1,
        milestones: 4,
        volunteering: 1,
        competenceRecords: 1,
        certificates: 1,
      },
      blockers: [],
    });
  });

  it('removes every identifying field, in every table and the search index, and keeps the counts', async () => {
    // The scan finds every secret before: so finding none after means they are gone.
    const found = new Set(leftovers().map((where) => where.split(' in ')[0]));
    expect([...found].sort()).toEqual(Object.keys(SECRETS).sort());
    expect(ftsTerms()).toEqual(expect.arrayContaining(['diallo', 'aicha']));
    const byName = await app.ok('participants.search', { query: 'Diallo' }, { as: 'admin' });
    expect(byName.items.map((p) => p.id)).toEqual([ids.person]);
    const before = counts();
    const dashboardBefore = await dashboard();
    expect(dashboardBefore.people.total).toBe(2);
    expect(dashboardBefore.outcomes).toMatchObject({
      internships: 1,
      jobs: 1,
      businesses: 1,
      associationsFounded: 1,
      associationsRegistered: 1,
      certificates: 1,
    });

    const done = await app.ok(
      'privacy.anonymise',
      { participantId: ids.person, confirm: true },
      { as: 'admin' },
    );
    expect(done.id).toBe(ids.person);
    expect(done.pseudonym).toMatch(/^ANON-[0-9A-Z]{4}-[0-9A-Z]{4}$/);

    expect(leftovers()).toEqual([]);
    expect(ftsTerms()).not.toContain('diallo');
    expect(ftsTerms()).not.toContain('aicha');
    for (const query of ['Diallo', 'Aicha', 'DLLCHA90D43Z343T']) {
      const search = await app.ok('participants.search', { query }, { as: 'admin' });
      expect(search.items, query).toEqual([]);
    }
    const byCode = await app.ok('participants.search', { query: done.pseudonym }, { as: 'admin' });
    expect(byCode.items).toMatchObject([
      { id: ids.person, firstName: done.pseudonym, lastName: 'Persona anonimizzata' },
    ]);

    expect(counts()).toEqual(before);
    expect(await dashboard()).toEqual(dashboardBefore);

    const stored = rows(
      `SELECT sex, birth_date, citizenships, international_protection, residence_comune,
         anonymised_at IS NOT NULL AS anonymised FROM participants WHERE id = ?`,
      ids.person,
    );
    expect(stored).toEqual([
      {
        sex: 'F',
        birth_date: '1990-01-01',
        citizenships: '["SN"]',
        international_protection: 1,
        residence_comune: 'Torino',
        anonymised: 1,
      },
    ]);
    const other = await app.ok('participants.get', { id: ids.other });
    expect(other).toMatchObject({ firstName: 'Fatou', lastName: 'Sarr' });
    const audit = rows(
      "SELECT entity, entity_id FROM audit_events WHERE action = 'privacy.anonymise' AND outcome = 'ok'",
    );
    expect(audit).toEqual([{ entity: 'participant', entity_id: ids.person }]);
  });

  it('keeps the certificate verifiable, as issued to an anonymised person', async () => {
    const byCode = await app.ok('certificates.verify', { code: verificationCode }, { as: 'admin' });
    expect(byCode).toMatchObject({
      result: 'valid',
      certificate: {
        status: 'issued',
        redacted: true,
        snapshotIntact: true,
        snapshot: { person: { lastName: 'Persona anonimizzata', codiceFiscale: null } },
      },
    });
    // The paper the person holds is still the file that was issued.
    const byFile = await app.ok('certificates.verify', { pdfBase64: certificatePdf });
    expect(byFile).toMatchObject({ result: 'valid', fileMatches: true });
    const registry = rows('SELECT redacted_at FROM certificates WHERE id = ?', ids.certificate);
    expect(registry[0]?.redacted_at).not.toBeNull();
  });

  it('refuses to anonymise twice, and to edit the anonymised record', async () => {
    const again = await app.call('privacy.anonymise', { participantId: ids.person, confirm: true });
    expect(again).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Questa persona è già stata anonimizzata.' },
    });
    const edit = await app.call(
      'participants.update',
      {
        id: ids.person,
        data: validParticipant({ codiceFiscale: '' }),
        acknowledgeDuplicates: true,
      },
      { as: 'counselor' },
    );
    expect(edit).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        message: 'Questa persona è stata anonimizzata: la sua scheda non si può più modificare.',
      },
    });
    const preview = await app.ok(
      'privacy.erasurePreview',
      { participantId: ids.person },
      {
        as: 'admin',
      },
    );
    expect(preview.anonymisedAt).not.toBeNull();
    expect(preview.pseudonym).toMatch(/^ANON-/);
    expect(preview.personFields).toEqual([]);
    expect(Object.values(preview.removed).every((n) => n === 0)).toBe(true);
  });
});

describe('retention review', () => {
  const people: Record<string, number> = {};
  let projects: Record<'old' | 'old2' | 'noRule' | 'recent', number>;

  beforeAll(async () => {
    projects = {
      old: await createProject('OLD-1', '2014-01-01', '2015-12-31', 5),
      old2: await createProject('OLD-2', '2015-06-01', '2016-06-30', 2),
      noRule: await createProject('NORULE-1', '2014-01-01', '2015-12-31'),
      recent: await createProject('REC-1', '2023-01-01', '2024-12-31', 10),
    };
    const oldCourse = await createCourse(projects.old, 'Corso 2015', '2015-03-01', '2015-06-30');
    const recentCourse = await createCourse(
      projects.recent,
      'Corso 2024',
      '2024-03-01',
      '2024-06-30',
    );
    const noRuleCourse = await createCourse(
      projects.noRule,
      'Corso senza regola',
      '2015-03-01',
      '2015-06-30',
    );
    for (const key of [
      'expired',
      'stillRecent',
      'noRule',
      'twoProjects',
      'unlinked',
      'done',
      'open',
    ]) {
      people[key] = await person(`Persona${key}`, 'Conservazione');
    }
    const p = people;
    for (const key of ['expired', 'stillRecent', 'twoProjects', 'done', 'open']) {
      await enrol(oldCourse, p[key] ?? 0);
    }
    await enrol(recentCourse, p.stillRecent ?? 0);
    await enrol(noRuleCourse, p.noRule ?? 0);
    const closed = await app.ok(
      'pathways.create',
      {
        participantId: p.twoProjects ?? 0,
        track: 'association',
        projectId: projects.old2,
        openedOn: '2016-01-10',
      },
      { as: 'counselor' },
    );
    await app.ok('pathways.setStatus', { id: closed.id, status: 'closed', date: '2016-05-01' });
    const open = await app.ok('pathways.create', {
      participantId: p.open ?? 0,
      track: 'association',
      projectId: projects.old2,
      openedOn: '2016-02-01',
    });
    await app.ok('pathways.setStatus', { id: open.id, status: 'active', date: '2016-02-02' });
    await app.ok(
      'privacy.anonymise',
      { participantId: p.done ?? 0, confirm: true },
      { as: 'admin' },
    );
  });

  it('lists exactly the people whose every project is past its retention period', async () => {
    const review = await app.ok('privacy.retentionReview', {}, { as: 'admin' });
    expect(review.today).toBe(day(0));
    expect(
      review.people.map((c) => ({
        id: c.participantId,
        project: c.projectCode,
        until: c.retainUntil,
        projects: c.projects,
        blocked: c.blockers.map((b) => b.kind),
      })),
    ).toEqual([
      { id: people.expired, project: 'OLD-1', until: '2020-12-31', projects: 1, blocked: [] },
      {
        id: people.open,
        project: 'OLD-1',
        until: '2020-12-31',
        projects: 2,
        blocked: ['open_pathway'],
      },
      { id: people.twoProjects, project: 'OLD-1', until: '2020-12-31', projects: 2, blocked: [] },
    ]);
    expect(review.people[0]).toMatchObject({
      firstName: 'Personaexpired',
      lastName: 'Conservazione',
      projectEndDate: '2015-12-31',
      retentionYears: 5,
    });
  });

  it('anonymises a selection all or nothing', async () => {
    const names = () =>
      rows(
        'SELECT first_name FROM participants WHERE id IN (?, ?)',
        people.expired,
        people.twoProjects,
      );
    const refused = await app.call(
      'privacy.anonymiseMany',
      {
        participantIds: [people.expired ?? 0, people.twoProjects ?? 0, people.open ?? 0],
        confirm: true,
      },
      { as: 'admin' },
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!refused.ok && refused.error.message).toContain('1 delle persone scelte');
    const missing = await app.call('privacy.anonymiseMany', {
      participantIds: [people.expired ?? 0, 987_654],
      confirm: true,
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(names()).toEqual([
      { first_name: 'Personaexpired' },
      { first_name: 'PersonatwoProjects' },
    ]);

    const done = await app.ok('privacy.anonymiseMany', {
      participantIds: [people.expired ?? 0, people.twoProjects ?? 0],
      confirm: true,
    });
    expect(done.anonymised.map((a) => a.id)).toEqual([people.expired, people.twoProjects]);
    expect(names().every((r) => String(r.first_name).startsWith('ANON-'))).toBe(true);
    const review = await app.ok('privacy.retentionReview', {});
    expect(review.people.map((c) => c.participantId)).toEqual([people.open]);
    const audit = rows(
      "SELECT action, entity_id FROM audit_events WHERE action LIKE 'privacy.anonymise%' ORDER BY id",
    );
    expect(audit.slice(-3)).toEqual([
      { action: 'privacy.anonymise', entity_id: people.expired },
      { action: 'privacy.anonymise', entity_id: people.twoProjects },
      { action: 'privacy.anonymiseMany', entity_id: null },
    ]);
  });
});
