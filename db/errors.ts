/** Failures of the database lifecycle. Messages never carry paths or personal data. */
export type DatabaseErrorCode =
  | 'database_too_new'
  | 'database_corrupt'
  | 'migration_failed'
  | 'migrations_missing'
  | 'keyring_invalid'
  | 'wrong_key'
  | 'encryption_failed';

export class DatabaseLifecycleError extends Error {
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'DatabaseLifecycleError';
  }
}
