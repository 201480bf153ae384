import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security';

// Runs the bundled main process (as scripts/build-electron.mjs builds it) against a
// recording stand-in for the `electron` module: the wiring is checked here, in Node;
// only the real Chromium behaviour needs the Electron binary.

const root = path.resolve(import.meta.dirname, '..', '..');
type Listener = (...args: unknown[]) => unknown;

interface FakeContents {
  id: number;
  mainFrame: { url: string };
  listeners: Map<string, Listener>;
  openHandler: Listener | null;
  on(event: string, listener: Listener): void;
  setWindowOpenHandler(handler: Listener): void;
}

function fakeContents(id: number): FakeContents {
  const contents: FakeContents = {
    id,
    mainFrame: { url: 'app://percorsi/index.html' },
    listeners: new Map(),
    openHandler: null,
    on: (event, listener) => void contents.listeners.set(event, listener),
    setWindowOpenHandler: (handler) => void (contents.openHandler = handler),
  };
  return contents;
}

function fakeElectron(appDir: string, appData: string) {
  const calls = {
    order: [] as string[],
    schemes: [] as unknown[],
    windows: [] as { options: { webPreferences: Record<string, unknown> }; url?: string }[],
    errorBoxes: [] as [string, string][],
    exitCodes: [] as number[],
    external: [] as string[],
    menu: null as unknown,
    userData: '',
  };
  const appListeners = new Map<string, Listener>();
  const handlers = {
    protocol: null as null | ((request: { url: string; method: string }) => Promise<Response>),
    ipc: null as null | Listener,
    permissionRequest: null as null | Listener,
    permissionCheck: null as null | Listener,
    devicePermission: null as null | Listener,
  };
  let nextId = 1;
  const windows: { webContents: FakeContents }[] = [];

  class BrowserWindow {
    webContents = fakeContents(nextId++);
    private record: (typeof calls.windows)[number];
    constructor(options: (typeof calls.windows)[number]['options']) {
      this.record = { options };
      calls.windows.push(this.record);
      windows.push(this);
    }
    static getAllWindows = () => windows;
    once() {}
    on() {}
    show() {}
    isDestroyed = () => false;
    isMinimized = () => false;
    focus() {}
    restore() {}
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      isPackaged: false,
      setPath: (name: string, value: string) => {
        calls.order.push(`setPath:${name}`);
        if (name === 'userData') calls.userData = value;
      },
      getPath: (name: string) => (name === 'appData' ? appData : calls.userData),
      getAppPath: () => appDir,
      getLocale: () => 'it-IT',
      requestSingleInstanceLock: () => {
        calls.order.push('lock');
        return true;
      },
      on: (event: string, listener: Listener) => void appListeners.set(event, listener),
      whenReady: () => {
        calls.order.push('whenReady');
        return Promise.resolve();
      },
      quit: () => calls.order.push('quit'),
      exit: (code: number) => calls.exitCodes.push(code),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        calls.order.push('registerSchemes');
        calls.schemes.push(...schemes);
      },
      handle: (_scheme: string, handler: typeof handlers.protocol) => (handlers.protocol = handler),
    },
    ipcMain: {
      handle: (channel: string, handler: Listener) => {
        expect(channel).toBe('percorsi:api');
        handlers.ipc = handler;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (handlers.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (handlers.permissionCheck = h),
        setDevicePermissionHandler: (h: Listener) => (handlers.devicePermission = h),
      },
    },
    dialog: {
      showErrorBox: (title: string, message: string) => calls.errorBoxes.push([title, message]),
    },
    shell: {
      openExternal: (url: string) => {
        calls.external.push(url);
        return Promise.resolve();
      },
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => (calls.menu = menu),
    },
    BrowserWindow,
  };
  return { electron, calls, handlers, appListeners, windows };
}

let work: string;
let mainCode: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'percorsi-shell-'));
  const result = await build({
    entryPoints: [path.join(root, 'electron', 'shell', 'main.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'silent',
    external: [
      'electron',
      'better-sqlite3',
      'better-sqlite3-multiple-ciphers',
      '@node-rs/*',
      'pdfkit',
      'dejavu-fonts-ttf',
      'exceljs',
    ],
  });
  mainCode = result.outputFiles[0]?.text ?? '';
}, 30_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeApp(name: string, withMigrations: boolean): string {
  const appDir = path.join(work, name);
  mkdirSync(path.join(appDir, 'dist', 'renderer', 'assets'), { recursive: true });
  writeFileSync(path.join(appDir, 'dist', 'renderer', 'index.html'), '<!doctype html><p>ok</p>');
  writeFileSync(path.join(appDir, 'dist', 'renderer', 'assets', 'app.js'), 'void 0;');
  writeFileSync(path.join(work, `${name}-secret.txt`), 'secret');
  if (withMigrations) {
    cpSync(path.join(root, 'db', 'migrations'), path.join(appDir, 'db', 'migrations'), {
      recursive: true,
    });
  }
  return appDir;
}

async function runMain(appDir: string) {
  const appData = path.join(work, `${path.basename(appDir)}-appdata`);
  const fake = fakeElectron(appDir, appData);
  const requireFromRoot = createRequire(path.join(root, 'package.json'));
  const fakeRequire = (id: string): unknown =>
    id === 'electron' ? fake.electron : requireFromRoot(id);
  const module = { exports: {} };
  const evaluate = vm.runInThisContext(
    `(function (module, exports, require, __dirname, __filename) {${mainCode}\n})`,
    { filename: 'main.cjs' },
  ) as (
    module: { exports: object },
    exports: object,
    require: (id: string) => unknown,
    dirname: string,
    filename: string,
  ) => void;
  evaluate(module, module.exports, fakeRequire, path.join(appDir, 'dist', 'electron'), 'main.cjs');
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { ...fake, appData };
}

describe('bundled main process (with a stand-in for electron)', () => {
  let run: Awaited<ReturnType<typeof runMain>>;

  beforeAll(async () => {
    run = await runMain(makeApp('ok', true));
  });

  afterAll(() => {
    run.appListeners.get('will-quit')?.();
  });

  it('takes the lock and registers the app:// scheme before the app is ready', () => {
    const order = run.calls.order;
    expect(order.indexOf('lock')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('registerSchemes')).toBeLessThan(order.indexOf('whenReady'));
    expect(order.indexOf('setPath:userData')).toBeLessThan(order.indexOf('lock'));
    expect(run.calls.schemes).toEqual([
      {
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }) as unknown,
      },
    ]);
  });

  it('uses userData/Percorsi and opens no data before someone signs in', () => {
    expect(run.calls.userData).toBe(path.join(run.appData, 'Percorsi'));
    // The database key is unwrapped from a password at sign-in; nothing is created before.
    expect(existsSync(path.join(run.appData, 'Percorsi', 'percorsi.db'))).toBe(false);
    expect(run.calls.errorBoxes).toEqual([]);
    expect(run.calls.exitCodes).toEqual([]);
  });

  it('opens one locked-down window on the app origin, with the preload beside main', () => {
    expect(run.calls.windows).toHaveLength(1);
    const window = run.calls.windows[0];
    expect(window?.url).toBe('app://percorsi/index.html');
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: true,
      preload: path.join(work, 'ok', 'dist', 'electron', 'preload.cjs'),
    });
    expect(Array.isArray(run.calls.menu)).toBe(true);
  });

  it('serves the renderer with the CSP and nothing outside it', async () => {
    const serve = run.handlers.protocol;
    if (!serve) throw new Error('no protocol handler');
    const page = await serve({ url: 'app://percorsi/index.html', method: 'GET' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<p>ok</p>');
    const script = await serve({ url: 'app://percorsi/assets/app.js', method: 'GET' });
    expect(script.headers.get('content-type')).toContain('text/javascript');
    const escape = await serve({ url: 'app://percorsi/..%2F..%2Fok-secret.txt', method: 'GET' });
    expect(escape.status).toBe(404);
    expect((await serve({ url: 'app://percorsi/missing.js', method: 'GET' })).status).toBe(404);
    expect((await serve({ url: 'app://percorsi/index.html', method: 'POST' })).status).toBe(405);
  });

  it('answers API calls from the app window only', async () => {
    const ipc = run.handlers.ipc;
    const contents = run.windows[0]?.webContents;
    if (!ipc || !contents) throw new Error('no IPC handler or window');
    const payload = { channel: 'auth.status', input: {}, locale: 'en' };
    const ok = (await ipc({ sender: contents, senderFrame: contents.mainFrame }, payload)) as {
      ok: boolean;
      data?: { setupNeeded: boolean; user: unknown };
    };
    expect(ok).toMatchObject({ ok: true, data: { setupNeeded: true, user: null } });

    const iframe = { url: 'app://percorsi/index.html' };
    const fromIframe = (await ipc({ sender: contents, senderFrame: iframe }, payload)) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(fromIframe).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const other = fakeContents(99);
    const fromOther = (await ipc({ sender: other, senderFrame: other.mainFrame }, payload)) as {
      ok: boolean;
    };
    expect(fromOther.ok).toBe(false);

    contents.mainFrame.url = 'file:///tmp/index.html';
    const fromFile = (await ipc(
      { sender: contents, senderFrame: contents.mainFrame },
      payload,
    )) as {
      ok: boolean;
    };
    expect(fromFile.ok).toBe(false);
    contents.mainFrame.url = 'app://percorsi/index.html';
  });

  it('denies every permission', () => {
    const grants: boolean[] = [];
    run.handlers.permissionRequest?.(null, 'media', (granted: boolean) => grants.push(granted));
    run.handlers.permissionRequest?.(null, 'notifications', (granted: boolean) =>
      grants.push(granted),
    );
    expect(grants).toEqual([false, false]);
    expect(run.handlers.permissionCheck?.(null, 'clipboard-read')).toBe(false);
    expect(run.handlers.devicePermission?.({})).toBe(false);
  });

  it('blocks navigation, new windows and webviews; opens only allow-listed links outside', () => {
    const contents = fakeContents(50);
    run.appListeners.get('web-contents-created')?.({}, contents);
    const prevented: string[] = [];
    const event = (name: string) => ({ preventDefault: () => prevented.push(name) });

    contents.listeners.get('will-navigate')?.(event('navigate'), 'https://evil.example/');
    contents.listeners.get('will-navigate')?.(event('navigate'), 'https://www.garanteprivacy.it/');
    contents.listeners.get('will-attach-webview')?.(event('webview'), {}, {});
    contents.listeners.get('will-redirect')?.(event('redirect'), 'https://evil.example/');
    expect(prevented).toEqual(['navigate', 'navigate', 'webview', 'redirect']);

    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://www.agenziaentrate.gov.it/portale/' })).toEqual({
      action: 'deny',
    });
    expect(run.calls.external).toEqual([
      'https://www.garanteprivacy.it/',
      'https://www.agenziaentrate.gov.it/portale/',
    ]);
  });
});

describe('bundled main process when the key file is damaged', () => {
  it('shows a translated native dialog and exits with code 1', async () => {
    const appDir = makeApp('broken', true);
    const userData = path.join(work, 'broken-appdata', 'Percorsi');
    mkdirSync(userData, { recursive: true });
    writeFileSync(
      path.join(userData, 'percorsi.db.keys'),
      '{"format": "percorsi-keyring", tampered',
    );
    const run = await runMain(appDir);
    expect(run.calls.errorBoxes).toHaveLength(1);
    const [title, message] = run.calls.errorBoxes[0] ?? ['', ''];
    expect(title).toBe('Percorsi non può aprire i dati');
    expect(message).toContain('file delle chiavi');
    expect(message).not.toContain(work);
    expect(run.calls.exitCodes).toEqual([1]);
    expect(run.calls.windows).toHaveLength(0);
    expect(run.handlers.ipc).toBeNull();
  });
});
