import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiError } from '../api/errors';
import { toLocale, type Locale } from '../api/locale';
import { translateError } from '../api/messages';
import type { Router } from '../api/router';
import { CONTENT_SECURITY_POLICY } from '../shell/security';

export const SECRET_HEADER = 'x-percorsi-secret';
export const LOCALE_HEADER = 'x-percorsi-locale';
/** Large enough for a spreadsheet import (10 MB file, base64-encoded), no larger. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

export interface BrowserServerOptions {
  router: Router;
  /** Built renderer (dist/renderer); omitted in tests that only call the API. */
  staticDir?: string;
  port?: number;
  secret?: string;
}

export interface BrowserServer {
  port: number;
  secret: string;
  /** The address to open, carrying the per-launch secret in the fragment (never sent to the server). */
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const transportMessages = {
  secret: 'errors.forbidden',
  origin: 'errors.forbidden',
  method: 'errors.badRequest',
  tooLarge: 'errors.requestTooLarge',
  json: 'errors.badRequest',
} as const;

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(payload);
}

function sendError(
  res: http.ServerResponse,
  status: number,
  code: ApiError['code'],
  key: string,
  locale: Locale,
): void {
  sendJson(res, status, { ok: false, error: { code, message: translateError(key, locale) } });
}

function secretMatches(expected: Buffer, given: string | string[] | undefined): boolean {
  if (typeof given !== 'string') return false;
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

function readBody(req: http.IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve('too_large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      // Answer at once; the rest of an oversized body is read and discarded.
      else resolve('too_large');
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Browser mode: the same router over loopback HTTP. Only 127.0.0.1, a
 * per-launch secret on every API call, Host and Origin checks against DNS
 * rebinding and other pages, no CORS, JSON bodies of at most 1 MiB.
 */
export async function startBrowserServer(options: BrowserServerOptions): Promise<BrowserServer> {
  const secret = options.secret ?? randomBytes(32).toString('base64url');
  const expectedSecret = Buffer.from(secret);
  let port = 0;
  const allowedHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const allowedOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    const locale = toLocale(req.headers[LOCALE_HEADER]);
    if (req.method !== 'POST') {
      res.setHeader('allow', 'POST');
      return sendError(res, 405, 'bad_request', transportMessages.method, locale);
    }
    if (!secretMatches(expectedSecret, req.headers[SECRET_HEADER])) {
      return sendError(res, 401, 'forbidden', transportMessages.secret, locale);
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) {
      return sendError(res, 415, 'bad_request', transportMessages.json, locale);
    }
    const body = await readBody(req);
    if (body === 'too_large') {
      res.setHeader('connection', 'close');
      return sendError(res, 413, 'bad_request', transportMessages.tooLarge, locale);
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'bad_request', transportMessages.json, locale);
    }
    const result = await options.router.call({ channel, input, locale });
    sendJson(res, 200, result);
  }

  async function handleStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
  ) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    if (!options.staticDir) {
      res.writeHead(404);
      res.end();
      return;
    }
    const root = path.resolve(options.staticDir);
    const relative =
      pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
    let file = path.resolve(root, relative);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(404);
      res.end();
      return;
    }
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch {
      // Client-side routes fall back to the app's page.
      file = path.join(root, 'index.html');
      data = await readFile(file);
    }
    res.writeHead(200, {
      'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    });
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  const server = http.createServer((req, res) => {
    const locale = toLocale(req.headers[LOCALE_HEADER]);
    if (!allowedHosts().has(req.headers.host ?? '')) {
      return sendError(res, 403, 'forbidden', transportMessages.origin, locale);
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedOrigins().has(origin)) {
      return sendError(res, 403, 'forbidden', transportMessages.origin, locale);
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const api = /^\/api\/([A-Za-z0-9_.]{1,100})$/.exec(pathname);
    const work = api?.[1] ? handleApi(req, res, api[1]) : handleStatic(req, res, pathname);
    work.catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal', 'errors.internal', locale);
      else res.end();
    });
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    secret,
    url: `http://127.0.0.1:${port}/#secret=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
