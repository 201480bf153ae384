import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppRouter } from '../../electron/api/app';
import { Vault } from '../../electron/app/vault';
import { MIGRATIONS_DIR, tempDir } from './helpers/db';

let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

async function setUp() {
  const temp = tempDir();
  cleanup = temp.cleanup;
  let now = Date.UTC(2026, 10, 22, 9, 0, 0);
  // A folder that does not exist yet, as with `--data` on a first run.
  const vault = new Vault(path.join(temp.dir, 'new', 'data'), MIGRATIONS_DIR, () => new Date(now));
  const router = createAppRouter({ vault, now: () => new Date(now) });
  const call = (channel: string, input: unknown = {}) =>
    router.call({ channel, input, locale: 'it' });
  const setup = await call('auth.setup', {
    organisation: { name: 'Associazione di prova' },
    admin: {
      username: 'admin',
      displayName: 'Admin',
      password: 'admin-password-1',
      passwordConfirm: 'admin-password-1',
    },
  });
  expect(setup.ok).toBe(true);
  return { vault, call, advance: (minutes: number) => (now += minutes * 60_000) };
}

describe('session lock', () => {
  it('locks after the inactivity period and unlocks with the password, keeping the session', async () => {
    const { call, advance, vault } = await setUp();
    advance(14);
    expect((await call('participants.search', { query: '' })).ok).toBe(true);
    advance(14);
    expect((await call('participants.search', { query: '' })).ok).toBe(true);
    advance(16);
    expect(await call('participants.search', { query: '' })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    const status = await call('auth.status');
    expect(status).toMatchObject({ ok: true, data: { locked: true, user: { username: 'admin' } } });
    expect(await call('auth.unlock', { password: 'wrong-password' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_credentials' },
    });
    expect((await call('auth.unlock', { password: 'admin-password-1' })).ok).toBe(true);
    expect((await call('participants.search', { query: '' })).ok).toBe(true);
    expect(vault.sessionUser?.username).toBe('admin');
  });

  it('follows the inactivity setting', async () => {
    const { call, advance } = await setUp();
    const saved = await call('settings.update', {
      organisation: { name: 'Associazione di prova', signatoryName: 'Maria Bianchi' },
      inactivityMinutes: 2,
    });
    expect(saved).toMatchObject({ ok: true, data: { inactivityMinutes: 2 } });
    advance(3);
    expect(await call('settings.get')).toMatchObject({ ok: false, error: { code: 'locked' } });
    const invalid = await call('auth.unlock', { password: 'admin-password-1' });
    expect(invalid.ok).toBe(true);
    const bad = await call('settings.update', { organisation: { name: '' }, inactivityMinutes: 0 });
    expect(bad).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: {
          'organisation.name': 'Campo obbligatorio.',
          inactivityMinutes: 'Da 1 a 240 minuti.',
        },
      },
    });
  });

  it('refuses a second set-up and keeps the first', async () => {
    const { call } = await setUp();
    const again = await call('auth.setup', {
      organisation: { name: 'Altra' },
      admin: {
        username: 'other',
        displayName: 'Other',
        password: 'other-password-1',
        passwordConfirm: 'other-password-1',
      },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('settings.get')).toMatchObject({
      ok: true,
      data: { organisation: { name: 'Associazione di prova' } },
    });
  });

  it('keeps the last active administrator', async () => {
    const { call } = await setUp();
    const selfOff = await call('users.setActive', { id: 1, active: false });
    expect(selfOff).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const demote = await call('users.update', { id: 1, displayName: 'Admin', role: 'trainer' });
    expect(demote).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Deve restare almeno un amministratore attivo.' },
    });
    const taken = await call('users.create', {
      username: 'ADMIN',
      displayName: 'Dup',
      role: 'trainer',
      password: 'another-password',
    });
    expect(taken).toMatchObject({
      ok: false,
      error: { fields: { username: 'Questo nome utente è già in uso.' } },
    });
  });
});
