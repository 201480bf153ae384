import {
  BROAD_SEARCH_MATCHES,
  searchParticipants,
  toFtsQuery,
} from '../../db/queries/participants';
import type { OpenedDatabase } from '../../db/open';
import { createRandom, type Random } from '../../db/synthetic';
import type { Router } from '../../electron/api/router';
import { timedRow, type BenchRow } from './results';
import { measureInterleaved, type MeasureOptions } from './timing';

const PAGE = 50;

function stripDiacritics(value: string): string {
  return value.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * What people type into the search box, keystroke by keystroke: 1–4 letters of a
 * family name (or a given name), sometimes followed by a space and 1–2 letters
 * of the other name; with the name's diacritics or without them, in any case.
 */
export function typedQueries(database: OpenedDatabase, count: number, random: Random): string[] {
  const maxId = (
    database.sqlite.prepare('SELECT max(id) AS n FROM participants').get() as { n: number }
  ).n;
  const byId = database.sqlite.prepare(
    'SELECT first_name AS f, last_name AS l FROM participants WHERE id = ?',
  );
  const queries: string[] = [];
  while (queries.length < count) {
    const person = byId.get(random.int(1, maxId)) as { f: string; l: string } | undefined;
    if (!person) continue;
    const [first, second] = random.chance(0.8) ? [person.l, person.f] : [person.f, person.l];
    const plain = random.chance(0.5);
    const shape = (s: string) => {
      const text = plain ? stripDiacritics(s) : s;
      return random.chance(0.7) ? text.toLowerCase() : text;
    };
    const word = shape(first.split(/[\s'-]+/).find((w) => w.length > 0) ?? first);
    const typed = random.int(1, 4);
    for (let n = 1; n <= Math.min(typed, word.length); n++) queries.push(word.slice(0, n));
    if (random.chance(0.35) && word.length >= 3) {
      const other = shape(second);
      const base = word.slice(0, Math.max(3, typed));
      for (let n = 1; n <= Math.min(2, other.length); n++)
        queries.push(`${base} ${other.slice(0, n)}`);
    }
  }
  return queries.slice(0, count);
}

const searchSql = (idCondition: string) =>
  `SELECT id, first_name, last_name, sex, birth_date, birth_country, codice_fiscale, archived_at
     FROM participants
    WHERE archived_at IS NULL
      AND ${idCondition} IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?)
    ORDER BY last_name, first_name, id
    LIMIT ? OFFSET 0`;

/** One statement for every query: fetch all matches by rowid and sort them (the plan before 0004). */
function singleStatementSearch(database: OpenedDatabase) {
  const statement = database.sqlite.prepare(searchSql('id'));
  return (query: string) => {
    const fts = toFtsQuery(query);
    return fts ? statement.all(fts, PAGE + 1) : [];
  };
}

/**
 * The search the handler runs, written by hand on the raw connection (the
 * reference): count the matches up to a cap; walk the name index in order for a
 * broad prefix, fetch and sort the few matches otherwise.
 */
export function handWrittenSearch(database: OpenedDatabase) {
  const count = database.sqlite.prepare(
    `SELECT count(*) AS n FROM (SELECT 1 FROM participants_fts WHERE participants_fts MATCH ? LIMIT ${BROAD_SEARCH_MATCHES})`,
  );
  const narrow = database.sqlite.prepare(searchSql('id'));
  const broad = database.sqlite.prepare(searchSql('+id'));
  return (query: string) => {
    const fts = toFtsQuery(query);
    if (!fts) return [];
    const { n } = count.get(fts) as { n: number };
    return (n >= BROAD_SEARCH_MATCHES ? broad : narrow).all(fts, PAGE + 1);
  };
}

async function call(router: Router, channel: string, input: unknown) {
  const result = await router.call({ channel, input, locale: 'it' });
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.data;
}

export async function benchParticipants(
  database: OpenedDatabase,
  router: Router,
  options: MeasureOptions & { seed: number },
): Promise<BenchRow[]> {
  const random = createRandom(options.seed);
  const queries = typedQueries(database, options.iterations + options.warmup, random);
  const reference = handWrittenSearch(database);
  const singleStatement = singleStatementSearch(database);

  // The hand-written statements must find the same people as the handler.
  for (const query of queries.slice(0, 200)) {
    const viaRouter = (await call(router, 'participants.search', { query })) as {
      items: { id: number }[];
    };
    const expected = JSON.stringify(viaRouter.items.map((r) => r.id));
    for (const rows of [reference(query), singleStatement(query)] as { id: number }[][]) {
      if (JSON.stringify(rows.slice(0, PAGE).map((r) => r.id)) !== expected) {
        throw new Error('A hand-written search returns different people from the handler');
      }
    }
  }

  const at = (i: number) => queries[i % queries.length] ?? '';
  const searches = await measureInterleaved(
    {
      router: (i) => call(router, 'participants.search', { query: at(i) }),
      drizzle: (i) =>
        searchParticipants(database.db, {
          query: at(i),
          includeArchived: false,
          limit: PAGE,
          offset: 0,
        }),
      sql: (i) => reference(at(i)),
      singleStatement: (i) => singleStatement(at(i)),
    },
    options,
  );

  const maxId = (
    database.sqlite.prepare('SELECT max(id) AS n FROM participants').get() as { n: number }
  ).n;
  const ids = Array.from({ length: options.iterations + options.warmup }, () =>
    random.int(1, maxId),
  );
  const getById = database.sqlite.prepare('SELECT * FROM participants WHERE id = ?');
  const opens = await measureInterleaved(
    {
      router: (i) => call(router, 'participants.get', { id: ids[i % ids.length] }),
      sql: (i) => getById.get(ids[i % ids.length]),
    },
    options,
  );

  return [
    timedRow('participants.search as you type (router)', searches.router, { bar: 10 }),
    timedRow('participants.search, hand-written SQL', searches.sql),
    timedRow('participants.search router vs hand-written', searches.router, {
      reference: searches.sql,
      bar: 1.3,
      barOn: 'ratio',
    }),
    timedRow('participants.search drizzle query vs hand-written', searches.drizzle, {
      reference: searches.sql,
      bar: 1.3,
      barOn: 'ratio',
    }),
    timedRow('participants.search, one statement sorting all matches', searches.singleStatement, {
      reference: searches.sql,
    }),
    timedRow('participants.get (router vs raw SELECT)', opens.router, {
      reference: opens.sql,
      bar: 20,
    }),
  ];
}
