import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../electron/api/contract';
import { handlers } from '../../electron/api/handlers';
import { createRouter, type HandlerMap } from '../../electron/api/router';
import { participantsContract } from '../../electron/features/participants/contract';
import { participantHandlers } from '../../electron/features/participants/handlers';
import { systemContract } from '../../electron/features/system/contract';
import { systemHandlers } from '../../electron/features/system/handlers';
import { attendanceContract } from '../../electron/features/attendance/contract';
import { documentHandlers } from '../../electron/features/attendance/documents';
import { attendanceHandlers } from '../../electron/features/attendance/handlers';
import { importHandlers } from '../../electron/features/attendance/import';
import { coursesContract } from '../../electron/features/courses/contract';
import { enrolmentHandlers } from '../../electron/features/courses/enrolments';
import { courseHandlers } from '../../electron/features/courses/handlers';
import { sessionHandlers } from '../../electron/features/courses/sessions';
import { pathwaysContract } from '../../electron/features/pathways/contract';
import { pathwayHandlers } from '../../electron/features/pathways/handlers';
import { projectsContract } from '../../electron/features/projects/contract';
import { servicesContract } from '../../electron/features/services/contract';
import { serviceHandlers } from '../../electron/features/services/handlers';
import { certificatesContract } from '../../electron/features/certificates/contract';
import { batchHandlers } from '../../electron/features/certificates/batch';
import { certificateHandlers } from '../../electron/features/certificates/handlers';
import { competencesContract } from '../../electron/features/competences/contract';
import { competenceHandlers } from '../../electron/features/competences/handlers';
import { recordHandlers } from '../../electron/features/competences/records';
import { reportsContract } from '../../electron/features/reports/contract';
import { reportHandlers } from '../../electron/features/reports/handlers';
import { privacyContract } from '../../electron/features/privacy/contract';
import { privacyHandlers } from '../../electron/features/privacy/handlers';
import { projectHandlers } from '../../electron/features/projects/handlers';
import { importsContract } from '../../electron/features/imports/contract';
import { importsHandlers } from '../../electron/features/imports/handlers';
import { auditContract } from '../../electron/features/audit/contract';
import { auditHandlers } from '../../electron/features/audit/handlers';
import { authContract } from '../../electron/features/auth/contract';
import { authHandlers } from '../../electron/features/auth/handlers';
import { backupsContract } from '../../electron/features/backups/contract';
import { backupHandlers } from '../../electron/features/backups/handlers';
import { settingsContract } from '../../electron/features/settings/contract';
import { settingsHandlers } from '../../electron/features/settings/handlers';
import { usersContract } from '../../electron/features/users/contract';
import { userHandlers } from '../../electron/features/users/handlers';
import { ROLES } from '../../electron/api/roles';
import { vaultSession } from '../../electron/api/session';
import type { HandlerContext } from '../../electron/api/context';
import { AppError } from '../../electron/api/errors';
import { validParticipant } from '../fixtures/participants';
import { loadMigrations } from '../../db/migrations';
import { createTestApp, MIGRATIONS_DIR, type TestApp } from './helpers/db';

const featureContracts = [
  systemContract,
  authContract,
  usersContract,
  auditContract,
  settingsContract,
  backupsContract,
  participantsContract,
  projectsContract,
  coursesContract,
  attendanceContract,
  pathwaysContract,
  servicesContract,
  competencesContract,
  certificatesContract,
  reportsContract,
  privacyContract,
  importsContract,
];
const featureHandlers = [
  systemHandlers,
  authHandlers,
  userHandlers,
  auditHandlers,
  settingsHandlers,
  backupHandlers,
  participantHandlers,
  projectHandlers,
  courseHandlers,
  sessionHandlers,
  enrolmentHandlers,
  attendanceHandlers,
  documentHandlers,
  importHandlers,
  pathwayHandlers,
  serviceHandlers,
  competenceHandlers,
  recordHandlers,
  certificateHandlers,
  batchHandlers,
  reportHandlers,
  privacyHandlers,
  importsHandlers,
];

describe('contract and handlers', () => {
  it('declares every channel once: no feature silently overrides another', () => {
    const declared = featureContracts.flatMap((c) => Object.keys(c));
    expect(new Set(declared).size).toBe(declared.length);
    expect(declared.sort()).toEqual([...CHANNELS].sort());
  });

  it('has exactly one handler for every channel and none without a channel', () => {
    const implemented = featureHandlers.flatMap((h) => Object.keys(h));
    expect(new Set(implemented).size).toBe(implemented.length);
    expect(implemented.sort()).toEqual([...CHANNELS].sort());
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('gives every channel an input schema and a valid access rule', () => {
    for (const name of CHANNELS) {
      const { access } = contract[name];
      if (typeof access === 'string') {
        expect(['public', 'signed_in'], name).toContain(access);
      } else {
        expect(access.length, name).toBeGreaterThan(0);
        expect(
          access.every((r) => ROLES.includes(r)),
          name,
        ).toBe(true);
      }
      expect(typeof contract[name].input.safeParse, name).toBe('function');
    }
  });
});

describe('router', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.close());

  it('refuses an unknown channel with a structured error', async () => {
    const result = await app.router.call({ channel: 'participants.drop', input: {}, locale: 'it' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Operazione sconosciuta.' },
    });
  });

  it('checks the caller role before validating or running anything, and audits the refusal', async () => {
    const result = await app.call(
      'participants.create',
      { data: validParticipant() },
      { as: 'trainer' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Non hai i permessi per questa operazione.' },
    });
    const count = app.database.sqlite.prepare('SELECT count(*) AS n FROM participants').get() as {
      n: number;
    };
    expect(count.n).toBe(0);
    const denied = app.database.sqlite
      .prepare("SELECT action, user_id AS userId FROM audit_events WHERE outcome = 'denied'")
      .all();
    expect(denied).toEqual([{ action: 'participants.create', userId: app.userIds.trainer }]);
  });

  it('refuses every non-public channel before sign-in and while locked', async () => {
    await app.signOut();
    const anonymous = await app.router.call({
      channel: 'participants.search',
      input: {},
      locale: 'en',
    });
    expect(anonymous).toEqual({
      ok: false,
      error: { code: 'unauthenticated', message: 'Sign in to continue.' },
    });
    await app.signInAs('admin');
    await app.ok('auth.lock', {});
    const locked = await app.router.call({
      channel: 'participants.search',
      input: {},
      locale: 'it',
    });
    expect(locked).toMatchObject({ ok: false, error: { code: 'locked' } });
  });

  it('hides unexpected errors behind a generic message without stack, SQL or personal data', async () => {
    const seen: unknown[] = [];
    const failing = {
      ...handlers,
      'participants.get': () => {
        throw new Error(
          'SQLITE_ERROR near "SELECT * FROM participants WHERE last_name = \'Diallo\'"',
        );
      },
    } as HandlerMap;
    const router = createRouter({
      handlers: failing,
      session: vaultSession(app.vault, () => 15),
      onInternalError: (_channel, error) => seen.push(error),
    });
    const result = await router.call({
      channel: 'participants.get',
      input: { id: 1 },
      locale: 'it',
    });
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/SQLITE|SELECT|Diallo|at .*\.ts|\/work|node_modules/);
    expect(result).toMatchObject({ error: { code: 'internal' } });
    expect(seen).toHaveLength(1);
  });

  it('commits a write and its audit event together, or neither', async () => {
    const person = await app.ok('participants.create', { data: validParticipant() });
    const failing = {
      ...handlers,
      'participants.setArchived': (ctx: HandlerContext) => {
        ctx.database.sqlite
          .prepare("UPDATE participants SET first_name = 'Changed' WHERE id = ?")
          .run(person.id);
        throw new AppError('conflict', 'errors.duplicate');
      },
    } as HandlerMap;
    const router = createRouter({ handlers: failing, session: vaultSession(app.vault, () => 15) });
    const auditCount = () =>
      app.database.sqlite.prepare('SELECT count(*) FROM audit_events').pluck().get() as number;
    const before = auditCount();
    const result = await router.call({
      channel: 'participants.setArchived',
      input: { id: person.id, archived: true },
      locale: 'it',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await app.ok('participants.get', { id: person.id })).firstName).toBe('Aïcha');
    expect(auditCount()).toBe(before);
  });

  it('reports system info', async () => {
    await app.ok('participants.create', { data: validParticipant() });
    const info = await app.ok('system.info', {});
    expect(info).toMatchObject({
      participants: 1,
      role: 'admin',
      schemaVersion: loadMigrations(MIGRATIONS_DIR).length,
    });
  });
});
