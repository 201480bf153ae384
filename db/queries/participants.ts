import { and, asc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AppDatabase } from '../open';
import { participants, type NewParticipantRow, type ParticipantRow } from '../schema';

/** Lower case, no diacritics, single spaces: "Aïcha  N'Diaye" → "aicha n'diaye". */
export function normalizeName(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function normalizedFullName(firstName: string, lastName: string): string {
  return `${normalizeName(lastName)} ${normalizeName(firstName)}`;
}

/**
 * Turns what the user typed into an FTS5 query: every word becomes a quoted
 * prefix term ("aich"*), so quotes, operators and SQL in the input are inert.
 */
export function toFtsQuery(input: string): string | null {
  const words = input
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}

/** Which people a caller may see: everyone, those registered by one user, or nobody. */
export type ParticipantScope = 'all' | 'none' | { createdBy: number };

export interface SearchParams {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
  scope?: ParticipantScope;
}

export function scopeCondition(scope: ParticipantScope): SQL | undefined {
  if (scope === 'all') return undefined;
  if (scope === 'none') return sql`0`;
  return eq(participants.createdBy, scope.createdBy);
}

const summaryColumns = {
  id: participants.id,
  firstName: participants.firstName,
  lastName: participants.lastName,
  sex: participants.sex,
  birthDate: participants.birthDate,
  birthCountry: participants.birthCountry,
  codiceFiscale: participants.codiceFiscale,
  archivedAt: participants.archivedAt,
};

export type ParticipantSummaryRow = Pick<ParticipantRow, keyof typeof summaryColumns>;

/** One page of people, alphabetical; `limit + 1` rows are read to know if more follow. */
export function searchParticipants(db: AppDatabase, params: SearchParams): ParticipantSummaryRow[] {
  const conditions: SQL[] = [];
  const scoped = scopeCondition(params.scope ?? 'all');
  if (scoped) conditions.push(scoped);
  if (!params.includeArchived) conditions.push(isNull(participants.archivedAt));
  const fts = toFtsQuery(params.query);
  if (fts) {
    conditions.push(
      sql`${participants.id} IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ${fts})`,
    );
  }
  return db
    .select(summaryColumns)
    .from(participants)
    .where(and(...conditions))
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .limit(params.limit + 1)
    .offset(params.offset)
    .all();
}

export function getParticipant(db: AppDatabase, id: number): ParticipantRow | undefined {
  return db.select().from(participants).where(eq(participants.id, id)).get();
}

export function insertParticipant(db: AppDatabase, row: NewParticipantRow): number {
  const inserted = db.insert(participants).values(row).returning({ id: participants.id }).get();
  return inserted.id;
}

export function updateParticipant(
  db: AppDatabase,
  id: number,
  row: Partial<NewParticipantRow>,
): boolean {
  const result = db.update(participants).set(row).where(eq(participants.id, id)).run();
  return result.changes > 0;
}

export interface DuplicateCandidate {
  codiceFiscale?: string | undefined;
  normalizedName: string;
  birthDate: string;
  excludeId?: number | undefined;
}

/** People sharing the codice fiscale, or the same normalised name and birth date. */
export function findDuplicates(db: AppDatabase, candidate: DuplicateCandidate) {
  const sameName = and(
    eq(participants.normalizedName, candidate.normalizedName),
    eq(participants.birthDate, candidate.birthDate),
  );
  const match = candidate.codiceFiscale
    ? or(eq(participants.codiceFiscale, candidate.codiceFiscale), sameName)
    : sameName;
  return db
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      birthDate: participants.birthDate,
      codiceFiscale: participants.codiceFiscale,
    })
    .from(participants)
    .where(candidate.excludeId ? and(match, ne(participants.id, candidate.excludeId)) : match)
    .limit(10)
    .all();
}

export function countParticipants(db: AppDatabase): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(participants)
      .get()?.n ?? 0
  );
}
