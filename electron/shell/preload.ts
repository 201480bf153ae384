import { contextBridge, ipcRenderer } from 'electron';
import type { ChannelName } from '../api/contract';
import type { ApiResult } from '../api/errors';
import { createBridgeApi, localeFromDocumentLang } from './bridge';
import { IPC_CHANNEL } from './ipcChannel';

// Replaced at build time (scripts/build-electron.mjs) with the contract's CHANNELS.
declare const PERCORSI_CHANNELS: readonly ChannelName[];

// Sandboxed preload, bundled to one CommonJS file: exposes `window.api` and nothing else.
// Error messages follow the page's <html lang>, which the renderer keeps current.
contextBridge.exposeInMainWorld(
  'api',
  createBridgeApi(
    PERCORSI_CHANNELS,
    (request) => ipcRenderer.invoke(IPC_CHANNEL, request) as Promise<ApiResult<unknown>>,
    () => localeFromDocumentLang(document.documentElement.lang),
  ),
);
