import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { createUnguardedRouter } from '../../electron/api/app';
import type { Router } from '../../electron/api/router';
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

export interface E2eApp {
  server: BrowserServer;
  database: OpenedDatabase;
  browser: Browser;
  router: Router;
  /** Registers a person directly through the router (for tests about other screens). */
  seed(values: ParticipantFormValues): Promise<Participant>;
  /** The server's address without the secret. */
  baseUrl: string;
  /** A fresh browser context (own storage) with the app opened through its start-up link. */
  open(options?: { withSecret?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

/**
 * One per test file: a temporary data folder, the real database and router,
 * browser mode's HTTP server in-process, and one headless Chromium.
 */
export async function startE2eApp(): Promise<E2eApp> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'percorsi-e2e-'));
  const database = openDatabase({
    file: path.join(dir, 'percorsi.db'),
    migrationsDir: path.resolve('db/migrations'),
  });
  const router = createUnguardedRouter(database);
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
    database,
    browser,
    router,
    baseUrl,
    async seed(values) {
      const result = await router.call({
        channel: 'participants.create',
        input: { data: values, acknowledgeDuplicates: true },
        locale: 'it',
      });
      if (!result.ok) throw new Error(`seeding failed: ${result.error.code}`);
      return result.data as Participant;
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
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
