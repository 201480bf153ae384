import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createAppRouter } from '../../electron/api/app';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import type { ApiResult } from '../../electron/api/errors';
import type { Role } from '../../electron/api/roles';
import type { Router } from '../../electron/api/router';
import { Vault } from '../../electron/app/vault';
import type {
  Participant,
  ParticipantFormValues,
} from '../../electron/features/participants/contract';
import { startBrowserServer, type BrowserServer } from '../../electron/browser/server';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Account {
  username: string;
  password: string;
  displayName: string;
}

/** The administrator created by the fast set-up path. */
export const ADMIN: Account = {
  username: 'anna.admin',
  password: 'cavallo batteria graffetta',
  displayName: 'Anna Bianchi',
};

export const ORGANISATION_NAME = 'Cooperativa Il Ponte';

export interface E2eApp {
  server: BrowserServer;
  vault: Vault;
  browser: Browser;
  router: Router;
  /** One call through the router, as the page would make it (same process-wide session). */
  call<K extends ChannelName>(
    channel: K,
    input: ChannelInput<K>,
  ): Promise<ApiResult<ChannelOutput<K>>>;
  /** Adds an account through the router (the administrator must be signed in). */
  createUser(role: Role, username: string, displayName: string): Promise<Account>;
  /** Signs out whoever is signed in, then signs in as this account. */
  signInAs(account: Account): Promise<void>;
  signOut(): Promise<void>;
  /** Registers a person directly through the router (for tests about other screens). */
  seed(values: ParticipantFormValues): Promise<Participant>;
  /** The server's address without the secret. */
  baseUrl: string;
  /** A fresh browser context (own storage) with the app opened through its start-up link. */
  open(options?: { withSecret?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * One per test file: a temporary data folder, the real vault and router (with
 * accounts, roles and encryption), browser mode's HTTP server in-process, and
 * one headless Chromium. Unless `setup: false`, the archive is set up through
 * the router and the administrator is signed in: browser mode has one session
 * per process, so the page opens signed in too.
 */
export async function startE2eApp({ setup = true }: { setup?: boolean } = {}): Promise<E2eApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'percorsi-e2e-'));
  const vault = new Vault(dir, path.resolve('db/migrations'));
  const router = createAppRouter({ vault });
  const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>) =>
    (await router.call({ channel, input, locale: 'it' })) as ApiResult<ChannelOutput<K>>;
  const must = async <K extends ChannelName>(channel: K, input: ChannelInput<K>) => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
    return result.data;
  };
  if (setup) {
    await must('auth.setup', {
      organisation: { name: ORGANISATION_NAME },
      admin: { ...ADMIN, passwordConfirm: ADMIN.password },
    });
  }
  const server = await startBrowserServer({
    router,
    staticDir: path.resolve('dist/renderer'),
  });
  const browser = await chromium.launch({
    executablePath: process.env.PERCORSI_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const contexts: BrowserContext[] = [];
  const baseUrl = `http://127.0.0.1:${server.port}/`;

  return {
    server,
    vault,
    browser,
    router,
    baseUrl,
    call,
    async createUser(role, username, displayName) {
      const password = `password-${username}`;
      await must('users.create', { username, displayName, role, password });
      return { username, password, displayName };
    },
    async signInAs(account) {
      if (vault.sessionUser) await must('auth.logout', {});
      await must('auth.login', { username: account.username, password: account.password });
    },
    async signOut() {
      if (vault.sessionUser) await must('auth.logout', {});
    },
    async seed(values): Promise<Participant> {
      return must('participants.create', { data: values, acknowledgeDuplicates: true });
    },
    async open({ withSecret = true } = {}) {
      // An Italian machine: native date inputs then read gg/mm/aaaa, as for the people using the app.
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'it-IT',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(5_000);
      await page.goto(withSecret ? server.url : baseUrl);
      return { context, page };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await server.close();
      vault.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
