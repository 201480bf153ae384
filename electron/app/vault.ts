import { existsSync } from 'node:fs';
import path from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import { eq } from 'drizzle-orm';
import { encryptInPlace, isPlaintextDatabase } from '../../db/encryption';
import {
  findUserSlot,
  emptyKeyring,
  keyringPath,
  newDataKey,
  newRecoveryKey,
  readKeyring,
  removeUserSlot,
  setRecoverySlot,
  setUserSlot,
  unwrapForUser,
  unwrapWithRecovery,
  writeKeyring,
  KDF_PARAMS,
  type Keyring,
} from '../../db/keyring';
import { openDatabase, type OpenedDatabase } from '../../db/open';
import { auditEvents, users, type UserRow } from '../../db/schema';
import { DATABASE_FILE } from '../dataDir';
import type { Role } from '../api/roles';
import { DEFAULT_INACTIVITY_MINUTES } from '../features/settings/contract';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity?: string | null;
  entityId?: number | null;
  outcome?: 'ok' | 'denied' | 'failed';
  at?: string;
}

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
}

export type LoginFailure = 'invalid_credentials' | 'rate_limited';

const MAX_FREE_FAILURES = 5;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), KDF_PARAMS);
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * The data folder's state: whether set-up happened, the open (decrypted)
 * database while someone is signed in, the signed-in user and the lock.
 * The database key lives only in memory and only while the database is open.
 */
export class Vault {
  readonly databaseFile: string;
  readonly keyFile: string;
  readonly backupDir: string;
  private database: OpenedDatabase | null = null;
  private dataKey: Buffer | null = null;
  private user: SessionUser | null = null;
  private locked = false;
  private lastActivity = 0;
  private failures = { count: 0, blockedUntil: 0 };
  private pendingAudit: AuditEntry[] = [];
  /** Minutes without activity before the session locks (setting, loaded when the file opens). */
  inactivityMinutes = DEFAULT_INACTIVITY_MINUTES;

  constructor(
    readonly dataDir: string,
    readonly migrationsDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.databaseFile = path.join(dataDir, DATABASE_FILE);
    this.keyFile = keyringPath(this.databaseFile);
    this.backupDir = path.join(dataDir, 'backups');
  }

  /** Set-up is needed when there is no key file yet (new folder, or a file from before encryption). */
  needsSetup(): boolean {
    return readKeyring(this.keyFile) === null;
  }

  hasUnencryptedData(): boolean {
    return isPlaintextDatabase(this.databaseFile);
  }

  get isOpen(): boolean {
    return this.database !== null;
  }

  get sessionUser(): SessionUser | null {
    return this.user;
  }

  get isLocked(): boolean {
    return this.locked;
  }

  openDatabaseOrNull(): OpenedDatabase | null {
    return this.database;
  }

  key(): Buffer | null {
    return this.dataKey;
  }

  keyring(): Keyring {
    const ring = readKeyring(this.keyFile);
    if (!ring) throw new Error('no key file');
    return ring;
  }

  saveKeyring(ring: Keyring): void {
    writeKeyring(this.keyFile, ring);
  }

  /** First launch: key file with the admin's and the recovery slot, then the encrypted database. */
  async setup(
    admin: { username: string; displayName: string; password: string },
    organisation: unknown,
  ) {
    if (!this.needsSetup()) throw new Error('already set up');
    const dataKey = newDataKey();
    const recoveryKey = newRecoveryKey();
    const username = normalizeUsername(admin.username);
    let ring = emptyKeyring();
    ring = await setRecoverySlot(ring, dataKey, recoveryKey);
    ring = await setUserSlot(ring, dataKey, { id: 1, username }, admin.password);
    const passwordHash = await hashPassword(admin.password);
    // The key file is written first: whatever happens next, the key is never lost.
    writeKeyring(this.keyFile, ring);
    const db = this.open(dataKey);
    db.db
      .insert(users)
      .values({ id: 1, username, displayName: admin.displayName, role: 'admin', passwordHash })
      .onConflictDoNothing()
      .run();
    db.sqlite
      .prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)')
      .run('organisation', JSON.stringify(organisation));
    this.startSession({ id: 1, username, displayName: admin.displayName, role: 'admin' });
    this.audit({ userId: 1, action: 'auth.setup' });
    return { recoveryKey };
  }

  private open(dataKey: Buffer): OpenedDatabase {
    if (this.database) return this.database;
    if (isPlaintextDatabase(this.databaseFile))
      encryptInPlace(this.databaseFile, dataKey, this.backupDir);
    this.database = openDatabase({
      file: this.databaseFile,
      migrationsDir: this.migrationsDir,
      backupDir: this.backupDir,
      key: dataKey,
    });
    this.dataKey = dataKey;
    const stored = this.database.sqlite
      .prepare("SELECT value FROM settings WHERE key = 'inactivityMinutes'")
      .pluck()
      .get() as string | undefined;
    this.inactivityMinutes = stored ? Number(JSON.parse(stored)) : DEFAULT_INACTIVITY_MINUTES;
    this.flushAudit();
    return this.database;
  }

  /** After a restore replaced the file: open it again with the same key, keeping the session. */
  reopenAfterRestore(key: Buffer): void {
    this.open(key);
  }

  close(): void {
    this.database?.close();
    this.database = null;
    this.dataKey?.fill(0);
    this.dataKey = null;
  }

  private rateLimitRemainingMs(): number {
    return Math.max(0, this.failures.blockedUntil - this.now().getTime());
  }

  private recordFailure(): void {
    this.failures.count += 1;
    if (this.failures.count >= MAX_FREE_FAILURES) {
      const delay = Math.min(
        MAX_DELAY_MS,
        BASE_DELAY_MS * 2 ** (this.failures.count - MAX_FREE_FAILURES),
      );
      this.failures.blockedUntil = this.now().getTime() + delay;
    }
  }

  /** Seconds to wait before the next attempt, or 0. */
  retryAfterSeconds(): number {
    return Math.ceil(this.rateLimitRemainingMs() / 1000);
  }

  async login(username: string, password: string): Promise<SessionUser | LoginFailure> {
    if (this.rateLimitRemainingMs() > 0) return 'rate_limited';
    const ring = this.keyring();
    const slot = findUserSlot(ring, normalizeUsername(username));
    const dataKey = slot ? await unwrapForUser(ring, slot, password) : null;
    if (!slot || !dataKey) {
      this.recordFailure();
      this.audit({ userId: slot?.userId ?? null, action: 'auth.login', outcome: 'failed' });
      return 'invalid_credentials';
    }
    const db = this.open(dataKey);
    let row = db.db.select().from(users).where(eq(users.id, slot.userId)).get();
    if (!row && slot.userId === 1) row = await this.restoreFirstAdmin(slot.username, password);
    if (!row || !row.active || !(await verify(row.passwordHash, password.normalize('NFC')))) {
      this.recordFailure();
      this.audit({ userId: slot.userId, action: 'auth.login', outcome: 'failed' });
      if (!this.user) this.close();
      return 'invalid_credentials';
    }
    this.failures = { count: 0, blockedUntil: 0 };
    this.startSession(toSessionUser(row));
    this.audit({ userId: row.id, action: 'auth.login' });
    return toSessionUser(row);
  }

  /** Set-up was interrupted after the key file was written: the slot proves the password. */
  private async restoreFirstAdmin(
    username: string,
    password: string,
  ): Promise<UserRow | undefined> {
    const db = this.database;
    if (!db) return undefined;
    db.db
      .insert(users)
      .values({
        id: 1,
        username,
        displayName: username,
        role: 'admin',
        passwordHash: await hashPassword(password),
      })
      .run();
    return db.db.select().from(users).where(eq(users.id, 1)).get();
  }

  /** Signs in with the recovery key and sets a new password for an active administrator. */
  async recover(
    recoveryKey: string,
    username: string,
    newPassword: string,
  ): Promise<SessionUser | LoginFailure> {
    if (this.rateLimitRemainingMs() > 0) return 'rate_limited';
    const ring = this.keyring();
    const dataKey = await unwrapWithRecovery(ring, recoveryKey);
    if (!dataKey) {
      this.recordFailure();
      this.audit({ userId: null, action: 'auth.recover', outcome: 'failed' });
      return 'invalid_credentials';
    }
    const db = this.open(dataKey);
    const row = db.db
      .select()
      .from(users)
      .where(eq(users.username, normalizeUsername(username)))
      .get();
    if (!row || !row.active || row.role !== 'admin') {
      this.recordFailure();
      this.audit({ userId: null, action: 'auth.recover', outcome: 'failed' });
      if (!this.user) this.close();
      return 'invalid_credentials';
    }
    await this.setPassword(row, newPassword);
    this.failures = { count: 0, blockedUntil: 0 };
    this.startSession(toSessionUser(row));
    this.audit({ userId: row.id, action: 'auth.recover' });
    return toSessionUser(row);
  }

  /** New password hash and a re-wrapped key slot for this user only. */
  async setPassword(row: { id: number; username: string }, password: string): Promise<void> {
    const db = this.requireOpen();
    const dataKey = this.dataKey;
    if (!dataKey) throw new Error('database key not available');
    const passwordHash = await hashPassword(password);
    this.saveKeyring(await setUserSlot(this.keyring(), dataKey, row, password));
    db.db
      .update(users)
      .set({ passwordHash, updatedAt: this.now().toISOString() })
      .where(eq(users.id, row.id))
      .run();
  }

  removeSlot(userId: number): void {
    this.saveKeyring(removeUserSlot(this.keyring(), userId));
  }

  async verifyPassword(userId: number, password: string): Promise<boolean> {
    const row = this.requireOpen().db.select().from(users).where(eq(users.id, userId)).get();
    return (
      row !== undefined && row.active && (await verify(row.passwordHash, password.normalize('NFC')))
    );
  }

  private startSession(user: SessionUser): void {
    this.user = user;
    this.locked = false;
    this.lastActivity = this.now().getTime();
  }

  /** Called on every authenticated call; locks the session after the inactivity period. */
  touch(inactivityMinutes: number): void {
    const now = this.now().getTime();
    if (this.user && !this.locked && now - this.lastActivity > inactivityMinutes * 60_000) {
      this.locked = true;
      this.audit({ userId: this.user.id, action: 'auth.autolock' });
    }
    if (!this.locked) this.lastActivity = now;
  }

  lock(): void {
    if (this.user && !this.locked) {
      this.locked = true;
      this.audit({ userId: this.user.id, action: 'auth.lock' });
    }
  }

  async unlock(password: string): Promise<'ok' | LoginFailure> {
    if (!this.user) return 'invalid_credentials';
    if (this.rateLimitRemainingMs() > 0) return 'rate_limited';
    if (!(await this.verifyPassword(this.user.id, password))) {
      this.recordFailure();
      this.audit({ userId: this.user.id, action: 'auth.unlock', outcome: 'failed' });
      return 'invalid_credentials';
    }
    this.failures = { count: 0, blockedUntil: 0 };
    this.locked = false;
    this.lastActivity = this.now().getTime();
    this.audit({ userId: this.user.id, action: 'auth.unlock' });
    return 'ok';
  }

  logout(): void {
    if (this.user) this.audit({ userId: this.user.id, action: 'auth.logout' });
    this.user = null;
    this.locked = false;
    this.close();
  }

  requireOpen(): OpenedDatabase {
    if (!this.database) throw new Error('database is not open');
    return this.database;
  }

  /** Records an audit event; kept in memory until the database is open (failed logins). */
  audit(entry: AuditEntry): void {
    this.pendingAudit.push({ ...entry, at: entry.at ?? this.now().toISOString() });
    this.flushAudit();
  }

  private flushAudit(): void {
    if (!this.database || this.pendingAudit.length === 0) return;
    const { db } = this.database;
    const entries = this.pendingAudit;
    this.pendingAudit = [];
    db.insert(auditEvents)
      .values(
        entries.map((e) => ({
          at: e.at ?? this.now().toISOString(),
          userId: e.userId,
          action: e.action,
          entity: e.entity ?? null,
          entityId: e.entityId ?? null,
          outcome: e.outcome ?? 'ok',
        })),
      )
      .run();
  }

  dataFileExists(): boolean {
    return existsSync(this.databaseFile);
  }
}

function toSessionUser(row: UserRow): SessionUser {
  return { id: row.id, username: row.username, displayName: row.displayName, role: row.role };
}
