import { writeFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotSha256 } from '../../electron/features/certificates/hash';
import { canonicalJson } from '../../electron/features/certificates/snapshot';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';
import { pagesOf } from './helpers/pdf';

let app: TestApp;
let courseId: number;
let projectId: number;
const people: Record<'full' | 'half' | 'apostrophe' | 'accents', number> = {
  full: 0,
  half: 0,
  apostrophe: 0,
  accents: 0,
};
let competenceIds: number[] = [];

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const year = new Date().getUTCFullYear();

const organisation = {
  name: 'Centro Servizi Volontariato di prova',
  taxCode: '97000000000',
  address: 'Via Roma 1, Torino',
};

beforeAll(async () => {
  app = await createTestApp();
  projectId = (
    await app.ok(
      'projects.create',
      {
        data: {
          code: 'FAMI-CERT-1',
          title: 'Donne al centro',
          funder: 'FAMI 2021-2027',
          startDate: day(-200),
          endDate: day(200),
          leadOrganisation: 'CSV di prova',
          partners: [],
          territories: ['Torino'],
          targets: [],
        },
      },
      { as: 'coordinator' },
    )
  ).id;
  courseId = (
    await app.ok('courses.create', {
      data: {
        projectId,
        track: 'association',
        title: 'Fare associazione',
        mode: 'in_person',
        plannedHours: 4,
        startDate: day(-60),
        endDate: day(-30),
        trainerIds: [app.userIds.trainer],
      },
    })
  ).id;
  const names = {
    full: { firstName: 'Aïcha', lastName: 'Diallo' },
    half: { firstName: 'Amina', lastName: 'Benali' },
    apostrophe: { firstName: 'Ngozi', lastName: "D'Alessandro" },
    accents: { firstName: 'Ngozi Adéwálé', lastName: 'Müller-Łukasiewicz' },
  } as const;
  for (const [key, name] of Object.entries(names) as [
    keyof typeof names,
    (typeof names)['full'],
  ][]) {
    people[key] = (
      await app.ok(
        'participants.create',
        { data: validParticipant({ ...name, codiceFiscale: '' }) },
        { as: 'counselor' },
      )
    ).id;
    await app.ok('enrolments.add', { courseId, participantId: people[key] }, { as: 'coordinator' });
  }
  for (const offset of [-50, -40]) {
    const session = await app.ok('sessions.create', {
      courseId,
      data: { date: day(offset), startTime: '09:00', endTime: '11:00' },
    });
    await app.ok('attendance.save', {
      sessionId: session.id,
      rows: [
        { participantId: people.full, status: 'present' },
        { participantId: people.apostrophe, status: 'present' },
        { participantId: people.accents, status: 'present' },
        { participantId: people.half, status: offset === -50 ? 'present' : 'absent' },
      ],
    });
  }
  const framework = await app.ok('competences.list', { track: 'association' });
  competenceIds = framework.slice(0, 2).map((c) => c.id);
  await app.ok('competences.setForCourse', { courseId, competenceIds }, { as: 'coordinator' });
});
afterAll(() => app.close());

const assessment = {
  levelReached: 'intermediate' as const,
  assessmentMethod: 'observation' as const,
  assessorName: 'Giulia Ferri',
  assessedOn: day(-25),
};

describe('competence framework', () => {
  it('ships a starter framework for the three tracks', async () => {
    const all = await app.ok('competences.list', {}, { as: 'trainer' });
    const tracks = new Set(all.map((c) => c.track));
    expect([...tracks].sort()).toEqual(['association', 'job_placement', 'self_employment']);
    expect(all.length).toBeGreaterThanOrEqual(12);
    expect(
      all.every((c) => c.eqfLevel >= 1 && c.eqfLevel <= 8 && c.titleEn && c.descriptionIt),
    ).toBe(true);
  });

  it('refuses a competence without EQF level, and a taken code', async () => {
    const data = {
      code: 'TEST-01',
      titleIt: 'Prova',
      titleEn: 'Test',
      descriptionIt: 'Descrizione',
      descriptionEn: 'Description',
      track: 'other',
    };
    const missing = await app.call('competences.create', { data } as never, { as: 'coordinator' });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { 'data.eqfLevel': 'Indica il livello EQF, da 1 a 8.' },
      },
    });
    const nine = await app.call('competences.create', { data: { ...data, eqfLevel: 9 } } as never);
    expect(nine).toMatchObject({
      ok: false,
      error: { fields: { 'data.eqfLevel': 'Indica il livello EQF, da 1 a 8.' } },
    });
    await app.ok('competences.create', { data: { ...data, eqfLevel: 2 } } as never);
    const again = await app.call('competences.create', {
      data: { ...data, eqfLevel: 2 },
    } as never);
    expect(again).toMatchObject({
      ok: false,
      error: { fields: { 'data.code': 'Esiste già una competenza con questo codice.' } },
    });
  });

  it('exports and re-imports the framework as JSON and CSV, all or nothing', async () => {
    const before = await app.ok('competences.list', { includeInactive: true });
    for (const format of ['json', 'csv'] as const) {
      const file = await app.ok('competences.export', { format }, { as: 'coordinator' });
      const report = await app.ok('competences.import', {
        format,
        contentBase64: file.contentBase64,
      });
      expect(report).toEqual({ committed: true, created: 0, updated: before.length, problems: [] });
    }
    const csv = [
      'code;titleIt;titleEn;descriptionIt;descriptionEn;track;eqfLevel',
      'NEW-01;Nuova;New;Descr.;Descr.;other;3',
      'NEW-02;Senza livello;No level;Descr.;Descr.;other;',
    ].join('\r\n');
    const bad = await app.ok('competences.import', {
      format: 'csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(bad.committed).toBe(false);
    expect(bad.problems).toEqual([
      { line: 3, messages: ['eqfLevel: Indica il livello EQF, da 1 a 8.'] },
    ]);
    const after = await app.ok('competences.list', { includeInactive: true });
    expect(after.map((c) => c.code)).not.toContain('NEW-01');
  });
});

describe('competence records', () => {
  it('suggests drafts only for people above the threshold of a finished course', async () => {
    const suggestions = await app.ok(
      'competenceRecords.suggestions',
      { courseId },
      { as: 'coordinator' },
    );
    const byPerson = new Set(suggestions.map((s) => s.participantId));
    expect(byPerson).toEqual(new Set([people.full, people.apostrophe, people.accents]));
    expect(suggestions).toHaveLength(6);
    expect(suggestions[0]).toMatchObject({
      hours: 4,
      attendancePct: 100,
      sourceTitle: 'Fare associazione',
    });
    const accepted = await app.ok('competenceRecords.acceptSuggestions', {
      items: suggestions.map(({ participantId, competenceId, source }) => ({
        participantId,
        competenceId: competenceId ?? 0,
        source,
      })),
      ...assessment,
    });
    expect(accepted).toEqual({ created: 6 });
    const again = await app.ok('competenceRecords.acceptSuggestions', {
      items: suggestions.map(({ participantId, competenceId, source }) => ({
        participantId,
        competenceId: competenceId ?? 0,
        source,
      })),
      ...assessment,
    });
    expect(again).toEqual({ created: 0 });
    expect(await app.ok('competenceRecords.suggestions', { courseId })).toEqual([]);
  });

  it('refuses a course source the person did not attend', async () => {
    const other = (
      await app.ok(
        'participants.create',
        { data: validParticipant({ firstName: 'Fatou', lastName: 'Sarr', codiceFiscale: '' }) },
        { as: 'counselor' },
      )
    ).id;
    const refused = await app.call(
      'competenceRecords.create',
      {
        participantId: other,
        competenceId: competenceIds[0] ?? 0,
        source: { kind: 'course', courseId },
        ...assessment,
      },
      { as: 'coordinator' },
    );
    expect(refused).toMatchObject({
      ok: false,
      error: {
        fields: {
          source: 'L’attività indicata come origine non esiste o non riguarda questa persona.',
        },
      },
    });
  });

  it('lets only coordinators validate, and refuses issuing from drafts', async () => {
    const drafts = await app.ok('competenceRecords.list', { courseId, status: 'draft' });
    expect(drafts).toHaveLength(6);
    const byCounselor = await app.call(
      'competenceRecords.validate',
      { ids: drafts.map((d) => d.id) },
      { as: 'counselor' },
    );
    expect(byCounselor).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromDraft = await app.call(
      'certificates.issue',
      { participantId: people.full, recordIds: [drafts[0]?.id ?? 0], locale: 'it' },
      { as: 'coordinator' },
    );
    expect(fromDraft).toMatchObject({ ok: false, error: { code: 'validation' } });
    const none = await app.call('certificates.issue', {
      participantId: people.full,
      recordIds: [],
      locale: 'it',
    });
    expect(none).toMatchObject({
      ok: false,
      error: {
        fields: {
          recordIds:
            'Nessuna evidenza convalidata da certificare: convalida almeno una competenza.',
        },
      },
    });
    expect(await app.ok('competenceRecords.validate', { ids: drafts.map((d) => d.id) })).toEqual({
      validated: 6,
    });
  });
});

async function validatedOf(participantId: number): Promise<number[]> {
  const records = await app.ok(
    'competenceRecords.list',
    { participantId, status: 'validated' },
    { as: 'coordinator' },
  );
  return records.map((r) => r.id);
}

describe('certificates', () => {
  it('asks for a signatory in the organisation profile before issuing', async () => {
    const refused = await app.call(
      'certificates.issue',
      { participantId: people.full, recordIds: await validatedOf(people.full), locale: 'it' },
      { as: 'coordinator' },
    );
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error.message).toContain('firmatario');
    await app.ok(
      'settings.update',
      {
        organisation: {
          ...organisation,
          signatoryName: 'Maria Rossi',
          signatoryRole: 'Presidente',
        },
        inactivityMinutes: 15,
      },
      { as: 'admin' },
    );
  });

  it('numbers certificates per year without gaps, and prints every accent', async () => {
    const first = await app.ok(
      'certificates.issue',
      { participantId: people.accents, recordIds: await validatedOf(people.accents), locale: 'it' },
      { as: 'coordinator' },
    );
    expect(first).toMatchObject({
      number: `${year}/0001`,
      status: 'issued',
      projectTitle: 'Donne al centro',
      courseTitle: 'Fare associazione',
      competenceCount: 2,
    });
    expect(first.verificationCode).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const second = await app.ok('certificates.issue', {
      participantId: people.apostrophe,
      recordIds: await validatedOf(people.apostrophe),
      locale: 'en',
    });
    expect(second.number).toBe(`${year}/0002`);
    const twice = await app.call('certificates.issue', {
      participantId: people.accents,
      recordIds: await validatedOf(people.accents),
      locale: 'it',
    });
    expect(twice).toMatchObject({
      ok: false,
      error: {
        code: 'conflict',
        fields: { recordIds: expect.stringContaining('Riemetti') as string },
      },
    });

    const file = await app.ok('certificates.pdf', { id: first.id });
    expect(file.fileName).toBe(`attestato-${year}-0001.pdf`);
    const pdfPath = path.join(app.dir, file.fileName);
    writeFileSync(pdfPath, Buffer.from(file.contentBase64, 'base64'));
    const text = pagesOf(pdfPath).join('\n');
    expect(text).toContain('Müller-Łukasiewicz');
    expect(text).toContain('Ngozi Adéwálé');
    expect(text).toContain(first.verificationCode);
    expect(text).toContain('Maria Rossi');
    const english = await app.ok('certificates.pdf', { id: second.id });
    const englishPath = path.join(app.dir, english.fileName);
    writeFileSync(englishPath, Buffer.from(english.contentBase64, 'base64'));
    expect(pagesOf(englishPath).join('\n')).toContain("D'Alessandro");
  });

  it('never shares a number between issues made at once', async () => {
    const extra: number[] = [];
    for (let i = 0; i < 8; i++) {
      const id = (
        await app.ok(
          'participants.create',
          {
            data: validParticipant({
              firstName: `Persona${i}`,
              lastName: 'Concorrente',
              codiceFiscale: '',
            }),
          },
          { as: 'coordinator' },
        )
      ).id;
      const record = await app.ok('competenceRecords.create', {
        participantId: id,
        competenceId: competenceIds[0] ?? 0,
        source: { kind: 'experience', title: 'Volontariato in parrocchia', hours: 20 },
        ...assessment,
      });
      await app.ok('competenceRecords.validate', { ids: [record.id] });
      extra.push(id);
    }
    const issued = await Promise.all(
      extra.map(async (participantId) =>
        app.ok('certificates.issue', {
          participantId,
          recordIds: await validatedOf(participantId),
          locale: 'it',
        }),
      ),
    );
    const numbers = issued.map((c) => Number(c.number.split('/')[1])).sort((a, b) => a - b);
    expect(numbers).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    const sqlite = app.database.sqlite;
    // The registry itself refuses a second certificate with a number already given.
    expect(() =>
      sqlite
        .prepare(
          `INSERT INTO certificates (year, seq, number, verification_code, locale, issued_on, snapshot, snapshot_sha256, file_sha256)
           VALUES (?, 3, 'x', 'y', 'it', '2026-01-01', '{}', '', '')`,
        )
        .run(year),
    ).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare('DELETE FROM certificates WHERE seq = 3').run()).toThrow(
      /never deleted/,
    );
    expect(() =>
      sqlite.prepare("UPDATE certificates SET number = 'x' WHERE seq = 3").run(),
    ).toThrow(/frozen/);
  });

  it('keeps a snapshot whose hash verifies, and verifies codes and files', async () => {
    const [latest] = await app.ok('certificates.list', { participantId: people.accents });
    if (!latest) throw new Error('missing certificate');
    const detail = await app.ok('certificates.get', { id: latest.id });
    expect(snapshotSha256(detail.snapshot)).toBe(detail.snapshotSha256);
    expect(detail.snapshot.person).toMatchObject({ lastName: 'Müller-Łukasiewicz' });
    expect(detail.snapshot.competences[0]?.acquisition).toMatchObject({
      kind: 'course',
      title: 'Fare associazione',
      hours: 4,
      attendancePct: 100,
    });

    const byCode = await app.ok('certificates.verify', {
      code: latest.verificationCode.toLowerCase().replace(/-/g, ' '),
    });
    expect(byCode).toMatchObject({
      result: 'valid',
      fileMatches: null,
      certificate: { number: latest.number, snapshotIntact: true },
    });
    const unknown = await app.ok('certificates.verify', { code: 'ZZZZ-ZZZZ-ZZZZ' });
    expect(unknown).toMatchObject({ result: 'unknown', certificate: null });

    const file = await app.ok('certificates.pdf', { id: latest.id });
    const original = Buffer.from(file.contentBase64, 'base64');
    const asIssued = await app.ok('certificates.verify', { pdfBase64: file.contentBase64 });
    expect(asIssued).toMatchObject({ result: 'valid', fileMatches: true, codeFound: true });
    // An edited copy: same code, different bytes. Verify names the certificate and shows
    // the registry's fields, and says the file is not the one issued.
    const tampered = Buffer.from(original);
    const at = tampered.indexOf('/Title');
    tampered.write('/Titlf', at, 'latin1');
    const edited = await app.ok('certificates.verify', { pdfBase64: tampered.toString('base64') });
    expect(edited).toMatchObject({
      result: 'valid',
      fileMatches: false,
      certificate: { snapshot: { person: { lastName: 'Müller-Łukasiewicz' } } },
    });
    const foreign = await app.ok('certificates.verify', {
      pdfBase64: Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64'),
    });
    expect(foreign).toMatchObject({ result: 'unknown', codeFound: false });
    expect(canonicalJson(detail.snapshot)).toBe(canonicalJson(edited.certificate?.snapshot));
  });

  it('revokes once, then Verify says revoked; reissues with a new number', async () => {
    const [cert] = await app.ok('certificates.list', { participantId: people.apostrophe });
    if (!cert) throw new Error('missing certificate');
    const reissued = await app.ok('certificates.reissue', { id: cert.id }, { as: 'coordinator' });
    expect(reissued.number).toBe(`${year}/0011`);
    const old = await app.ok('certificates.list', { participantId: people.apostrophe });
    expect(old.find((c) => c.id === cert.id)).toMatchObject({
      status: 'replaced',
      replacedByNumber: reissued.number,
    });
    const revoked = await app.ok('certificates.revoke', {
      id: reissued.id,
      reason: 'Errore nei dati',
    });
    expect(revoked).toMatchObject({ status: 'revoked', revokedReason: 'Errore nei dati' });
    const twice = await app.call('certificates.revoke', { id: reissued.id, reason: 'Ancora' });
    expect(twice).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'L’attestato è già stato revocato.' },
    });
    const verified = await app.ok('certificates.verify', { code: reissued.verificationCode });
    expect(verified).toMatchObject({
      result: 'revoked',
      certificate: { revokedReason: 'Errore nei dati' },
    });
    const replaced = await app.ok('certificates.verify', { code: cert.verificationCode });
    expect(replaced).toMatchObject({
      result: 'replaced',
      certificate: { replacedByNumber: reissued.number },
    });
    const audit = app.database.sqlite
      .prepare("SELECT count(*) AS n FROM audit_events WHERE action = 'certificates.verify'")
      .get() as { n: number };
    expect(audit.n).toBeGreaterThanOrEqual(5);
  });

  it('issues a whole course as a batch: a PDF per person and one to print', async () => {
    const preview = await app.ok('certificates.batchPreview', { courseId }, { as: 'coordinator' });
    const eligible = preview.filter((c) => c.blocker === null).map((c) => c.participantId);
    // Only the person with validated records not yet on a certificate in force.
    expect(new Set(eligible)).toEqual(new Set([people.full, people.apostrophe]));
    expect(preview.find((c) => c.participantId === people.half)?.blocker).toBe(
      'errors.noValidatedRecord',
    );
    const started = await app.ok('certificates.batchStart', {
      courseId,
      locale: 'it',
      participantIds: eligible,
      fileNames: 'number',
    });
    let status = started;
    while (status.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 10));
      status = await app.ok('certificates.batchStatus', { jobId: started.jobId });
    }
    expect(status).toMatchObject({ state: 'done', total: 2, done: 2, error: null });
    const zipFile = await app.ok('certificates.batchResult', { jobId: started.jobId });
    const zip = await JSZip.loadAsync(Buffer.from(zipFile.contentBase64, 'base64'));
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      [
        ...status.issued.map((i) => `attestato-${i.number.replace('/', '-')}.pdf`),
        `attestati-corso-${courseId}-stampa-unica.pdf`,
      ].sort(),
    );
    expect(names.join(' ')).not.toMatch(/Diallo|Alessandro/);
    const merged = await zip
      .file(`attestati-corso-${courseId}-stampa-unica.pdf`)
      ?.async('nodebuffer');
    const mergedPath = path.join(app.dir, 'merged.pdf');
    writeFileSync(mergedPath, merged ?? Buffer.alloc(0));
    const text = pagesOf(mergedPath).join('\n');
    expect(text).toContain('Diallo');
    expect(text).toContain("D'Alessandro");
    const again = await app.ok('certificates.batchPreview', { courseId });
    expect(again.every((c) => c.blocker !== null)).toBe(true);
  });
});
