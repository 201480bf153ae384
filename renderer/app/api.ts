import type { Api, ChannelInput, ChannelName, ChannelOutput } from '../../electron/api/contract';
import type { ApiError, ApiResult } from '../../electron/api/errors';

type FailureListener = (channel: string, error: ApiError) => void;

const listeners = new Set<FailureListener>();
let observed: { base: Api; api: Api } | null = null;

/**
 * Every failed call is reported here, so the session can react to `locked`
 * and `unauthenticated` whichever screen made the call.
 */
export function onApiFailure(listener: FailureListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function observe(base: Api): Api {
  const calls = new Map<string, (input: unknown) => Promise<ApiResult<unknown>>>();
  return new Proxy(base, {
    get(target, name) {
      if (typeof name !== 'string') return undefined;
      const call = (target as unknown as Record<string, unknown>)[name];
      if (typeof call !== 'function') return undefined;
      let wrapped = calls.get(name);
      if (!wrapped) {
        wrapped = async (input: unknown) => {
          const result = await (call as (input: unknown) => Promise<ApiResult<unknown>>)(input);
          if (!result.ok) for (const listener of listeners) listener(name, result.error);
          return result;
        };
        calls.set(name, wrapped);
      }
      return wrapped;
    },
  });
}

/**
 * `window.api` as the feature hooks use it (they are its only callers). In
 * Electron the preload's object is frozen, so the observation wraps it here
 * instead of replacing it.
 */
export function api(): Api {
  const base = window.api;
  if (observed?.base !== base) observed = { base, api: observe(base) };
  return observed.api;
}

/** One typed call: the result of `channel` for `input`, as the transport returns it. */
export function callChannel<K extends ChannelName>(
  channel: K,
  input: ChannelInput<K>,
): Promise<ApiResult<ChannelOutput<K>>> {
  const call = api()[channel] as unknown as (
    input: ChannelInput<K>,
  ) => Promise<ApiResult<ChannelOutput<K>>>;
  return call(input);
}
