import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

describe('contract module', () => {
  it('bundles for the browser without any Node module (the renderer imports it)', async () => {
    const result = await build({
      entryPoints: [path.resolve('electron/api/contract.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    const serverSide = inputs.filter((file) =>
      /(^|\/)(db|electron\/app|electron\/shell|electron\/browser)\/|better-sqlite3|argon2|drizzle-orm/.test(
        file,
      ),
    );
    expect(serverSide).toEqual([]);
    expect(inputs.some((f) => f.includes('electron/features/participants/contract.ts'))).toBe(true);
  });
});
