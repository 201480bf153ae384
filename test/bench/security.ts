import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashRaw } from '@node-rs/argon2';
import { encryptInPlace } from '../../db/encryption';
import { KDF_PARAMS } from '../../db/keyring';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { createRandom } from '../../db/synthetic';
import { createAppRouter } from '../../electron/api/app';
import { Vault } from '../../electron/app/vault';
import { MIGRATIONS_DIR } from './fixture';
import { handWrittenSearch, typedQueries } from './participants';
import { timedRow, type BenchRow } from './results';
import { measure, measureInterleaved, type MeasureOptions } from './timing';

/** A fixed key for the cached encrypted copy of the bench database (synthetic data only). */
export const BENCH_KEY = createHash('sha256').update('percorsi-bench-key').digest();

/** The plain bench database, encrypted once with SQLite3MultipleCiphers and cached beside it. */
export function encryptedCopyPath(plainFile: string): string {
  return `${plainFile}.encrypted`;
}

export function openEncryptedCopy(plainFile: string, log: (m: string) => void): OpenedDatabase {
  const file = encryptedCopyPath(plainFile);
  if (!existsSync(file)) {
    log('Encrypting a copy of the bench database (cached for later runs)…');
    const partial = `${file}.partial`;
    copyFileSync(plainFile, partial);
    encryptInPlace(partial, BENCH_KEY, path.join(path.dirname(file), 'encrypt-backups'));
    renameSync(partial, file);
  }
  return openDatabase({ file, migrationsDir: MIGRATIONS_DIR, key: BENCH_KEY });
}

/** Search on the encrypted file against the same search on the plain file. */
export async function benchEncryptionOverhead(
  plain: OpenedDatabase,
  encrypted: OpenedDatabase,
  options: MeasureOptions & { seed: number },
): Promise<BenchRow[]> {
  const queries = typedQueries(
    plain,
    options.iterations + options.warmup,
    createRandom(options.seed),
  );
  const onPlain = handWrittenSearch(plain);
  const onEncrypted = handWrittenSearch(encrypted);
  const at = (i: number) => queries[i % queries.length] ?? '';
  const result = await measureInterleaved(
    { plain: (i) => onPlain(at(i)), encrypted: (i) => onEncrypted(at(i)) },
    options,
  );
  return [
    timedRow('participants.search on the encrypted file vs plain', result.encrypted, {
      reference: result.plain,
    }),
  ];
}

/** Sign-in cost: Argon2id key derivation alone, and a whole sign-in through the router. */
export async function benchLogin(iterations: number): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'percorsi-bench-login-'));
  try {
    const vault = new Vault(dir, MIGRATIONS_DIR);
    const router = createAppRouter({ vault });
    const call = async (channel: string, input: unknown) => {
      const result = await router.call({ channel, input, locale: 'it' });
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
    };
    const password = 'bench-password-1';
    await call('auth.setup', {
      organisation: { name: 'Bench' },
      admin: { username: 'admin', displayName: 'Admin', password, passwordConfirm: password },
    });
    await call('auth.logout', {});
    const salt = Buffer.alloc(16, 7);
    const kdf = await measure(() => hashRaw(password, { ...KDF_PARAMS, salt, outputLen: 32 }), {
      warmup: 2,
      iterations,
    });
    const login = await measure(
      async () => {
        await call('auth.login', { username: 'admin', password });
        await call('auth.logout', {});
      },
      { warmup: 2, iterations },
    );
    vault.close();
    return [
      timedRow('Argon2id key derivation (19 MiB, t=2, p=1)', kdf),
      timedRow('sign-in through the router (unwrap key, open file, verify) + sign-out', login, {
        reference: kdf,
      }),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
