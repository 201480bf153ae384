import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { OpenedDatabase } from '../../../db/open';
import { createAppRouter } from '../../../electron/api/app';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../electron/api/contract';
import type { ApiResult } from '../../../electron/api/errors';
import type { Locale } from '../../../electron/api/locale';
import type { Role } from '../../../electron/api/roles';
import type { Router } from '../../../electron/api/router';
import { Vault } from '../../../electron/app/vault';

export const MIGRATIONS_DIR = path.resolve('db/migrations');

export function tempDir(prefix = 'percorsi-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Synthetic staff accounts, one per role plus a second counselor for scope tests. */
export const ACCOUNTS = {
  admin: {
    username: 'admin',
    displayName: 'Amministrazione',
    role: 'admin',
    password: 'admin-password-1',
  },
  coordinator: {
    username: 'coord',
    displayName: 'Coordinamento',
    role: 'coordinator',
    password: 'coord-password-1',
  },
  counselor: {
    username: 'operatrice',
    displayName: 'Operatrice A',
    role: 'counselor',
    password: 'counselor-password-1',
  },
  counselor2: {
    username: 'operatore',
    displayName: 'Operatore B',
    role: 'counselor',
    password: 'counselor-password-2',
  },
  trainer: {
    username: 'formatrice',
    displayName: 'Formatrice',
    role: 'trainer',
    password: 'trainer-password-1',
  },
} as const satisfies Record<
  string,
  { username: string; displayName: string; role: Role; password: string }
>;

export type AccountName = keyof typeof ACCOUNTS;

export interface CallOptions {
  as?: AccountName;
  locale?: Locale;
}

export interface TestApp {
  dir: string;
  vault: Vault;
  router: Router;
  readonly database: OpenedDatabase;
  userIds: Record<AccountName, number>;
  recoveryKey: string;
  call<K extends ChannelName>(
    channel: K,
    input: ChannelInput<K>,
    options?: CallOptions,
  ): Promise<ApiResult<ChannelOutput<K>>>;
  /** Calls and expects success; fails the test with the error otherwise. */
  ok<K extends ChannelName>(
    channel: K,
    input: ChannelInput<K>,
    options?: CallOptions,
  ): Promise<ChannelOutput<K>>;
  /** Signs in as one of ACCOUNTS (signing out whoever is signed in). */
  signInAs(name: AccountName): Promise<void>;
  signOut(): Promise<void>;
  close(): void;
}

/**
 * A real data folder in a temporary directory, set up through the router like
 * a first launch (organisation, admin, recovery key), with one account per
 * role. Calls go through the real router as the signed-in account.
 */
export async function createTestApp(): Promise<TestApp> {
  const { dir, cleanup } = tempDir();
  const vault = new Vault(dir, MIGRATIONS_DIR);
  const router = createAppRouter({ vault });
  let current: AccountName | null = null;

  const raw = (channel: string, input: unknown, locale: Locale = 'it') =>
    router.call({ channel, input, locale });
  const expectOk = async (channel: string, input: unknown) => {
    const result = await raw(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.data;
  };

  const setup = (await expectOk('auth.setup', {
    organisation: { name: 'Centro Servizi Volontariato di prova' },
    admin: {
      username: ACCOUNTS.admin.username,
      displayName: ACCOUNTS.admin.displayName,
      password: ACCOUNTS.admin.password,
      passwordConfirm: ACCOUNTS.admin.password,
    },
  })) as { recoveryKey: string; user: { id: number } };
  current = 'admin';
  const userIds = { admin: setup.user.id } as Record<AccountName, number>;
  for (const name of ['coordinator', 'counselor', 'counselor2', 'trainer'] as const) {
    const { username, displayName, role, password } = ACCOUNTS[name];
    const created = (await expectOk('users.create', { username, displayName, role, password })) as {
      id: number;
    };
    userIds[name] = created.id;
  }

  async function signInAs(name: AccountName) {
    if (current === name) return;
    if (current) await expectOk('auth.logout', {});
    current = null;
    const { username, password } = ACCOUNTS[name];
    await expectOk('auth.login', { username, password });
    current = name;
  }

  const app: TestApp = {
    dir,
    vault,
    router,
    get database() {
      return vault.requireOpen();
    },
    userIds,
    recoveryKey: setup.recoveryKey,
    call: (async (channel: ChannelName, input: unknown, options: CallOptions = {}) => {
      await signInAs(options.as ?? current ?? 'admin');
      return raw(channel, input, options.locale);
    }) as TestApp['call'],
    ok: (async (channel: ChannelName, input: unknown, options: CallOptions = {}) => {
      await signInAs(options.as ?? current ?? 'admin');
      return expectOk(channel, input);
    }) as TestApp['ok'],
    signInAs,
    signOut: async () => {
      if (current) await expectOk('auth.logout', {});
      current = null;
    },
    close: () => {
      vault.close();
      cleanup();
    },
  };
  return app;
}
