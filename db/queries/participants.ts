import { type Placeholder, and, asc, count, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
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

/**
 * Which people a caller may see: everyone, those a counselor registered or
 * follows on a pathway (`createdBy` names the counselor), those
 * enrolled in the courses one trainer teaches, or nobody.
 */
export type ParticipantScope = 'all' | 'none' | { createdBy: number } | { trainerId: number };

type ScopeKind = 'all' | 'none' | 'user' | 'trainer';

function scopeKind(scope: ParticipantScope): ScopeKind {
  if (typeof scope === 'string') return scope;
  return 'createdBy' in scope ? 'user' : 'trainer';
}

/** People a counselor registered or follows on a pathway. */
const followedBy = (counselor: SQL | Placeholder) =>
  or(
    eq(participants.createdBy, counselor),
    sql`${participants.id} IN (SELECT pw.participant_id FROM pathways pw WHERE pw.counselor_id = ${counselor})`,
  ) as SQL;

/** People enrolled in a course taught by the bound trainer. */
const taughtBy = (trainer: SQL | Placeholder) =>
  sql`${participants.id} IN (SELECT e.participant_id FROM enrolments e JOIN course_trainers ct ON ct.course_id = e.course_id WHERE ct.user_id = ${trainer})`;

/** Whether one person is inside a scope (for reads and writes of a single record). */
export function inScope(db: AppDatabase, scope: ParticipantScope, row: ParticipantRow): boolean {
  if (scope === 'all') return true;
  if (scope === 'none') return false;
  if ('createdBy' in scope) {
    if (row.createdBy === scope.createdBy) return true;
    return (
      db
        .select({ id: participants.id })
        .from(participants)
        .where(and(eq(participants.id, row.id), followedBy(sql`${scope.createdBy}`)))
        .get() !== undefined
    );
  }
  return (
    db
      .select({ id: participants.id })
      .from(participants)
      .where(and(eq(participants.id, row.id), taughtBy(sql`${scope.trainerId}`)))
      .get() !== undefined
  );
}

export interface SearchParams {
  query: string;
  includeArchived: boolean;
  limit: number;
  offset: number;
  scope?: ParticipantScope;
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

/** Above this many matches a search walks the name index in order instead of sorting every match. */
export const BROAD_SEARCH_MATCHES = 2_000;

type SearchPlan = 'all' | 'narrow' | 'broad';

/** `scope` is the kind of ParticipantScope; a user's id is bound when the statement runs. */
function prepareSearch(db: AppDatabase, plan: SearchPlan, archived: boolean, scope: ScopeKind) {
  const conditions: SQL[] = [];
  if (scope === 'none') conditions.push(sql`0`);
  if (scope === 'user') conditions.push(followedBy(sql.placeholder('createdBy')));
  if (scope === 'trainer') conditions.push(taughtBy(sql.placeholder('trainerId')));
  if (!archived) conditions.push(isNull(participants.archivedAt));
  if (plan !== 'all') {
    // `+id` keeps SQLite from driving a broad search by rowid (fetch and sort
    // thousands of people): it walks participants_last_first_idx and stops after a page.
    const id = plan === 'broad' ? sql`+${participants.id}` : sql`${participants.id}`;
    conditions.push(
      sql`${id} IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ${sql.placeholder('fts')})`,
    );
  }
  return db
    .select(summaryColumns)
    .from(participants)
    .where(and(...conditions))
    .orderBy(asc(participants.lastName), asc(participants.firstName), asc(participants.id))
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'))
    .prepare();
}

type PreparedSearch = ReturnType<typeof prepareSearch>;

/** Prepared once per connection: preparing the statement costs more than running a narrow search. */
const preparedSearches = new WeakMap<AppDatabase, Map<string, PreparedSearch>>();

function prepareCount(db: AppDatabase) {
  const matches = db
    .select({ one: sql`1` })
    .from(sql`participants_fts`)
    .where(sql`participants_fts MATCH ${sql.placeholder('fts')}`)
    .limit(BROAD_SEARCH_MATCHES)
    .as('matches');
  return db.select({ n: count() }).from(matches).prepare();
}

const preparedCounts = new WeakMap<AppDatabase, ReturnType<typeof prepareCount>>();

/** How many people match, counting no further than BROAD_SEARCH_MATCHES. */
function countMatches(db: AppDatabase, fts: string): number {
  let statement = preparedCounts.get(db);
  if (!statement) {
    statement = prepareCount(db);
    preparedCounts.set(db, statement);
  }
  return statement.get({ fts })?.n ?? 0;
}

/** One page of people, alphabetical; `limit + 1` rows are read to know if more follow. */
export function searchParticipants(db: AppDatabase, params: SearchParams): ParticipantSummaryRow[] {
  const scope = params.scope ?? 'all';
  const kind = scopeKind(scope);
  const fts = toFtsQuery(params.query);
  let plan: SearchPlan = 'all';
  if (fts) {
    plan = countMatches(db, fts) >= BROAD_SEARCH_MATCHES ? 'broad' : 'narrow';
  }
  const key = `${plan}|${params.includeArchived}|${kind}`;
  let statements = preparedSearches.get(db);
  if (!statements) {
    statements = new Map();
    preparedSearches.set(db, statements);
  }
  let statement = statements.get(key);
  if (!statement) {
    statement = prepareSearch(db, plan, params.includeArchived, kind);
    statements.set(key, statement);
  }
  return statement.all({
    fts,
    limit: params.limit + 1,
    offset: params.offset,
    createdBy: typeof scope === 'object' && 'createdBy' in scope ? scope.createdBy : undefined,
    trainerId: typeof scope === 'object' && 'trainerId' in scope ? scope.trainerId : undefined,
  });
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
