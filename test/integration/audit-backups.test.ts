import { copyFileSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, rotateBackups } from '../../db/backups';
import { validParticipant } from '../fixtures/participants';
import { ACCOUNTS, createTestApp, tempDir, type TestApp } from './helpers/db';

let app: TestApp | null = null;
let other: TestApp | null = null;
afterEach(() => {
  app?.close();
  other?.close();
  app = other = null;
});

describe('audit log', () => {
  it('records sign-ins, failures, writes and refusals without personal content', async () => {
    app = await createTestApp();
    const person = await app.ok(
      'participants.create',
      { data: validParticipant() },
      { as: 'counselor' },
    );
    await app.ok('participants.update', {
      id: person.id,
      data: validParticipant({ residenceComune: 'Asti' }),
    });
    await app.signOut();
    await app.router.call({
      channel: 'auth.login',
      input: { username: 'operatrice', password: 'not-the-password' },
      locale: 'it',
    });
    await app.signInAs('coordinator');
    await app.call('users.list', {});

    const events = await app.ok('audit.list', { limit: 500 });
    const summary = events.items.map((e) => `${e.action}:${e.outcome}:${e.entity ?? ''}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        'auth.setup:ok:',
        'users.create:ok:user',
        'auth.login:ok:',
        'auth.logout:ok:',
        'participants.create:ok:participant',
        'participants.update:ok:participant',
        'auth.login:failed:',
        'users.list:denied:',
      ]),
    );
    const created = events.items.find((e) => e.action === 'participants.create');
    expect(created).toMatchObject({
      entityId: person.id,
      userId: app.userIds.counselor,
      username: 'operatrice',
    });
    const text = JSON.stringify(app.database.sqlite.prepare('SELECT * FROM audit_events').all());
    for (const personal of ['Aïcha', 'Diallo', 'DLLCHA', 'Asti', 'not-the-password']) {
      expect(text).not.toContain(personal);
    }

    const filtered = await app.ok('audit.list', {
      action: 'auth.login',
      userId: app.userIds.counselor,
    });
    expect(
      filtered.items.every((e) => e.action === 'auth.login' && e.userId === app!.userIds.counselor),
    ).toBe(true);
    expect(filtered.items.map((e) => e.outcome).sort()).toEqual(['failed', 'ok']);
  });

  it('cannot be edited or deleted', async () => {
    app = await createTestApp();
    const { sqlite } = app.database;
    expect(() => sqlite.prepare("UPDATE audit_events SET action = 'x'").run()).toThrow(
      /cannot be changed/,
    );
    expect(() => sqlite.prepare('DELETE FROM audit_events').run()).toThrow(/cannot be deleted/);
    const denied = await app.call('audit.list', {}, { as: 'counselor' });
    expect(denied).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('backups', () => {
  it('creates verified, encrypted backups and restores one, keeping a copy of the live file', async () => {
    app = await createTestApp();
    const first = await app.ok('participants.create', { data: validParticipant() });
    const backup = await app.ok('backups.create', {});
    expect(backup.name).toMatch(/^percorsi-\d{8}T\d{6}Z-manual\.db$/);
    expect(JSON.stringify(backup)).not.toContain(app.dir);
    await app.ok('participants.create', {
      data: validParticipant({ firstName: 'Oumou', lastName: 'Sangaré', codiceFiscale: '' }),
    });
    expect((await app.ok('participants.search', { query: '' })).items).toHaveLength(2);

    await app.ok('backups.restore', { name: backup.name });
    const after = await app.ok('participants.search', { query: '' });
    expect(after.items.map((p) => p.id)).toEqual([first.id]);
    const names = (await app.ok('backups.list', {})).map((b) => b.reason);
    expect(names).toContain('before-restore');
    // The session survives the restore; the audit records it.
    const events = await app.ok('audit.list', { action: 'backups.restore' });
    expect(events.items).toHaveLength(1);
  });

  it('refuses a backup from another organisation and changes nothing', async () => {
    app = await createTestApp();
    other = await createTestApp();
    await app.ok('participants.create', { data: validParticipant() });
    const foreign = await other.ok('backups.create', {});
    const foreignName = 'percorsi-20000101T000000Z-manual.db';
    mkdirSync(app.vault.backupDir, { recursive: true });
    copyFileSync(
      path.join(other.vault.backupDir, foreign.name),
      path.join(app.vault.backupDir, foreignName),
    );
    const before = (await app.ok('backups.list', {})).length;
    const result = await app.call('backups.restore', { name: foreignName });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!result.ok) expect(result.error.message).toContain('non appartiene a questo archivio');
    expect((await app.ok('participants.search', { query: '' })).items).toHaveLength(1);
    expect((await app.ok('backups.list', {})).length).toBe(before);
    const unknown = await app.call('backups.restore', { name: '../../etc/passwd' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('takes an automatic backup at sign-in when the newest is older than a day', async () => {
    app = await createTestApp();
    await app.signOut();
    await app.signInAs('admin');
    const autos = (await app.ok('backups.list', {})).filter((b) => b.reason === 'auto');
    expect(autos).toHaveLength(1);
    await app.signOut();
    await app.signInAs('coordinator');
    await app.signOut();
    await app.signInAs('admin');
    expect((await app.ok('backups.list', {})).filter((b) => b.reason === 'auto')).toHaveLength(1);
    expect(ACCOUNTS.admin.role).toBe('admin');
  });

  it('rotates to 7 daily and 4 weekly backups, never touching pre-migration ones', () => {
    const { dir, cleanup } = tempDir();
    try {
      const start = Date.UTC(2026, 0, 1, 9, 0, 0);
      for (let day = 0; day < 60; day++) {
        for (const hour of [9, 17]) {
          const at = new Date(start + day * 86_400_000 + (hour - 9) * 3_600_000);
          const stamp = at
            .toISOString()
            .replace(/[-:]/g, '')
            .replace(/\.\d+Z$/, 'Z');
          const file = path.join(dir, `percorsi-${stamp}-auto.db`);
          writeFileSync(file, 'x');
          utimesSync(file, at, at);
        }
      }
      writeFileSync(path.join(dir, 'percorsi-20250101T000000Z-before-v3.db'), 'x');
      rotateBackups(dir);
      const kept = listBackups(dir);
      const rotating = kept.filter((b) => b.reason === 'auto');
      const days = new Set(rotating.map((b) => b.takenAt.slice(0, 10)));
      expect(days.size).toBeGreaterThanOrEqual(7);
      expect(rotating.length).toBeLessThanOrEqual(11);
      // The newest of the last 7 days are all kept; the oldest kept is about 4 weeks back.
      expect(rotating[0]?.takenAt).toBe('2026-03-01T17:00:00Z');
      expect(rotating.slice(0, 7).map((b) => b.takenAt.slice(0, 10))).toEqual([
        '2026-03-01',
        '2026-02-28',
        '2026-02-27',
        '2026-02-26',
        '2026-02-25',
        '2026-02-24',
        '2026-02-23',
      ]);
      expect((rotating.at(-1)?.takenAt ?? '') >= '2026-02-01').toBe(true);
      expect(kept.some((b) => b.reason === 'before-v3')).toBe(true);
      expect(readdirSync(dir).length).toBe(kept.length);
    } finally {
      cleanup();
    }
  });
});
