import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../electron/api/contract';
import { handlers } from '../../electron/api/handlers';
import { createRouter, type HandlerMap } from '../../electron/api/router';
import { participantsContract } from '../../electron/features/participants/contract';
import { participantHandlers } from '../../electron/features/participants/handlers';
import { systemContract } from '../../electron/features/system/contract';
import { systemHandlers } from '../../electron/features/system/handlers';
import { ROLES, type Caller } from '../../electron/api/roles';
import { createAppRouter } from '../../electron/api/app';
import { validParticipant } from '../fixtures/participants';
import { loadMigrations } from '../../db/migrations';
import { createTestApp, MIGRATIONS_DIR, type TestApp } from './helpers/db';

const featureContracts = [systemContract, participantsContract];
const featureHandlers = [systemHandlers, participantHandlers];

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

  it('gives every channel an input schema and at least one role', () => {
    for (const name of CHANNELS) {
      expect(contract[name].roles.length, name).toBeGreaterThan(0);
      expect(
        contract[name].roles.every((r) => ROLES.includes(r)),
        name,
      ).toBe(true);
      expect(typeof contract[name].input.safeParse, name).toBe('function');
    }
  });
});

describe('router', () => {
  let app: TestApp;
  beforeEach(() => {
    app = createTestApp();
  });
  afterEach(() => app.close());

  it('refuses an unknown channel with a structured error', async () => {
    const result = await app.router.call({
      channel: 'participants.drop',
      input: {},
      caller: { userId: null, role: 'admin' },
      locale: 'it',
    });
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown_channel', message: 'Operazione sconosciuta.' },
    });
  });

  it('checks the caller role before validating or running anything', async () => {
    const trainer: Caller = { userId: 7, role: 'trainer' };
    const result = await app.call(
      'participants.create',
      { data: validParticipant() },
      { caller: trainer },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'Non hai i permessi per questa operazione.' },
    });
    const count = app.database.sqlite.prepare('SELECT count(*) AS n FROM participants').get() as {
      n: number;
    };
    expect(count.n).toBe(0);
    // Reading is open to every role for now; scopes arrive with accounts.
    const search = await app.call('participants.search', { query: '' }, { caller: trainer });
    expect(search.ok).toBe(true);
  });

  it('lets a custom authorisation hook decide per channel', async () => {
    const router = createAppRouter({
      database: app.database,
      authorize: (_caller, channel) => channel !== 'participants.search',
    });
    const denied = await router.call({
      channel: 'participants.search',
      input: {},
      caller: { userId: 1, role: 'admin' },
      locale: 'en',
    });
    expect(denied).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'You do not have permission for this operation.' },
    });
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
      context: (caller, locale) => ({
        database: app.database,
        caller,
        locale,
        now: () => new Date(),
      }),
      onInternalError: (_channel, error) => seen.push(error),
    });
    const result = await router.call({
      channel: 'participants.get',
      input: { id: 1 },
      caller: { userId: null, role: 'admin' },
      locale: 'it',
    });
    expect(result.ok).toBe(false);
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/SQLITE|SELECT|Diallo|at .*\.ts|\/work|node_modules/);
    expect(result).toMatchObject({ error: { code: 'internal' } });
    expect(seen).toHaveLength(1);
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
