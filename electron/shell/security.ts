/**
 * Security settings of the desktop window, kept as data so they are unit-tested
 * without Electron. Browser mode serves the same Content-Security-Policy.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** BrowserWindow webPreferences: the renderer gets no Node and no direct IPC. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
} as const;

/** The only external sites a link may open (in the system browser). */
export const EXTERNAL_LINK_ALLOW_LIST = [
  'https://www.garanteprivacy.it/',
  'https://www.agenziaentrate.gov.it/',
] as const;

export function isAllowedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password) return false;
  return EXTERNAL_LINK_ALLOW_LIST.some((allowed) => {
    const base = new URL(allowed);
    return parsed.origin === base.origin && parsed.pathname.startsWith(base.pathname);
  });
}
