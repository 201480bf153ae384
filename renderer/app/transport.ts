import { createApi, type Api, type Invoke } from '../../electron/api/contract';
import type { ApiResult } from '../../electron/api/errors';
import { catalogues } from '../i18n/catalogues';
import { storedLocale } from '../i18n/locale';

const SECRET_KEY = 'percorsi.secret';

/**
 * Browser mode receives its per-launch secret once, in the address fragment
 * (never sent to the server). Keep it for this tab and remove it from the
 * address bar so it is not bookmarked, shared or left in history.
 */
export function takeBrowserSecret(): string | null {
  const match = /(?:^#|&)secret=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    try {
      sessionStorage.setItem(SECRET_KEY, match[1]);
    } catch {
      // Without sessionStorage the secret lasts until the page is reloaded.
    }
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    return match[1];
  }
  try {
    return sessionStorage.getItem(SECRET_KEY);
  } catch {
    return null;
  }
}

function unreachable(): ApiResult<never> {
  return {
    ok: false,
    error: { code: 'internal', message: catalogues[storedLocale()]['transport.unreachable'] ?? '' },
  };
}

function isApiResult(value: unknown): value is ApiResult<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { ok?: unknown }).ok === 'boolean'
  );
}

/** The loopback HTTP transport: one POST per call, the secret and the language in headers. */
export function httpInvoke(secret: string): Invoke {
  return async (channel, input) => {
    try {
      const response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-percorsi-secret': secret,
          'x-percorsi-locale': storedLocale(),
        },
        body: JSON.stringify(input ?? {}),
        credentials: 'omit',
        cache: 'no-store',
      });
      const body: unknown = await response.json();
      return isApiResult(body) ? body : unreachable();
    } catch {
      return unreachable();
    }
  };
}

/** True in Electron, where the preload has already exposed `window.api`. */
export function hasPreloadApi(): boolean {
  return typeof (window as { api?: Api }).api === 'object';
}

export function installBrowserApi(secret: string): void {
  window.api = createApi(httpInvoke(secret));
}
