import { z } from 'zod';
import type { ApiResult } from '../api/errors';
import { toLocale, type Locale } from '../api/locale';
import { translateError } from '../api/messages';
import type { Router } from '../api/router';
import { isAppUrl } from './protocol';

export { IPC_CHANNEL } from './ipcChannel';

const ipcPayloadSchema = z
  .object({
    channel: z.string().regex(/^[A-Za-z0-9_.]{1,100}$/),
    input: z.unknown(),
    locale: z.enum(['it', 'en']).optional(),
  })
  .strict();

export interface IpcPayload {
  channel: string;
  input: unknown;
  locale: Locale;
}

export function parseIpcPayload(payload: unknown): IpcPayload | null {
  const parsed = ipcPayloadSchema.safeParse(payload);
  if (!parsed.success) return null;
  return {
    channel: parsed.data.channel,
    input: parsed.data.input,
    locale: toLocale(parsed.data.locale),
  };
}

/** What the main process knows about who sent an IPC message, as plain data. */
export interface SenderFacts {
  /** webContents id of the sender. */
  senderId: number;
  /** webContents id of the app's main window, or null when there is none. */
  mainWindowId: number | null;
  /** The sending frame is the top frame of its webContents (not an iframe). */
  isMainFrame: boolean;
  /** URL of the sending frame, or null when the frame is gone. */
  frameUrl: string | null;
}

/** Only the top frame of the app's own window, showing the app's own origin, may call the API. */
export function isTrustedSender(facts: SenderFacts): boolean {
  return (
    facts.mainWindowId !== null &&
    facts.senderId === facts.mainWindowId &&
    facts.isMainFrame &&
    facts.frameUrl !== null &&
    isAppUrl(facts.frameUrl)
  );
}

export interface IpcHandlerOptions {
  router: Router;
}

/**
 * The whole IPC side of the transport, without Electron: checks the sender,
 * validates the payload shape, then hands the call to the router.
 */
export function createIpcHandler(options: IpcHandlerOptions) {
  return async (facts: SenderFacts, payload: unknown): Promise<ApiResult<unknown>> => {
    const claimedLocale = toLocale(
      typeof payload === 'object' && payload !== null && 'locale' in payload
        ? payload.locale
        : undefined,
    );
    if (!isTrustedSender(facts)) {
      return {
        ok: false,
        error: { code: 'forbidden', message: translateError('errors.forbidden', claimedLocale) },
      };
    }
    const call = parseIpcPayload(payload);
    if (!call) {
      return {
        ok: false,
        error: { code: 'bad_request', message: translateError('errors.badRequest', claimedLocale) },
      };
    }
    return options.router.call(call);
  };
}
