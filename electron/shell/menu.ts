import type { MenuItemConstructorOptions } from 'electron';
import type { Locale } from '../api/locale';
import { APP_NAME } from '../dataDir';

const labels = {
  it: {
    file: 'File',
    edit: 'Modifica',
    view: 'Visualizza',
    window: 'Finestra',
    help: 'Aiuto',
    about: `Informazioni su ${APP_NAME}`,
    services: 'Servizi',
    hide: `Nascondi ${APP_NAME}`,
    hideOthers: 'Nascondi altre',
    unhide: 'Mostra tutte',
    quit: `Esci da ${APP_NAME}`,
    exit: 'Esci',
    closeWindow: 'Chiudi finestra',
    undo: 'Annulla',
    redo: 'Ripeti',
    cut: 'Taglia',
    copy: 'Copia',
    paste: 'Incolla',
    delete: 'Elimina',
    selectAll: 'Seleziona tutto',
    reload: 'Ricarica',
    devTools: 'Strumenti per sviluppatori',
    resetZoom: 'Dimensioni reali',
    zoomIn: 'Ingrandisci',
    zoomOut: 'Riduci',
    fullScreen: 'Schermo intero',
    minimize: 'Riduci a icona',
    zoom: 'Ridimensiona',
    front: 'Porta tutto in primo piano',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    about: `About ${APP_NAME}`,
    services: 'Services',
    hide: `Hide ${APP_NAME}`,
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    quit: `Quit ${APP_NAME}`,
    exit: 'Exit',
    closeWindow: 'Close Window',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    delete: 'Delete',
    selectAll: 'Select All',
    reload: 'Reload',
    devTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fullScreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    zoom: 'Zoom',
    front: 'Bring All to Front',
  },
} satisfies Record<Locale, Record<string, string>>;

export type MenuLabels = (typeof labels)['it'];
export const MENU_LABELS: Record<Locale, MenuLabels> = labels;

export interface MenuOptions {
  /** Show the developer tools item (unpackaged builds only). */
  developerTools?: boolean;
}

/**
 * The application menu: standard roles only, every label given explicitly so
 * the menu follows the app's language rather than Electron's English defaults.
 */
export function buildMenuTemplate(
  locale: Locale,
  isMac: boolean,
  options: MenuOptions = {},
): MenuItemConstructorOptions[] {
  const t = MENU_LABELS[locale];
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: APP_NAME,
    submenu: [
      { role: 'about', label: t.about },
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide },
      { role: 'hideOthers', label: t.hideOthers },
      { role: 'unhide', label: t.unhide },
      separator,
      { role: 'quit', label: t.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: isMac ? [{ role: 'close', label: t.closeWindow }] : [{ role: 'quit', label: t.exit }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'delete', label: t.delete },
      separator,
      { role: 'selectAll', label: t.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      { role: 'reload', label: t.reload },
      ...(options.developerTools
        ? [{ role: 'toggleDevTools', label: t.devTools } satisfies MenuItemConstructorOptions]
        : []),
      separator,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.fullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    submenu: isMac
      ? [
          { role: 'minimize', label: t.minimize },
          { role: 'zoom', label: t.zoom },
          separator,
          { role: 'front', label: t.front },
        ]
      : [
          { role: 'minimize', label: t.minimize },
          { role: 'close', label: t.closeWindow },
        ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    // On macOS "About" lives in the app menu; the Help menu keeps the system search field.
    submenu: isMac ? [] : [{ role: 'about', label: t.about }],
  };

  return [...(isMac ? [appMenu] : []), fileMenu, editMenu, viewMenu, windowMenu, helpMenu];
}
