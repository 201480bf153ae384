import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  session,
  shell,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { createAppRouter } from '../api/app';
import { LOCAL_CALLER } from '../api/roles';
import { APP_NAME, DATABASE_FILE } from '../dataDir';
import { createIpcHandler, IPC_CHANNEL, type SenderFacts } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, appResponseHeaders, resolveAppRequest } from './protocol';
import { isAllowedExternalLink } from './security';
import { describeFailure, startupErrorDialog } from './startupError';
import { localeFromSystem, mainWindowOptions } from './window';

// The thin Electron shell: everything it wires together is plain TypeScript
// tested without Electron (protocol, ipc, menu, window, startupError, security).

let mainWindow: BrowserWindow | null = null;
let database: OpenedDatabase | null = null;

function log(line: string): void {
  process.stderr.write(`[percorsi] ${line}\n`);
}

function openExternalIfAllowed(url: string): void {
  if (isAllowedExternalLink(url)) {
    shell
      .openExternal(url)
      .catch((error: unknown) => log(`openExternal: ${describeFailure(error)}`));
  }
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternalIfAllowed(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfAllowed(url);
    return { action: 'deny' };
  });
}

function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405 });
    }
    const asset = resolveAppRequest(request.url, rendererDir);
    if (!asset) return new Response(null, { status: 404 });
    try {
      const body = await readFile(asset.file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: appResponseHeaders(asset.contentType),
      });
    } catch {
      return new Response(null, { status: 404 });
    }
  });
}

function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    senderId: event.sender.id,
    mainWindowId: mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents.id : null,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
    frameUrl: frame?.url ?? null,
  };
}

function bindApi(opened: OpenedDatabase): void {
  const router = createAppRouter({
    database: opened,
    onInternalError: (channel, error) =>
      log(`internal error on ${channel}: ${describeFailure(error)}`),
  });
  const handle = createIpcHandler({ router, caller: () => LOCAL_CALLER });
  ipcMain.handle(IPC_CHANNEL, (event, payload: unknown) => handle(senderFacts(event), payload));
}

function createMainWindow(): BrowserWindow {
  const window = new BrowserWindow(
    mainWindowOptions({
      preload: path.join(__dirname, 'preload.cjs'),
      devTools: !app.isPackaged,
    }),
  );
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => log(`load: ${describeFailure(error)}`));
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  // Same folder as browser mode's default (see electron/dataDir.ts), whatever package.json's name.
  app.setPath('userData', path.join(app.getPath('appData'), APP_NAME));

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusMainWindow);

  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    database?.close();
    database = null;
  });

  app
    .whenReady()
    .then(() => {
      const locale = localeFromSystem(app.getLocale());
      try {
        database = openDatabase({
          file: path.join(app.getPath('userData'), DATABASE_FILE),
          migrationsDir: path.join(app.getAppPath(), 'db', 'migrations'),
        });
      } catch (error) {
        log(`cannot open the database: ${describeFailure(error)}`);
        const { title, message } = startupErrorDialog(error, locale);
        dialog.showErrorBox(title, message);
        app.exit(1);
        return;
      }

      denyAllPermissions();
      serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
      bindApi(database);
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate(locale, process.platform === 'darwin', {
            developerTools: !app.isPackaged,
          }),
        ),
      );
      mainWindow = createMainWindow();
      app.on('activate', () => {
        if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
      });
    })
    .catch((error: unknown) => {
      log(`start-up failed: ${describeFailure(error)}`);
      app.exit(1);
    });
}

start();
