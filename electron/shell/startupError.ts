import type { Locale } from '../api/locale';
import { DatabaseLifecycleError, type DatabaseErrorCode } from '../../db/errors';

const title: Record<Locale, string> = {
  it: 'Percorsi non può aprire i dati',
  en: 'Percorsi cannot open its data',
};

const byCode: Record<Locale, Record<DatabaseErrorCode | 'unknown', string>> = {
  it: {
    database_corrupt:
      'Il file dei dati non è leggibile: è danneggiato oppure non è un file di Percorsi. Ripristina un backup.',
    database_too_new:
      'Il file dei dati è stato creato da una versione più recente di Percorsi. Aggiorna l’applicazione.',
    migration_failed:
      'L’aggiornamento del file dei dati non è riuscito; il file è stato lasciato com’era prima dell’aggiornamento.',
    migrations_missing:
      'L’installazione di Percorsi è incompleta (mancano gli aggiornamenti del database). Reinstalla l’applicazione.',
    keyring_invalid:
      'Il file delle chiavi di Percorsi è danneggiato e non può essere letto. Ripristinalo da un backup.',
    wrong_key:
      'Il file dei dati non si apre con questa chiave: appartiene a un altro file delle chiavi, oppure è danneggiato.',
    encryption_failed:
      'La cifratura del file dei dati non è riuscita; il file è stato lasciato com’era.',
    unknown:
      'Non è stato possibile aprire il file dei dati. Controlla lo spazio libero e i permessi della cartella, poi riavvia Percorsi.',
  },
  en: {
    database_corrupt:
      'The data file cannot be read: it is damaged or not a Percorsi file. Restore a backup.',
    database_too_new:
      'The data file was created by a newer version of Percorsi. Update the application.',
    migration_failed:
      'Updating the data file failed; it has been left as it was before the update.',
    migrations_missing:
      'This Percorsi installation is incomplete (the database updates are missing). Reinstall the application.',
    keyring_invalid: 'Percorsi’s key file is damaged and cannot be read. Restore it from a backup.',
    wrong_key:
      'The data file cannot be opened with this key: it belongs to another key file, or it is damaged.',
    encryption_failed: 'Encrypting the data file failed; it has been left as it was.',
    unknown:
      'The data file could not be opened. Check free disk space and the folder’s permissions, then restart Percorsi.',
  },
};

const closing: Record<Locale, string> = {
  it: 'L’applicazione verrà chiusa.',
  en: 'The application will now close.',
};

/**
 * The native dialog shown when the database cannot be opened. Texts come from
 * the error's code, never from its message or cause, so no path or data leaks.
 */
export function startupErrorDialog(
  error: unknown,
  locale: Locale,
): { title: string; message: string } {
  const code = error instanceof DatabaseLifecycleError ? error.code : 'unknown';
  const text = byCode[locale][code];
  return { title: title[locale], message: `${text}\n\n${closing[locale]}` };
}

/** A log line about a failure: the error's class and code only (messages may quote data). */
export function describeFailure(error: unknown): string {
  if (error instanceof DatabaseLifecycleError) return `${error.name}(${error.code})`;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${error.name}(${code})` : error.name;
  }
  return typeof error;
}
