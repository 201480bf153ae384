import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../electron/api/contract';
import type { ApiError, ApiResult } from '../../../electron/api/errors';
import { api } from '../../app/api';

// The settings hooks: with the other feature hooks, the only code calling the API.

interface Loaded<T> {
  key: string;
  data: T | null;
  error: ApiError | null;
}

/** Loads one read channel, again whenever its input changes or reload() is called. */
function useLoad<K extends ChannelName>(channel: K, input: ChannelInput<K>, enabled = true) {
  const [token, setToken] = useState(0);
  const inputKey = JSON.stringify(input);
  const key = `${inputKey}|${token}|${enabled}`;
  const [state, setState] = useState<Loaded<ChannelOutput<K>>>({
    key: '',
    data: null,
    error: null,
  });
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const call = api()[channel] as unknown as (
      input: unknown,
    ) => Promise<ApiResult<ChannelOutput<K>>>;
    void call(JSON.parse(inputKey) as unknown).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { key, data: result.data, error: null }
          : { key, data: null, error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [channel, key, inputKey, enabled]);
  const reload = useCallback(() => setToken((n) => n + 1), []);
  const loading = enabled && state.key !== key;
  return { data: state.data, error: loading ? null : state.error, loading, reload };
}

export function useSettings() {
  return useLoad('settings.get', {});
}

export function useUsers(enabled = true) {
  return useLoad('users.list', {}, enabled);
}

export function useAuditEvents(input: ChannelInput<'audit.list'>) {
  return useLoad('audit.list', input);
}

export function useBackups() {
  return useLoad('backups.list', {});
}

/** The write calls of the settings area. */
export function useSettingsApi() {
  return useMemo(
    () => ({
      updateSettings: (input: ChannelInput<'settings.update'>) => api()['settings.update'](input),
      createUser: (input: ChannelInput<'users.create'>) => api()['users.create'](input),
      updateUser: (input: ChannelInput<'users.update'>) => api()['users.update'](input),
      setUserActive: (input: ChannelInput<'users.setActive'>) => api()['users.setActive'](input),
      resetPassword: (input: ChannelInput<'users.resetPassword'>) =>
        api()['users.resetPassword'](input),
      createBackup: () => api()['backups.create']({}),
      restoreBackup: (name: string) => api()['backups.restore']({ name }),
    }),
    [],
  );
}
