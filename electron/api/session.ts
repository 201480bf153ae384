import type { OpenedDatabase } from '../../db/open';
import type { AuditEntry, Vault } from '../app/vault';
import type { Caller } from './roles';

/** What the router needs to know about who is signed in; the Vault provides it. */
export interface SessionSource {
  /** The signed-in user, or null. */
  caller(): Caller | null;
  /** True when the signed-in user's session is locked (inactivity or by hand). */
  locked(): boolean;
  /** Marks activity; may lock the session after the inactivity period. */
  touch(): void;
  database(): OpenedDatabase | null;
  audit(entry: AuditEntry): void;
  vault: Vault | null;
}

/** Until a caller signs in, public handlers see this least-privileged placeholder. */
export const ANONYMOUS: Caller = { userId: null, role: 'trainer' };

export function vaultSession(vault: Vault, inactivityMinutes: () => number): SessionSource {
  return {
    caller: () => {
      const user = vault.sessionUser;
      return user ? { userId: user.id, role: user.role } : null;
    },
    locked: () => vault.isLocked,
    touch: () => vault.touch(inactivityMinutes()),
    database: () => vault.openDatabaseOrNull(),
    audit: (entry) => vault.audit(entry),
    vault,
  };
}
