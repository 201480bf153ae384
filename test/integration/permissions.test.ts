import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS, contract, type ChannelName } from '../../electron/api/contract';
import { ROLES, type Role } from '../../electron/api/roles';
import { validParticipant } from '../fixtures/participants';
import { ACCOUNTS, createTestApp, type AccountName, type TestApp } from './helpers/db';

/**
 * One sample input per channel: the type makes a new channel without a sample
 * a compile error, so every channel × every role below is always tested.
 */
const SAMPLES: Record<ChannelName, unknown> = {
  'system.info': {},
  'auth.status': {},
  'auth.setup': {},
  'auth.login': { username: 'nobody', password: 'wrong' },
  'auth.recover': {},
  'auth.unlock': { password: 'wrong' },
  'auth.lock': {},
  'auth.logout': {},
  'auth.changePassword': {},
  'users.list': {},
  'users.trainers': {},
  'users.create': {},
  'users.update': { id: 999_999, displayName: 'X', role: 'trainer' },
  'users.setActive': { id: 999_999, active: true },
  'users.resetPassword': { id: 999_999, password: 'a-long-password' },
  'audit.list': {},
  'settings.get': {},
  'settings.update': {},
  'backups.list': {},
  'backups.create': {},
  'backups.restore': { name: 'percorsi-20000101T000000Z-manual.db' },
  'participants.search': { query: '' },
  'participants.get': { id: 999_999 },
  'participants.checkDuplicates': { firstName: 'A', lastName: 'B', birthDate: '1990-01-01' },
  'participants.create': { data: {} },
  'participants.update': { id: 999_999, data: {} },
  'participants.setArchived': { id: 999_999, archived: true },
  'projects.list': {},
  'projects.get': { id: 999_999 },
  'projects.create': { data: {} },
  'projects.update': { id: 999_999, data: {} },
  'courses.list': {},
  'courses.get': { id: 999_999 },
  'courses.create': { data: {} },
  'courses.update': { id: 999_999, data: {} },
  'sessions.list': { courseId: 999_999 },
  'sessions.create': { courseId: 999_999, data: {} },
  'sessions.update': { id: 999_999, data: {} },
  'sessions.createCalendar': {},
  'enrolments.list': { courseId: 999_999 },
  'enrolments.add': { courseId: 999_999, participantId: 999_999 },
  'enrolments.setStatus': { id: 999_999, status: 'active', date: '2026-01-01' },
  'attendance.get': { sessionId: 999_999 },
  'attendance.save': { sessionId: 999_999, rows: [{ participantId: 1, status: 'present' }] },
  'attendance.summary': { courseId: 999_999 },
  'attendance.forParticipant': { participantId: 999_999 },
  'pathways.list': {},
  'pathways.forParticipant': { participantId: 999_999 },
  'caseload.home': {},
  'documents.plan': { pathwayId: 999_999 },
  'services.list': {},
  'services.create': { data: {} },
  'services.update': { id: 999_999, data: { name: 'X', category: 'other' } },
  'services.setDeleted': { id: 999_999, deleted: true },
  'referrals.create': { pathwayId: 999_999, serviceId: 999_999, date: '2026-01-01' },
  'referrals.setOutcome': { id: 999_999, outcome: 'x' },
  'volunteering.list': { participantId: 999_999 },
  'volunteering.create': {
    participantId: 999_999,
    hostAssociation: 'X',
    startDate: '2026-01-01',
    hours: 3,
    insuranceCovered: true,
  },
  'volunteering.insuranceAlerts': {},
  'pathways.get': { id: 999_999 },
  'pathways.create': { participantId: 999_999, track: 'job_placement', openedOn: '2026-01-01' },
  'pathways.setStatus': { id: 999_999, status: 'closed', date: '2026-01-01' },
  'screenings.create': {
    pathwayId: 999_999,
    kind: 'baseline',
    date: '2026-01-01',
    scores: [{ dimension: 'housing', level: 2 }],
  },
  'plans.save': { pathwayId: 999_999, goals: [] },
  'meetings.create': { pathwayId: 999_999, date: '2026-01-01', durationMinutes: 30, kind: 'phone' },
  'milestones.create': {
    pathwayId: 999_999,
    date: '2026-01-01',
    details: { type: 'job', employer: 'X', contractType: 'permanent', startDate: '2026-01-01' },
  },
  'attendance.import': { courseId: 999_999, fileName: 'x.csv', contentBase64: 'YQ==' },
  'documents.signInSheet': { sessionId: 999_999 },
  'documents.courseSignInSheets': { courseId: 999_999 },
  'competences.list': {},
  'competences.create': { data: {} },
  'competences.update': { id: 999_999, data: {} },
  'competences.setActive': { id: 999_999, active: false },
  'competences.export': { format: 'json' },
  'competences.import': { format: 'json', contentBase64: 'W10=' },
  'competences.forCourse': { courseId: 999_999 },
  'competences.setForCourse': { courseId: 999_999, competenceIds: [] },
  'competenceRecords.list': { participantId: 999_999 },
  'competenceRecords.create': {
    participantId: 999_999,
    competenceId: 1,
    source: { kind: 'experience', title: 'X' },
    levelReached: 'basic',
    assessmentMethod: 'interview',
    assessorName: 'X',
    assessedOn: '2026-01-01',
  },
  'competenceRecords.update': {
    id: 999_999,
    data: {
      competenceId: 1,
      levelReached: 'basic',
      assessmentMethod: 'interview',
      assessorName: 'X',
      assessedOn: '2026-01-01',
    },
  },
  'competenceRecords.validate': { ids: [999_999] },
  'competenceRecords.revoke': { id: 999_999, reason: 'X' },
  'competenceRecords.suggestions': { courseId: 999_999 },
  'competenceRecords.acceptSuggestions': {
    items: [{ participantId: 999_999, competenceId: 1, source: { kind: 'course', courseId: 1 } }],
    levelReached: 'basic',
    assessmentMethod: 'interview',
    assessorName: 'X',
    assessedOn: '2026-01-01',
  },
  'certificates.issue': { participantId: 999_999, recordIds: [999_999], locale: 'it' },
  'certificates.list': {},
  'certificates.get': { id: 999_999 },
  'certificates.pdf': { id: 999_999 },
  'certificates.revoke': { id: 999_999, reason: 'X' },
  'certificates.reissue': { id: 999_999 },
  'certificates.verify': { code: 'AAAA-BBBB-CCCC' },
  'certificates.batchPreview': { courseId: 999_999 },
  'certificates.batchStart': {
    courseId: 999_999,
    locale: 'it',
    participantIds: [999_999],
    fileNames: 'number',
  },
  'certificates.batchStatus': { jobId: 'none' },
  'certificates.batchCancel': { jobId: 'none' },
  'certificates.batchResult': { jobId: 'none' },
  'reports.dashboard': { from: '2026-01-01', to: '2026-12-31' },
  'reports.drill': { filter: { from: '2026-01-01', to: '2026-12-31' }, figure: { kind: 'people' } },
  'reports.export': { filter: { from: '2026-01-01', to: '2026-12-31' }, format: 'csv_indicators' },
  'privacy.export': { participantId: 999_999 },
  'privacy.erasurePreview': { participantId: 999_999 },
  'privacy.anonymise': { participantId: 999_999, confirm: true },
  'privacy.retentionReview': {},
  'privacy.anonymiseMany': { participantIds: [999_999], confirm: true },
  'imports.preview': { fileName: 'x.csv', contentBase64: 'YQ==' },
  'imports.participants': {
    fileName: 'x.csv',
    contentBase64: 'YQ==',
    mapping: {},
    courseId: 999_999,
  },
  'imports.start': { fileName: 'x.csv', contentBase64: 'YQ==', mapping: {}, courseId: 999_999 },
  'imports.status': { jobId: 'none' },
  'imports.cancel': { jobId: 'none' },
  'imports.mappings': {},
  'imports.saveMapping': { name: 'Prova', mapping: {} },
  'imports.deleteMapping': { id: 999_999 },
};

/** Channels that name a record: refused with `forbidden` when the record is out of scope. */
const RECORD_SCOPED: ChannelName[] = [
  'participants.get',
  'participants.update',
  'participants.setArchived',
  'projects.get',
  'projects.update',
  'courses.get',
  'courses.update',
  'sessions.list',
  'sessions.create',
  'sessions.update',
  'enrolments.list',
  'enrolments.add',
  'enrolments.setStatus',
  'attendance.get',
  'attendance.save',
  'attendance.summary',
  'attendance.forParticipant',
  'pathways.forParticipant',
  'pathways.get',
  'pathways.create',
  'pathways.setStatus',
  'screenings.create',
  'plans.save',
  'meetings.create',
  'milestones.create',
  'documents.plan',
  'services.update',
  'services.setDeleted',
  'referrals.create',
  'referrals.setOutcome',
  'volunteering.list',
  'volunteering.create',
  'attendance.import',
  'documents.signInSheet',
  'documents.courseSignInSheets',
  'competences.update',
  'competences.setActive',
  'competences.forCourse',
  'competences.setForCourse',
  'competenceRecords.list',
  'competenceRecords.create',
  'competenceRecords.update',
  'competenceRecords.validate',
  'competenceRecords.revoke',
  'competenceRecords.suggestions',
  'competenceRecords.acceptSuggestions',
  'certificates.issue',
  'certificates.get',
  'certificates.pdf',
  'certificates.revoke',
  'certificates.reissue',
  'certificates.batchPreview',
  'certificates.batchStart',
  'privacy.export',
  'privacy.erasurePreview',
  'privacy.anonymise',
  'privacy.anonymiseMany',
  'imports.participants',
  'imports.start',
  'imports.saveMapping',
];

/** Calls that end or lock the session are checked on their own below. */
const SESSION_ENDING = new Set<ChannelName>(['auth.lock', 'auth.logout']);

const ROLE_ACCOUNTS: Record<Role, AccountName> = {
  admin: 'admin',
  coordinator: 'coordinator',
  counselor: 'counselor',
  trainer: 'trainer',
};

function allowed(channel: ChannelName, role: Role): boolean {
  const { access } = contract[channel];
  return typeof access === 'string' || access.includes(role);
}

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('permission table: every channel × every role', () => {
  it('has a sample for every channel', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...CHANNELS].sort());
  });

  for (const role of ROLES) {
    it(`enforces the table for ${role}`, async () => {
      await app.signOut();
      await app.signInAs(ROLE_ACCOUNTS[role]);
      const outcomes: string[] = [];
      for (const channel of CHANNELS) {
        if (SESSION_ENDING.has(channel)) continue;
        const result = await app.router.call({ channel, input: SAMPLES[channel], locale: 'it' });
        const forbidden = !result.ok && result.error.code === 'forbidden';
        if (!allowed(channel, role)) {
          expect(result, `${role} × ${channel}`).toEqual({
            ok: false,
            error: { code: 'forbidden', message: 'Non hai i permessi per questa operazione.' },
          });
        } else if (forbidden) {
          // Allowed by the table, refused only by record scope (an id nobody can see).
          expect(RECORD_SCOPED, channel).toContain(channel);
        }
        outcomes.push(`${channel}:${result.ok ? 'ok' : result.error.code}`);
      }
      expect(outcomes.length).toBe(CHANNELS.length - SESSION_ENDING.size);
      // Whatever the sample, a failed login or unlock never signs this user out.
      expect(app.vault.sessionUser?.role).toBe(role);
    });
  }

  it('lets every signed-in role lock and sign out, and nobody before sign-in', async () => {
    for (const role of ROLES) {
      await app.signOut();
      await app.signInAs(ROLE_ACCOUNTS[role]);
      const locked = await app.router.call({ channel: 'auth.lock', input: {}, locale: 'it' });
      expect(locked, role).toEqual({ ok: true, data: null });
      const unlocked = await app.router.call({
        channel: 'auth.unlock',
        input: { password: ACCOUNTS[ROLE_ACCOUNTS[role]].password },
        locale: 'it',
      });
      expect(unlocked.ok, role).toBe(true);
    }
    await app.signOut();
    for (const channel of CHANNELS) {
      const result = await app.router.call({ channel, input: SAMPLES[channel], locale: 'it' });
      if (contract[channel].access !== 'public') {
        expect(result, channel).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
      }
    }
  });
});

describe('record scopes', () => {
  it('shows counselors the people they registered and refuses the rest without revealing them', async () => {
    const mine = await app.ok(
      'participants.create',
      { data: validParticipant({ codiceFiscale: '', firstName: 'Mariam' }) },
      { as: 'counselor' },
    );
    const theirs = await app.ok(
      'participants.create',
      { data: validParticipant({ codiceFiscale: '', firstName: 'Oumou', lastName: 'Sangaré' }) },
      { as: 'counselor2' },
    );
    const search = await app.ok('participants.search', { query: '' }, { as: 'counselor' });
    expect(search.items.map((p) => p.id)).toEqual([mine.id]);
    expect((await app.call('participants.get', { id: mine.id })).ok).toBe(true);

    const outOfScope = await app.call('participants.get', { id: theirs.id });
    const missing = await app.call('participants.get', { id: 987_654 });
    expect(outOfScope).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Non hai i permessi per questa operazione.' },
    });
    expect(missing).toEqual(outOfScope);
    const edit = await app.call('participants.update', {
      id: theirs.id,
      data: validParticipant({ codiceFiscale: '', firstName: 'Changed' }),
    });
    expect(edit).toEqual(outOfScope);
    expect((await app.call('participants.setArchived', { id: theirs.id, archived: true })).ok).toBe(
      false,
    );

    // Coordinators see both; trainers (no courses yet) see nobody.
    const all = await app.ok('participants.search', { query: '' }, { as: 'coordinator' });
    expect(all.items.map((p) => p.id).sort()).toEqual([mine.id, theirs.id].sort());
    const trainer = await app.ok('participants.search', { query: '' }, { as: 'trainer' });
    expect(trainer.items).toEqual([]);
    expect(await app.call('participants.get', { id: mine.id })).toEqual(outOfScope);
  });
});
