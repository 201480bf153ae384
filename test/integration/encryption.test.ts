import {
  readdirSync,
  readFileSync,
  writeFileSync,
  existsSync,
  copyFileSync,
  truncateSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { Sqlite } from '../../db/driver';
import { createAppRouter } from '../../electron/api/app';
import { Vault } from '../../electron/app/vault';
import { validParticipant } from '../fixtures/participants';
import { ACCOUNTS, createTestApp, MIGRATIONS_DIR, tempDir, type TestApp } from './helpers/db';

const KNOWN_NAMES = ['Zebulonia', 'Quixotte', 'Wyndham-Ålesund'];

/** Every encoding a name might be found in: UTF-8, UTF-16 LE/BE, upper and lower case. */
function encodings(name: string): Buffer[] {
  const variants = [name, name.toUpperCase(), name.toLowerCase()];
  return variants.flatMap((v) => [
    Buffer.from(v, 'utf8'),
    Buffer.from(v, 'utf16le'),
    Buffer.from(v, 'utf16le').swap16(),
  ]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

let app: TestApp | null = null;
afterEach(() => {
  app?.close();
  app = null;
});

describe('encryption at rest', () => {
  it('leaves no readable name in the database, its WAL, the key file or any backup', async () => {
    app = await createTestApp();
    for (const [i, name] of KNOWN_NAMES.entries()) {
      await app.ok('participants.create', {
        data: validParticipant({
          firstName: name,
          lastName: `${name}son`,
          codiceFiscale: '',
          birthDate: `1980-01-0${i + 1}`,
        }),
      });
    }
    await app.ok('backups.create', {});
    // The WAL holds the recent writes before a checkpoint.
    expect(existsSync(`${app.vault.databaseFile}-wal`)).toBe(true);
    const files = filesUnder(app.dir);
    expect(files.some((f) => f.includes('backups'))).toBe(true);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const name of KNOWN_NAMES) {
        for (const needle of encodings(name)) {
          expect(bytes.includes(needle), `${path.basename(file)} contains ${name}`).toBe(false);
        }
      }
    }
    // The names are really there, behind the key.
    const found = await app.ok('participants.search', { query: 'zebul' });
    expect(found.items).toHaveLength(1);
  });

  it('refuses a wrong key with a clear error and opens with the recovery key', async () => {
    app = await createTestApp();
    await app.ok('participants.create', { data: validParticipant() });
    const file = app.vault.databaseFile;
    await app.signOut();
    expect(() =>
      openDatabase({ file, migrationsDir: MIGRATIONS_DIR, key: Buffer.alloc(32, 1) }),
    ).toThrow(/cannot be decrypted with this key/);
    const plain = new Sqlite(file);
    expect(() => plain.prepare('SELECT count(*) FROM participants').get()).toThrow(
      /not a database/,
    );
    plain.close();

    const recovered = await app.router.call({
      channel: 'auth.recover',
      input: {
        recoveryKey: app.recoveryKey.toLowerCase().replace(/-/g, ' '),
        username: 'ADMIN',
        newPassword: 'a-brand-new-password',
        passwordConfirm: 'a-brand-new-password',
      },
      locale: 'it',
    });
    expect(recovered).toMatchObject({ ok: true, data: { username: 'admin', role: 'admin' } });
    const people = await app.router.call({
      channel: 'participants.search',
      input: { query: 'aich' },
      locale: 'it',
    });
    expect(people).toMatchObject({ ok: true, data: { items: [{ lastName: 'Diallo' }] } });
    // The old password no longer opens anything; the new one does.
    await app.router.call({ channel: 'auth.logout', input: {}, locale: 'it' });
    const old = await app.router.call({
      channel: 'auth.login',
      input: { username: 'admin', password: ACCOUNTS.admin.password },
      locale: 'it',
    });
    expect(old).toMatchObject({ ok: false, error: { code: 'invalid_credentials' } });
    const fresh = await app.router.call({
      channel: 'auth.login',
      input: { username: 'admin', password: 'a-brand-new-password' },
      locale: 'it',
    });
    expect(fresh.ok).toBe(true);
  });

  it('encrypts a database from before encryption in place at set-up, keeping every row', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const legacy = openDatabase({
        file: path.join(dir, 'percorsi.db'),
        migrationsDir: MIGRATIONS_DIR,
      });
      const insert = legacy.sqlite.prepare(`INSERT INTO participants
        (first_name, last_name, normalized_name, sex, birth_date, birth_country, citizenships, languages,
         consent_date, consent_legal_basis, consent_scopes)
        VALUES (?, 'Legacyname', 'x', 'F', '1990-04-03', 'SN', '["SN"]', '[]', '2026-01-15', 'consent', '["service"]')`);
      for (const first of ['Aïcha', 'Zoë', 'Oumou']) insert.run(first);
      legacy.close();
      expect(readFileSync(path.join(dir, 'percorsi.db')).includes(Buffer.from('Legacyname'))).toBe(
        true,
      );

      const vault = new Vault(dir, MIGRATIONS_DIR);
      const router = createAppRouter({ vault });
      const status = await router.call({ channel: 'auth.status', input: {}, locale: 'it' });
      expect(status).toMatchObject({
        ok: true,
        data: { setupNeeded: true, hasUnencryptedData: true },
      });
      const setup = await router.call({
        channel: 'auth.setup',
        input: {
          organisation: { name: 'Cooperativa di prova' },
          admin: {
            username: 'admin',
            displayName: 'Admin',
            password: 'admin-password-1',
            passwordConfirm: 'admin-password-1',
          },
        },
        locale: 'it',
      });
      expect(setup.ok).toBe(true);
      const search = await router.call({
        channel: 'participants.search',
        input: { query: 'legacyn' },
        locale: 'it',
      });
      expect(search).toMatchObject({ ok: true, data: { items: [{}, {}, {}] } });
      vault.close();
      for (const file of filesUnder(dir)) {
        expect(readFileSync(file).includes(Buffer.from('Legacyname')), path.basename(file)).toBe(
          false,
        );
      }
    } finally {
      cleanup();
    }
  });
});

describe('key slots', () => {
  it('re-wraps only the changed user slot and drops the slot of a deactivated user', async () => {
    app = await createTestApp();
    const before = app.vault.keyring();
    const slotOf = (ring: typeof before, userId: number) =>
      JSON.stringify(ring.slots.find((s) => s.kind === 'user' && s.userId === userId));
    await app.ok(
      'auth.changePassword',
      {
        currentPassword: ACCOUNTS.counselor.password,
        newPassword: 'counselor-new-pass',
        passwordConfirm: 'counselor-new-pass',
      },
      { as: 'counselor' },
    );
    const after = app.vault.keyring();
    expect(slotOf(after, app.userIds.counselor)).not.toBe(slotOf(before, app.userIds.counselor));
    for (const other of ['admin', 'coordinator', 'counselor2', 'trainer'] as const) {
      expect(slotOf(after, app.userIds[other]), other).toBe(slotOf(before, app.userIds[other]));
    }
    expect(JSON.stringify(after.slots.find((s) => s.kind === 'recovery'))).toBe(
      JSON.stringify(before.slots.find((s) => s.kind === 'recovery')),
    );

    const wrong = await app.call('auth.changePassword', {
      currentPassword: 'not-my-password',
      newPassword: 'whatever-long',
      passwordConfirm: 'whatever-long',
    });
    expect(wrong).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { currentPassword: 'Nome utente o password non corretti.' },
      },
    });

    await app.ok('users.setActive', { id: app.userIds.trainer, active: false }, { as: 'admin' });
    expect(
      app.vault.keyring().slots.some((s) => s.kind === 'user' && s.userId === app!.userIds.trainer),
    ).toBe(false);
    await app.signOut();
    const trainer = await app.router.call({
      channel: 'auth.login',
      input: { username: ACCOUNTS.trainer.username, password: ACCOUNTS.trainer.password },
      locale: 'en',
    });
    expect(trainer).toEqual({
      ok: false,
      error: { code: 'invalid_credentials', message: 'Wrong username or password.' },
    });
  });
});

describe('bad input around keys and files', () => {
  it('answers wrong, empty and 1 MB passwords clearly, and slows down repeated failures', async () => {
    app = await createTestApp();
    await app.signOut();
    const login = (password: string) =>
      app!.router.call({
        channel: 'auth.login',
        input: { username: 'admin', password },
        locale: 'it',
      });
    expect(await login('')).toMatchObject({
      ok: false,
      error: { code: 'validation', fields: { password: 'Campo obbligatorio.' } },
    });
    expect(await login('x'.repeat(1024 * 1024))).toMatchObject({
      ok: false,
      error: {
        code: 'validation',
        fields: { password: 'La password è troppo lunga (massimo 1024 caratteri).' },
      },
    });
    for (let i = 0; i < 4; i++) {
      expect(await login(`wrong-${i}`)).toMatchObject({
        ok: false,
        error: { code: 'invalid_credentials' },
      });
    }
    expect((await login('wrong-5')).ok).toBe(false);
    const limited = await login(ACCOUNTS.admin.password);
    expect(limited).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    if (!limited.ok) expect(limited.error.message).toMatch(/riprova tra \d+ secondi/);
  });

  it('refuses a tampered key file and a truncated database without overwriting anything', async () => {
    app = await createTestApp();
    await app.ok('participants.create', { data: validParticipant() });
    await app.signOut();
    const keyFile = app.vault.keyFile;
    const original = readFileSync(keyFile, 'utf8');

    const ring = JSON.parse(original) as { slots: { key?: { data: string } }[] };
    const slot = ring.slots[1]?.key;
    if (slot) slot.data = Buffer.from('tampered-tampered-tampered-tampe').toString('base64');
    writeFileSync(keyFile, JSON.stringify(ring));
    const tampered = await app.router.call({
      channel: 'auth.login',
      input: { username: 'admin', password: ACCOUNTS.admin.password },
      locale: 'it',
    });
    expect(tampered.ok).toBe(false);

    writeFileSync(keyFile, '{"format":"percorsi-keyring", broken');
    const broken = await app.router.call({ channel: 'auth.status', input: {}, locale: 'it' });
    expect(broken).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('file delle chiavi') as string },
    });
    writeFileSync(keyFile, original);

    const dbFile = app.vault.databaseFile;
    const copy = `${dbFile}.copy`;
    copyFileSync(dbFile, copy);
    truncateSync(dbFile, Math.floor(statSync(dbFile).size / 3));
    const truncatedSize = statSync(dbFile).size;
    const truncated = await app.router.call({
      channel: 'auth.login',
      input: { username: 'admin', password: ACCOUNTS.admin.password },
      locale: 'it',
    });
    expect(truncated.ok).toBe(false);
    if (!truncated.ok) expect(['conflict', 'internal']).toContain(truncated.error.code);
    expect(statSync(dbFile).size).toBe(truncatedSize);
    expect(readFileSync(keyFile, 'utf8')).toBe(original);
    copyFileSync(copy, dbFile);
  });
});
