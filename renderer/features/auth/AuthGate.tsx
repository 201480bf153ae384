import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ApiError } from '../../../electron/api/errors';
import type { SessionUser } from '../../../electron/features/auth/contract';
import { App } from '../../app/App';
import { onApiFailure } from '../../app/api';
import { LoadState } from '../../ui/LoadState';
import { useAuthApi } from './hooks';
import { LockScreen } from './LockScreen';
import { LoginScreen } from './LoginScreen';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { RecoveryScreen } from './RecoveryScreen';
import { SessionContext, type Session } from './session';
import { SetupScreen } from './SetupScreen';
import { useInactivityLock } from './useInactivityLock';

type Gate =
  | { phase: 'loading' }
  | { phase: 'error'; error: ApiError }
  | { phase: 'setup'; hasUnencryptedData: boolean }
  | { phase: 'recoveryKey'; recoveryKey: string; organisationName: string; user: SessionUser }
  | { phase: 'login' }
  | { phase: 'recover' }
  | { phase: 'signedIn'; user: SessionUser; locked: boolean };

// Failures of these calls are answered on their own screen, not by leaving it.
const SIGN_IN_CHANNELS = new Set(['auth.status', 'auth.setup', 'auth.login', 'auth.recover']);

/**
 * What the window shows: first-launch set-up, sign-in, or the app — and the
 * lock screen over the app, which stays mounted underneath so nothing typed
 * is lost while the session is locked.
 */
export function AuthGate() {
  const auth = useAuthApi();
  const [gate, setGate] = useState<Gate>({ phase: 'loading' });
  const [inactivityMinutes, setInactivityMinutes] = useState(15);

  const check = useCallback(() => {
    void auth.status().then((result) => {
      if (!result.ok) {
        setGate({ phase: 'error', error: result.error });
        return;
      }
      const status = result.data;
      setInactivityMinutes(status.inactivityMinutes);
      if (status.setupNeeded) {
        setGate({ phase: 'setup', hasUnencryptedData: status.hasUnencryptedData });
      } else if (status.user) {
        setGate({ phase: 'signedIn', user: status.user, locked: status.locked });
      } else {
        setGate({ phase: 'login' });
      }
    });
  }, [auth]);

  useEffect(check, [check]);

  useEffect(
    () =>
      onApiFailure((channel, error) => {
        if (SIGN_IN_CHANNELS.has(channel)) return;
        if (error.code === 'locked') {
          setGate((g) => (g.phase === 'signedIn' ? { ...g, locked: true } : g));
        } else if (error.code === 'unauthenticated') {
          setGate({ phase: 'login' });
        }
      }),
    [],
  );

  const signedIn = useCallback(
    (user: SessionUser) => {
      setGate({ phase: 'signedIn', user, locked: false });
      // The inactivity period belongs to the archive just opened.
      void auth.status().then((result) => {
        if (result.ok) setInactivityMinutes(result.data.inactivityMinutes);
      });
    },
    [auth],
  );

  const lock = useCallback(() => {
    setGate((g) => (g.phase === 'signedIn' ? { ...g, locked: true } : g));
    void auth.lock();
  }, [auth]);

  const logout = useCallback(() => {
    void auth.logout().then(() => setGate({ phase: 'login' }));
  }, [auth]);

  const user = gate.phase === 'signedIn' ? gate.user : null;
  const locked = gate.phase === 'signedIn' && gate.locked;
  useInactivityLock(user !== null && !locked, inactivityMinutes, lock);

  const session = useMemo<Session | null>(
    () => (user ? { user, lock, logout, refresh: check, setInactivityMinutes } : null),
    [user, lock, logout, check],
  );

  switch (gate.phase) {
    case 'loading':
      return <LoadState loading error={null} onRetry={check} />;
    case 'error':
      return (
        <main className="standalone" id="main">
          <LoadState loading={false} error={gate.error} onRetry={check} />
        </main>
      );
    case 'setup':
      return (
        <SetupScreen
          hasUnencryptedData={gate.hasUnencryptedData}
          onDone={(result, organisationName) =>
            setGate({ phase: 'recoveryKey', ...result, organisationName })
          }
        />
      );
    case 'recoveryKey':
      return (
        <RecoveryKeySheet
          recoveryKey={gate.recoveryKey}
          organisationName={gate.organisationName}
          onContinue={() => signedIn(gate.user)}
        />
      );
    case 'login':
      return <LoginScreen onSignedIn={signedIn} onForgot={() => setGate({ phase: 'recover' })} />;
    case 'recover':
      return <RecoveryScreen onSignedIn={signedIn} onBack={() => setGate({ phase: 'login' })} />;
    case 'signedIn':
      return (
        <SessionContext.Provider value={session}>
          <div className="app-root" inert={gate.locked}>
            <App />
          </div>
          {gate.locked ? (
            <LockScreen
              user={gate.user}
              onUnlocked={(u) => setGate({ phase: 'signedIn', user: u, locked: false })}
              onLogout={logout}
            />
          ) : null}
        </SessionContext.Provider>
      );
  }
}
