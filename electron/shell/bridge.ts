import type { Api, ChannelName } from '../api/contract';
import type { ApiResult } from '../api/errors';
import { toLocale, type Locale } from '../api/locale';

/** What the preload sends on the IPC channel for one API call (checked by parseIpcPayload). */
export interface IpcRequest {
  channel: ChannelName;
  input: unknown;
  locale: Locale;
}

/** The page's <html lang> ("it", "en", "en-GB"…) as the locale of error messages. */
export function localeFromDocumentLang(lang: string): Locale {
  return toLocale(lang.slice(0, 2).toLowerCase());
}

/**
 * `window.api` over a list of channel names, like `createApi` in the contract,
 * so the sandboxed preload carries the names (fixed at build time) and not the
 * whole contract with its schemas and country lists.
 */
export function createBridgeApi(
  channels: readonly ChannelName[],
  send: (request: IpcRequest) => Promise<ApiResult<unknown>>,
  currentLocale: () => Locale,
): Api {
  const api: Record<string, (input: unknown) => Promise<ApiResult<unknown>>> = {};
  for (const channel of channels) {
    api[channel] = (input) => send({ channel, input, locale: currentLocale() });
  }
  return Object.freeze(api) as Api;
}
