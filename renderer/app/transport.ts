import type { Api, ChannelName, Invoke } from '../../electron/api/contract';
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

/**
 * `window.api` over an invoke function, like createApi in the contract, but
 * without importing the contract's values: the renderer uses the contract for
 * types only (DESIGN §3), so server-side code reachable from other features'
 * contracts never ends up in the page. Unknown channels are refused by the router.
 */
export function createRendererApi(invoke: Invoke): Api {
  const calls = new Map<string, (input: unknown) => ReturnType<Invoke>>();
  return new Proxy({} as Api, {
    get(_target, name) {
      if (typeof name !== 'string' || !/^[a-z][A-Za-z]*\.[A-Za-z]+$/.test(name)) return undefined;
      let call = calls.get(name);
      if (!call) {
        call = (input: unknown) => invoke(name as ChannelName, input);
        calls.set(name, call);
      }
      return call;
    },
  });
}

export function installBrowserApi(secret: string): void {
  window.api = createRendererApi(httpInvoke(secret));
}
