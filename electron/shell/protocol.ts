import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The renderer is served from a custom privileged scheme rather than file://,
 * so it has a real origin, a CSP header and no access to the rest of the disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'percorsi';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether a URL belongs to the app's own origin (scheme and host both match). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL reports origin "null" for non-special schemes, so compare the parts.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    !parsed.username &&
    !parsed.password
  );
}

export interface ResolvedAsset {
  file: string;
  contentType: string;
}

/**
 * Maps an app:// URL to a file inside `rootDir`, or null when the URL is not
 * the app's or would leave the folder (dot segments, encoded separators,
 * absolute or drive paths, NUL bytes). "/" and extension-less client routes
 * map to index.html.
 */
export function resolveAppRequest(url: string, rootDir: string): ResolvedAsset | null {
  if (!isAppUrl(url)) return null;
  const rawPath = new URL(url).pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (/[\\\0:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '.' || segment === '..')) return null;
  const last = segments[segments.length - 1];
  const relative =
    last === undefined || path.posix.extname(last) === '' ? 'index.html' : path.join(...segments);
  const root = path.resolve(rootDir);
  const file = path.resolve(root, relative);
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return { file, contentType: contentTypeFor(file) };
}

/** Headers of every response the app:// handler serves. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-store',
  };
}
