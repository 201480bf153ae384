import type { Api } from '../electron/api/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload, or installed by the browser-mode transport at start-up. */
    api: Api;
  }
}

export {};
