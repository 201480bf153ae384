import type { BrowserWindowConstructorOptions } from 'electron';
import type { Locale } from '../api/locale';
import { APP_NAME } from '../dataDir';
import { SECURE_WEB_PREFERENCES } from './security';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preload: string;
  /** Developer tools only in unpackaged builds. */
  devTools: boolean;
}

/** The main window: hidden until its first paint, with the locked-down web preferences. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  return {
    title: APP_NAME,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      preload: options.preload,
      devTools: options.devTools,
    },
  };
}

/** The app's language from the system's (Electron's `app.getLocale()`, e.g. "it-IT", "en-US"). */
export function localeFromSystem(systemLocale: string): Locale {
  return systemLocale.toLowerCase().startsWith('it') ? 'it' : 'en';
}
