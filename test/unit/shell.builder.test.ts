import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../electron/version';

const root = path.resolve(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// electron-builder's own dependencies: its YAML parser and its configuration validator.
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } =
  require('app-builder-lib/out/util/config/config') as typeof import('app-builder-lib/out/util/config/config');
const { DebugLogger } =
  require('builder-util/out/DebugLogger') as typeof import('builder-util/out/DebugLogger');

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  asarUnpack?: string[];
  files?: string[];
  directories?: { output?: string; buildResources?: string };
  electronFuses?: Record<string, boolean>;
  mac?: { hardenedRuntime?: boolean; entitlements?: string; category?: string };
  linux?: { target?: string[]; category?: string; maintainer?: string };
  win?: { target?: string[] };
}

const config = yaml.load(
  readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'),
) as BuilderConfig;
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  main: string;
};

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own schema validation', async () => {
    await expect(
      validateConfiguration(
        config as Parameters<typeof validateConfiguration>[0],
        new DebugLogger(false),
      ),
    ).resolves.toBeUndefined();
  });

  it('sets the fuses that close Node back doors', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });

  it('packs into ASAR, unpacking native modules', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('ships the build and the migrations, not sources or tests', () => {
    expect(config.files).toEqual(
      expect.arrayContaining(['dist/**', 'db/migrations/**', 'package.json', '!test/**']),
    );
    expect(packageJson.main).toBe('dist/electron/main.cjs');
  });

  it('names the app and its targets', () => {
    expect(config.appId).toBe('it.percorsi.app');
    expect(config.productName).toBe('Percorsi');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('has its resources: a 512×512 PNG icon and the macOS entitlements', () => {
    const png = readFileSync(path.join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    const entitlements = readFileSync(path.join(root, config.mac?.entitlements ?? ''), 'utf8');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(entitlements).not.toContain('allow-unsigned-executable-memory');
  });
});

describe('version', () => {
  it('APP_VERSION matches package.json', () => {
    expect(APP_VERSION).toBe(packageJson.version);
  });
});

describe('npm start without the Electron binary', () => {
  it('fails fast, in English and Italian, pointing to browser mode', () => {
    const started = Date.now();
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'start-electron.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 20_000,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: path.join(root, 'no-such-electron') },
    });
    expect(result.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.stderr).toContain('npm run start:browser');
    expect(result.stderr).toContain('Electron is not available on this machine');
    expect(result.stderr).toContain('Electron non è disponibile su questo computer');
  });
});
