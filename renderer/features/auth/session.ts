import { createContext, useCallback, useContext } from 'react';
import type { ChannelName } from '../../../electron/api/contract';
import type { SessionUser } from '../../../electron/features/auth/contract';
import { canUse } from './access';

export interface Session {
  user: SessionUser;
  /** Locks now: the lock screen covers the app, which stays as it is underneath. */
  lock: () => void;
  logout: () => void;
  /** Asks the main process again who is signed in (after a restore, for instance). */
  refresh: () => void;
  setInactivityMinutes: (minutes: number) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside the signed-in app');
  return session;
}

/** `can('participants.create')`: whether the signed-in user's role may use a channel. */
export function useCan(): (channel: ChannelName) => boolean {
  const role = useContext(SessionContext)?.user.role;
  return useCallback((channel: ChannelName) => (role ? canUse(role, channel) : false), [role]);
}
