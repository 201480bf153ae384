import { toLocale, type Locale } from '../../electron/api/locale';

const STORAGE_KEY = 'percorsi.locale';

/** The language chosen in the shell, remembered across sessions; Italian by default. */
export function storedLocale(): Locale {
  try {
    return toLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return 'it';
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Storage can be disabled; the choice then lasts for this page only.
  }
}
