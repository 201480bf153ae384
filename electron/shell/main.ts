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
import { Vault } from '../app/vault';
import { createAppRouter } from '../api/app';
import { APP_NAME } from '../dataDir';
import { createIpcHandler, IPC_CHANNEL, type SenderFacts } from './ipc';
import { buildMenuTemplate } from './menu';
import { APP_ENTRY_URL, APP_SCHEME, appResponseHeaders, resolveAppRequest } from './protocol';
import { isAllowedExternalLink } from './security';
import { describeFailure, startupErrorDialog } from './startupError';
import { localeFromSystem, mainWindowOptions } from './window';

// The thin Electron shell: everything it wires together is plain TypeScript
// tested without Electron (protocol, ipc, menu, window, startupError, security).

let mainWindow: BrowserWindow | null = null;
let vault: Vault | null = null;

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

function bindApi(opened: Vault): void {
  const router = createAppRouter({
    vault: opened,
    onInternalError: (channel, error) =>
      log(`internal error on ${channel}: ${describeFailure(error)}`),
  });
  const handle = createIpcHandler({ router });
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
    vault?.close();
    vault = null;
  });

  app
    .whenReady()
    .then(() => {
      const locale = localeFromSystem(app.getLocale());
      try {
        // The database opens at sign-in (its key is unwrapped with the user's password);
        // here only the key file is checked, so a damaged one is reported at once.
        vault = new Vault(app.getPath('userData'), path.join(app.getAppPath(), 'db', 'migrations'));
        vault.needsSetup();
      } catch (error) {
        log(`cannot open the data folder: ${describeFailure(error)}`);
        const { title, message } = startupErrorDialog(error, locale);
        dialog.showErrorBox(title, message);
        app.exit(1);
        return;
      }

      denyAllPermissions();
      serveRenderer(path.join(app.getAppPath(), 'dist', 'renderer'));
      bindApi(vault);
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
