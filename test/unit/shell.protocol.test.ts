import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  appResponseHeaders,
  contentTypeFor,
  isAppUrl,
  resolveAppRequest,
} from '../../electron/shell/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shell/security';

const root = path.resolve('/srv/percorsi/dist/renderer');
const inRoot = (...parts: string[]) => path.join(root, ...parts);

describe('app:// path resolution', () => {
  it('maps the entry and "/" to index.html', () => {
    expect(resolveAppRequest(APP_ENTRY_URL, root)?.file).toBe(inRoot('index.html'));
    expect(resolveAppRequest('app://percorsi/', root)?.file).toBe(inRoot('index.html'));
    expect(resolveAppRequest('app://percorsi', root)?.file).toBe(inRoot('index.html'));
  });

  it('serves assets inside the folder with their content type', () => {
    const asset = resolveAppRequest('app://percorsi/assets/index-abc123.js?v=1#x', root);
    expect(asset).toEqual({
      file: inRoot('assets', 'index-abc123.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://percorsi/assets/a%20b.css', root)?.file).toBe(
      inRoot('assets', 'a b.css'),
    );
  });

  it('sends client-side routes (no extension) to index.html', () => {
    expect(resolveAppRequest('app://percorsi/participants/12', root)?.file).toBe(
      inRoot('index.html'),
    );
  });

  it('rejects plain and encoded traversal', () => {
    const attempts = [
      'app://percorsi/../../etc/passwd',
      'app://percorsi/assets/../../secret.txt',
      'app://percorsi/%2e%2e/%2e%2e/etc/passwd',
      'app://percorsi/..%2F..%2Fetc%2Fpasswd',
      'app://percorsi/assets/..%2f..%2fsecret.txt',
      'app://percorsi/%252e%252e/x.js',
      'app://percorsi/..%5C..%5Csecret.txt',
      'app://percorsi/assets%5C..%5C..%5Csecret.txt',
      'app://percorsi/./index.html',
    ];
    for (const url of attempts) {
      const resolved = resolveAppRequest(url, root);
      if (resolved) expect(resolved.file.startsWith(root + path.sep), url).toBe(true);
    }
    expect(resolveAppRequest('app://percorsi/..%2F..%2Fetc%2Fpasswd', root)).toBeNull();
    expect(resolveAppRequest('app://percorsi/..%5C..%5Csecret.txt', root)).toBeNull();
  });

  it('rejects absolute, drive and NUL paths and malformed escapes', () => {
    expect(resolveAppRequest('app://percorsi/%2Fetc%2Fpasswd', root)?.file).not.toBe('/etc/passwd');
    expect(resolveAppRequest('app://percorsi/C:%5CWindows%5Cwin.ini', root)).toBeNull();
    expect(resolveAppRequest('app://percorsi/C:/Windows/win.ini', root)).toBeNull();
    expect(resolveAppRequest('app://percorsi/index.html%00.png', root)).toBeNull();
    expect(resolveAppRequest('app://percorsi/%E0%A4%A', root)).toBeNull();
  });

  it('rejects other origins and schemes', () => {
    expect(resolveAppRequest('app://evil/index.html', root)).toBeNull();
    expect(resolveAppRequest('app://percorsi.evil/index.html', root)).toBeNull();
    expect(resolveAppRequest('app://user@percorsi/index.html', root)).toBeNull();
    expect(resolveAppRequest('file:///srv/percorsi/dist/renderer/index.html', root)).toBeNull();
    expect(resolveAppRequest('https://percorsi/index.html', root)).toBeNull();
    expect(resolveAppRequest('not a url', root)).toBeNull();
  });

  it('recognises the app origin only', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://percorsi:8080/index.html')).toBe(false);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('file:///index.html')).toBe(false);
  });

  it('answers with the CSP and no-sniff headers', () => {
    const headers = appResponseHeaders(contentTypeFor('index.html'));
    expect(headers['content-type']).toBe('text/html; charset=utf-8');
    expect(headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(contentTypeFor('blob.bin')).toBe('application/octet-stream');
  });
});
