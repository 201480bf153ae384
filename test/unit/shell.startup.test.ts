import { describe, expect, it } from 'vitest';
import { DatabaseLifecycleError, type DatabaseErrorCode } from '../../db/errors';
import { describeFailure, startupErrorDialog } from '../../electron/shell/startupError';

const codes: DatabaseErrorCode[] = [
  'database_corrupt',
  'database_too_new',
  'migration_failed',
  'migrations_missing',
  'keyring_invalid',
  'wrong_key',
  'encryption_failed',
];

describe('start-up error dialog', () => {
  it.each(codes)('explains %s in both languages', (code) => {
    const error = new DatabaseLifecycleError(code, 'english message');
    const it_ = startupErrorDialog(error, 'it');
    const en = startupErrorDialog(error, 'en');
    expect(it_.title).toBe('Percorsi non può aprire i dati');
    expect(en.title).toBe('Percorsi cannot open its data');
    expect(it_.message).not.toBe(en.message);
    expect(it_.message).toContain('L’applicazione verrà chiusa.');
    expect(en.message).toContain('The application will now close.');
  });

  it('never shows the error’s own message, path or cause', () => {
    const error = new Error("EACCES: permission denied, open '/home/maria.rossi/.config/Percorsi'");
    for (const locale of ['it', 'en'] as const) {
      const { message } = startupErrorDialog(error, locale);
      expect(message).not.toContain('maria');
      expect(message).not.toContain('/home');
    }
    const wrapped = new DatabaseLifecycleError('database_corrupt', 'safe', {
      cause: new Error('Mario Rossi'),
    });
    expect(startupErrorDialog(wrapped, 'en').message).not.toContain('Mario');
  });

  it('logs only the error class and code', () => {
    expect(describeFailure(new DatabaseLifecycleError('database_too_new', 'x'))).toBe(
      'DatabaseLifecycleError(database_too_new)',
    );
    const fsError = Object.assign(new Error('open /home/anna/percorsi.db'), { code: 'EACCES' });
    expect(describeFailure(fsError)).toBe('Error(EACCES)');
    expect(describeFailure(new TypeError('Anna Bianchi'))).toBe('TypeError');
    expect(describeFailure('Anna')).toBe('string');
  });
});
