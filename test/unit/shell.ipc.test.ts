import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, createApi, type ChannelName } from '../../electron/api/contract';
import type { ApiResult } from '../../electron/api/errors';
import type { CallRequest, Router } from '../../electron/api/router';
import {
  createBridgeApi,
  localeFromDocumentLang,
  type IpcRequest,
} from '../../electron/shell/bridge';
import {
  createIpcHandler,
  isTrustedSender,
  parseIpcPayload,
  type SenderFacts,
} from '../../electron/shell/ipc';

const trusted: SenderFacts = {
  senderId: 7,
  mainWindowId: 7,
  isMainFrame: true,
  frameUrl: 'app://percorsi/index.html',
};

describe('IPC sender check', () => {
  it('accepts the main frame of the app window on the app origin', () => {
    expect(isTrustedSender(trusted)).toBe(true);
    expect(isTrustedSender({ ...trusted, frameUrl: 'app://percorsi/participants?x=1#top' })).toBe(
      true,
    );
  });

  it('rejects other windows, sub-frames and missing windows or frames', () => {
    expect(isTrustedSender({ ...trusted, senderId: 8 })).toBe(false);
    expect(isTrustedSender({ ...trusted, mainWindowId: null })).toBe(false);
    expect(isTrustedSender({ ...trusted, isMainFrame: false })).toBe(false);
    expect(isTrustedSender({ ...trusted, frameUrl: null })).toBe(false);
  });

  it('rejects other origins and schemes', () => {
    for (const frameUrl of [
      'file:///tmp/index.html',
      'https://percorsi/index.html',
      'http://127.0.0.1:5173/',
      'app://evil/index.html',
      'app://percorsi.evil.example/index.html',
      'app://user:pw@percorsi/index.html',
      'about:blank',
      'data:text/html,<p>hi</p>',
      '',
    ]) {
      expect(isTrustedSender({ ...trusted, frameUrl }), frameUrl).toBe(false);
    }
  });
});

describe('IPC payload', () => {
  it('accepts { channel, input, locale } and defaults the locale to Italian', () => {
    expect(parseIpcPayload({ channel: 'system.info', input: {}, locale: 'en' })).toEqual({
      channel: 'system.info',
      input: {},
      locale: 'en',
    });
    expect(parseIpcPayload({ channel: 'participants.search', input: { q: 'x' } })).toEqual({
      channel: 'participants.search',
      input: { q: 'x' },
      locale: 'it',
    });
  });

  it('rejects anything else', () => {
    for (const payload of [
      null,
      'system.info',
      ['system.info', {}],
      { channel: 1, input: {} },
      { channel: '', input: {} },
      { channel: '../x', input: {} },
      { channel: 'system.info', input: {}, locale: 'fr' },
      { channel: 'system.info', input: {}, extra: true },
    ]) {
      expect(parseIpcPayload(payload), JSON.stringify(payload)).toBeNull();
    }
  });
});

describe('IPC handler', () => {
  function fakeRouter() {
    const calls: CallRequest[] = [];
    const router: Router = {
      call: (request) => {
        calls.push(request);
        return Promise.resolve({ ok: true, data: 'done' });
      },
    };
    return { router, calls };
  }

  it('passes trusted, well-formed calls to the router', async () => {
    const { router, calls } = fakeRouter();
    const handle = createIpcHandler({ router });
    const result = await handle(trusted, { channel: 'system.info', input: {}, locale: 'en' });
    expect(result).toEqual({ ok: true, data: 'done' });
    expect(calls).toEqual([{ channel: 'system.info', input: {}, locale: 'en' }]);
  });

  it('refuses untrusted senders without reaching the router', async () => {
    const { router, calls } = fakeRouter();
    const handle = createIpcHandler({ router });
    const result = await handle(
      { ...trusted, isMainFrame: false },
      { channel: 'system.info', input: {}, locale: 'en' },
    );
    expect(result).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) as string },
    });
    expect(calls).toHaveLength(0);
  });

  it('answers malformed payloads with bad_request', async () => {
    const { router, calls } = fakeRouter();
    const handle = createIpcHandler({ router });
    const result = await handle(trusted, { channel: 42 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('bad_request');
    expect(calls).toHaveLength(0);
  });
});

describe('preload bridge', () => {
  it('exposes exactly the contract channels, like createApi', () => {
    const send = vi.fn((_request: IpcRequest): Promise<ApiResult<unknown>> =>
      Promise.resolve({ ok: true, data: null }),
    );
    const api = createBridgeApi(CHANNELS, send, () => 'it');
    const reference = createApi(() => Promise.resolve({ ok: true, data: null }));
    expect(Object.keys(api).sort()).toEqual(Object.keys(reference).sort());
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends payloads the main side accepts, with the current locale', async () => {
    const sent: IpcRequest[] = [];
    let locale: 'it' | 'en' = 'it';
    const api = createBridgeApi(
      CHANNELS,
      (request): Promise<ApiResult<unknown>> => {
        sent.push(request);
        return Promise.resolve({ ok: true, data: null });
      },
      () => locale,
    );
    const channel: ChannelName = 'system.info';
    await api[channel]({});
    locale = 'en';
    await api[channel]({});
    expect(sent.map((r) => r.locale)).toEqual(['it', 'en']);
    for (const request of sent) expect(parseIpcPayload(request)).toEqual(request);
  });

  it('reads the locale from <html lang>', () => {
    expect(localeFromDocumentLang('en')).toBe('en');
    expect(localeFromDocumentLang('en-GB')).toBe('en');
    expect(localeFromDocumentLang('EN')).toBe('en');
    expect(localeFromDocumentLang('it')).toBe('it');
    expect(localeFromDocumentLang('')).toBe('it');
    expect(localeFromDocumentLang('fr')).toBe('it');
  });
});
