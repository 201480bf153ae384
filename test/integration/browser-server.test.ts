import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_BODY_BYTES,
  startBrowserServer,
  type BrowserServer,
} from '../../electron/browser/server';
import { validParticipant } from '../fixtures/participants';
import { createTestApp, type TestApp } from './helpers/db';

let app: TestApp;
let server: BrowserServer;

beforeAll(async () => {
  app = await createTestApp();
  const staticDir = path.join(app.dir, 'static');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Percorsi</title>');
  writeFileSync(path.join(app.dir, 'secret.txt'), 'outside the static folder');
  server = await startBrowserServer({
    router: app.router,
    staticDir,
  });
});
afterAll(async () => {
  await server.close();
  app.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(options: {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'POST',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const apiHeaders = () => ({
  'content-type': 'application/json',
  'x-percorsi-secret': server.secret,
});

describe('browser-mode server', () => {
  it('listens on loopback only and prints a URL carrying the secret in the fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#secret=${server.secret}`);
    expect(server.secret.length).toBeGreaterThanOrEqual(40);
  });

  it('serves a call with the secret through the router', async () => {
    const reply = await request({
      path: '/api/participants.create',
      headers: apiHeaders(),
      body: JSON.stringify({ data: validParticipant() }),
    });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { firstName: 'Aïcha' } });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    const search = await request({
      path: '/api/participants.search',
      headers: apiHeaders(),
      body: JSON.stringify({ query: 'aich' }),
    });
    expect(JSON.parse(search.body)).toMatchObject({
      ok: true,
      data: { items: [{ lastName: 'Diallo' }] },
    });
  });

  it('refuses calls without the secret or with a wrong one', async () => {
    for (const secret of [undefined, '', 'x'.repeat(43), server.secret.slice(0, -1)]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (secret !== undefined) headers['x-percorsi-secret'] = secret;
      const reply = await request({ path: '/api/system.info', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await request({
      path: '/api/system.info',
      headers: { ...apiHeaders(), host: `evil.example:${server.port}` },
      body: '{}',
    });
    expect(rebinding.status).toBe(403);
    const otherPort = await request({
      path: '/',
      method: 'GET',
      headers: { host: `127.0.0.1:${server.port + 1}` },
    });
    expect(otherPort.status).toBe(403);
    const origin = await request({
      path: '/api/system.info',
      headers: { ...apiHeaders(), origin: 'https://evil.example' },
      body: '{}',
    });
    expect(origin.status).toBe(403);
    const sameOrigin = await request({
      path: '/api/system.info',
      headers: { ...apiHeaders(), origin: `http://127.0.0.1:${server.port}` },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses oversized bodies, declared or streamed', async () => {
    const big = JSON.stringify({ query: 'a'.repeat(MAX_BODY_BYTES) });
    const reply = await request({
      path: '/api/participants.search',
      headers: apiHeaders(),
      body: big,
    });
    expect(reply.status).toBe(413);
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port: server.port,
          method: 'POST',
          path: '/api/participants.search',
          headers: { ...apiHeaders(), 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 17; i++) req.write(Buffer.alloc(1024 * 1024, 32));
      req.end();
    });
    expect(streamed).toBe(413);
  });

  it('answers malformed JSON, wrong methods and wrong content types with structured errors', async () => {
    const malformed = await request({
      path: '/api/system.info',
      headers: apiHeaders(),
      body: '{"a":',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    const get = await request({ path: '/api/system.info', method: 'GET', headers: apiHeaders() });
    expect(get.status).toBe(405);
    const form = await request({
      path: '/api/system.info',
      headers: { 'content-type': 'text/plain', 'x-percorsi-secret': server.secret },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const unknown = await request({ path: '/api/nope.nothing', headers: apiHeaders(), body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    });
    const invalid = await request({
      path: '/api/participants.get',
      headers: apiHeaders(),
      body: JSON.stringify({ id: 'one' }),
    });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('serves the app with a CSP and never a file outside its folder', async () => {
    const index = await request({ path: '/', method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await request({ path: attempt, method: 'GET' });
      expect(reply.body, attempt).not.toContain('outside the static folder');
    }
  });
});
