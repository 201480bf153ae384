import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { hashRaw } from '@node-rs/argon2';
import { z } from 'zod';
import { DatabaseLifecycleError } from './errors';

/**
 * The key file beside the database: the random 256-bit database key, wrapped
 * once per user (with a key derived from that user's password by Argon2id) and
 * once by the recovery key — like key slots. AES-256-GCM with the slot's
 * identity as associated data, so a slot cannot be moved to another user or
 * another database, and any tampering makes unwrapping fail.
 */

/** OWASP's Argon2id recommendation: 19 MiB, 2 passes, 1 lane. */
export const KDF_PARAMS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(200);
const kdfSchema = z.object({
  alg: z.literal('argon2id'),
  memoryCost: z.number().int().min(8192).max(1_048_576),
  timeCost: z.number().int().min(1).max(20),
  parallelism: z.number().int().min(1).max(16),
  salt: b64,
});
const wrappedSchema = z.object({ iv: b64, tag: b64, data: b64 });
const userSlot = z.object({
  kind: z.literal('user'),
  userId: z.number().int().positive(),
  username: z.string().min(1).max(64),
  kdf: kdfSchema,
  key: wrappedSchema,
});
const recoverySlot = z.object({ kind: z.literal('recovery'), kdf: kdfSchema, key: wrappedSchema });
const keyringSchema = z.object({
  format: z.literal('percorsi-keyring'),
  version: z.literal(1),
  databaseId: z.string().uuid(),
  slots: z.array(z.discriminatedUnion('kind', [userSlot, recoverySlot])).max(500),
});

export type Keyring = z.infer<typeof keyringSchema>;
export type UserSlot = z.infer<typeof userSlot>;
type Kdf = z.infer<typeof kdfSchema>;

async function deriveKek(secret: string, kdf: Kdf): Promise<Buffer> {
  return hashRaw(secret.normalize('NFC'), {
    memoryCost: kdf.memoryCost,
    timeCost: kdf.timeCost,
    parallelism: kdf.parallelism,
    salt: Buffer.from(kdf.salt, 'base64'),
    outputLen: 32,
  });
}

function newKdf(): Kdf {
  return { alg: 'argon2id', ...KDF_PARAMS, salt: randomBytes(16).toString('base64') };
}

function wrap(kek: Buffer, dataKey: Buffer, aad: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(aad));
  const data = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  };
}

function unwrap(kek: Buffer, wrapped: z.infer<typeof wrappedSchema>, aad: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([
      decipher.update(Buffer.from(wrapped.data, 'base64')),
      decipher.final(),
    ]);
    return key.length === 32 ? key : null;
  } catch {
    return null;
  }
}

const userAad = (ring: Keyring, userId: number) => `${ring.databaseId}|user|${userId}`;
const recoveryAad = (ring: Keyring) => `${ring.databaseId}|recovery`;

export function newDataKey(): Buffer {
  return randomBytes(32);
}

export function emptyKeyring(): Keyring {
  return { format: 'percorsi-keyring', version: 1, databaseId: randomUUID(), slots: [] };
}

/** Adds or replaces the slot of one user; other slots are untouched. */
export async function setUserSlot(
  ring: Keyring,
  dataKey: Buffer,
  user: { id: number; username: string },
  password: string,
): Promise<Keyring> {
  const kdf = newKdf();
  const slot: UserSlot = {
    kind: 'user',
    userId: user.id,
    username: user.username,
    kdf,
    key: wrap(await deriveKek(password, kdf), dataKey, userAad(ring, user.id)),
  };
  const others = ring.slots.filter((s) => !(s.kind === 'user' && s.userId === user.id));
  return { ...ring, slots: [...others, slot] };
}

export function removeUserSlot(ring: Keyring, userId: number): Keyring {
  return { ...ring, slots: ring.slots.filter((s) => !(s.kind === 'user' && s.userId === userId)) };
}

export async function setRecoverySlot(
  ring: Keyring,
  dataKey: Buffer,
  recoveryKey: string,
): Promise<Keyring> {
  const kdf = newKdf();
  const slot = {
    kind: 'recovery' as const,
    kdf,
    key: wrap(await deriveKek(normalizeRecoveryKey(recoveryKey), kdf), dataKey, recoveryAad(ring)),
  };
  return { ...ring, slots: [...ring.slots.filter((s) => s.kind !== 'recovery'), slot] };
}

export function findUserSlot(ring: Keyring, username: string): UserSlot | undefined {
  const wanted = username.trim().toLowerCase();
  return ring.slots.find((s): s is UserSlot => s.kind === 'user' && s.username === wanted);
}

/** The database key, or null when the password is wrong (or the slot was tampered with). */
export async function unwrapForUser(
  ring: Keyring,
  slot: UserSlot,
  password: string,
): Promise<Buffer | null> {
  return unwrap(await deriveKek(password, slot.kdf), slot.key, userAad(ring, slot.userId));
}

export async function unwrapWithRecovery(
  ring: Keyring,
  recoveryKey: string,
): Promise<Buffer | null> {
  const slot = ring.slots.find((s) => s.kind === 'recovery');
  if (!slot) return null;
  return unwrap(
    await deriveKek(normalizeRecoveryKey(recoveryKey), slot.kdf),
    slot.key,
    recoveryAad(ring),
  );
}

const RECOVERY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** 32 characters from a 32-symbol alphabet (160 bits), in groups of four. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(32);
  const chars = Array.from(bytes, (b) => RECOVERY_ALPHABET[b % 32] ?? 'A').join('');
  return chars.match(/.{4}/g)?.join('-') ?? chars;
}

export function normalizeRecoveryKey(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function keyringPath(databaseFile: string): string {
  return `${databaseFile}.keys`;
}

export function readKeyring(file: string): Keyring | null {
  if (!existsSync(file)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new DatabaseLifecycleError(
      'keyring_invalid',
      'The key file is damaged: it cannot be read.',
      {
        cause: error,
      },
    );
  }
  const result = keyringSchema.safeParse(parsed);
  if (!result.success) {
    throw new DatabaseLifecycleError(
      'keyring_invalid',
      'The key file is damaged: it cannot be read.',
    );
  }
  return result.data;
}

/** Writes the key file atomically: temporary file, fsync, rename. */
export function writeKeyring(file: string, ring: Keyring): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(ring, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}
