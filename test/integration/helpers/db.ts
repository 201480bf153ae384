import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type OpenedDatabase } from '../../../db/open';
import { createAppRouter } from '../../../electron/api/app';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../electron/api/contract';
import type { ApiResult } from '../../../electron/api/errors';
import type { Locale } from '../../../electron/api/locale';
import { LOCAL_CALLER, type Caller } from '../../../electron/api/roles';
import type { Router } from '../../../electron/api/router';

export const MIGRATIONS_DIR = path.resolve('db/migrations');

export function tempDir(prefix = 'percorsi-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface TestApp {
  dir: string;
  database: OpenedDatabase;
  router: Router;
  call<K extends ChannelName>(
    channel: K,
    input: ChannelInput<K>,
    options?: { caller?: Caller; locale?: Locale },
  ): Promise<ApiResult<ChannelOutput<K>>>;
  /** Calls and expects success; fails the test with the error otherwise. */
  ok<K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  close(): void;
}

/** A real SQLite file in a temporary folder, behind the real router. */
export function createTestApp(): TestApp {
  const { dir, cleanup } = tempDir();
  const database = openDatabase({
    file: path.join(dir, 'percorsi.db'),
    migrationsDir: MIGRATIONS_DIR,
  });
  const router = createAppRouter({ database });
  const call = (async (channel: ChannelName, input: unknown, options = {}) =>
    router.call({
      channel,
      input,
      caller: options.caller ?? LOCAL_CALLER,
      locale: options.locale ?? 'it',
    })) as TestApp['call'];
  return {
    dir,
    database,
    router,
    call,
    ok: (async (channel: ChannelName, input: unknown) => {
      const result = await router.call({ channel, input, caller: LOCAL_CALLER, locale: 'it' });
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.data;
    }) as TestApp['ok'],
    close: () => {
      database.close();
      cleanup();
    },
  };
}
