import { useMemo } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import { api } from '../../app/api';

/** Calls of the auth channels; with the other feature hooks, the only code calling the API. */
export function useAuthApi() {
  return useMemo(
    () => ({
      status: () => api()['auth.status']({}),
      setup: (input: ChannelInput<'auth.setup'>) => api()['auth.setup'](input),
      login: (input: ChannelInput<'auth.login'>) => api()['auth.login'](input),
      recover: (input: ChannelInput<'auth.recover'>) => api()['auth.recover'](input),
      unlock: (input: ChannelInput<'auth.unlock'>) => api()['auth.unlock'](input),
      lock: () => api()['auth.lock']({}),
      logout: () => api()['auth.logout']({}),
      changePassword: (input: ChannelInput<'auth.changePassword'>) =>
        api()['auth.changePassword'](input),
    }),
    [],
  );
}
