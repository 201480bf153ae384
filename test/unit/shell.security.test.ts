import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  EXTERNAL_LINK_ALLOW_LIST,
  isAllowedExternalLink,
  SECURE_WEB_PREFERENCES,
} from '../../electron/shell/security';
import { localeFromSystem, mainWindowOptions } from '../../electron/shell/window';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('window web preferences', () => {
  const options = mainWindowOptions({ preload: '/app/dist/electron/preload.cjs', devTools: false });
  const prefs = options.webPreferences ?? {};

  it('isolates the renderer from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads only the bundled preload and hides developer tools when asked', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions({ preload: '/p.cjs', devTools: true }).webPreferences?.devTools).toBe(
      true,
    );
  });

  it('does not let the window options weaken the shared preferences', () => {
    for (const [key, value] of Object.entries(SECURE_WEB_PREFERENCES)) {
      expect(prefs[key as keyof typeof prefs]).toBe(value);
    }
    expect(options.show).toBe(false);
  });

  it('picks Italian for Italian systems and English otherwise', () => {
    expect(localeFromSystem('it')).toBe('it');
    expect(localeFromSystem('it-IT')).toBe('it');
    expect(localeFromSystem('en-US')).toBe('en');
    expect(localeFromSystem('de-DE')).toBe('en');
    expect(localeFromSystem('')).toBe('en');
  });
});

describe('Content-Security-Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('allows nothing but the app itself by default', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
  });

  it('has no inline or eval escape hatches and no wildcard sources', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/(^|\s)\*(\s|;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\b(https?|ws|wss):(\s|;|$)/);
  });
});

describe('external links', () => {
  it('opens the allow-listed sites over https', () => {
    expect(isAllowedExternalLink('https://www.garanteprivacy.it/')).toBe(true);
    expect(
      isAllowedExternalLink('https://www.garanteprivacy.it/home/docweb/-/docweb-display'),
    ).toBe(true);
    expect(isAllowedExternalLink('https://www.agenziaentrate.gov.it/portale/')).toBe(true);
    for (const allowed of EXTERNAL_LINK_ALLOW_LIST)
      expect(allowed.startsWith('https://')).toBe(true);
  });

  it('refuses other schemes', () => {
    expect(isAllowedExternalLink('http://www.garanteprivacy.it/')).toBe(false);
    expect(isAllowedExternalLink('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalLink('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalLink('app://percorsi/index.html')).toBe(false);
    expect(isAllowedExternalLink('smb://www.garanteprivacy.it/')).toBe(false);
  });

  it('refuses look-alike hosts, ports and credentials', () => {
    expect(isAllowedExternalLink('https://www.garanteprivacy.it.evil.example/')).toBe(false);
    expect(isAllowedExternalLink('https://evil.example/https://www.garanteprivacy.it/')).toBe(
      false,
    );
    expect(isAllowedExternalLink('https://wwwgaranteprivacy.it/')).toBe(false);
    expect(isAllowedExternalLink('https://garanteprivacy.it/')).toBe(false);
    expect(isAllowedExternalLink('https://www.garanteprivacy.it@evil.example/')).toBe(false);
    expect(isAllowedExternalLink('https://user:pass@www.garanteprivacy.it/')).toBe(false);
    expect(isAllowedExternalLink('https://www.garanteprivacy.it:8443/')).toBe(false);
    expect(isAllowedExternalLink('https://xn--www-garanteprivacy-it/')).toBe(false);
  });

  it('refuses garbage', () => {
    expect(isAllowedExternalLink('')).toBe(false);
    expect(isAllowedExternalLink('not a url')).toBe(false);
    expect(isAllowedExternalLink('//www.garanteprivacy.it/')).toBe(false);
  });
});
