import type { OpenedDatabase } from '../../db/open';
import { createRandom } from '../../db/synthetic';
import { createRouter } from '../../electron/api/router';
import { handlers } from '../../electron/api/handlers';
import type { Caller } from '../../electron/api/roles';
import type { SessionSource } from '../../electron/api/session';
import { timedRow, type BenchRow } from './results';
import { measureInterleaved, type MeasureOptions } from './timing';

/** A router acting as one given counselor (the bench has no passwords to sign in with). */
function routerAs(database: OpenedDatabase, caller: { current: Caller }) {
  const session: SessionSource = {
    caller: () => caller.current,
    locked: () => false,
    touch: () => undefined,
    database: () => database,
    audit: () => undefined,
    vault: null,
  };
  return createRouter({ handlers, session });
}

/** The counselor's caseload home and a pathway page at scale L, router vs the raw reads. */
export async function benchPathways(
  database: OpenedDatabase,
  options: MeasureOptions & { seed: number },
): Promise<BenchRow[]> {
  const { sqlite } = database;
  const random = createRandom(options.seed);
  const counselors = sqlite
    .prepare("SELECT id FROM users WHERE role = 'counselor' ORDER BY id")
    .pluck()
    .all() as number[];
  if (counselors.length === 0) throw new Error('the bench database has no pathways');
  const caller = { current: { userId: counselors[0] ?? 1, role: 'counselor' } as Caller };
  const router = routerAs(database, caller);
  const call = async (channel: string, input: unknown) => {
    const result = await router.call({ channel, input, locale: 'it' });
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
    return result.data;
  };
  const picks = Array.from({ length: options.iterations + options.warmup }, () =>
    random.pick(counselors),
  );
  const pathwayOf = sqlite
    .prepare('SELECT id FROM pathways WHERE counselor_id = ? LIMIT 1')
    .pluck();
  const rawOpen = sqlite.prepare(
    `SELECT p.id, pa.first_name, pa.last_name, (SELECT max(m.date) FROM meetings m WHERE m.pathway_id = p.id)
     FROM pathways p JOIN participants pa ON pa.id = p.participant_id
     WHERE p.counselor_id = ? AND p.status IN ('intake', 'active') ORDER BY pa.last_name, pa.first_name`,
  );
  const rawPage = [
    sqlite.prepare('SELECT * FROM pathways WHERE id = ?'),
    sqlite.prepare(
      'SELECT * FROM screenings s LEFT JOIN screening_scores sc ON sc.screening_id = s.id WHERE s.pathway_id = ?',
    ),
    sqlite.prepare(
      'SELECT * FROM plan_goals g LEFT JOIN plan_actions a ON a.goal_id = g.id WHERE g.pathway_id = ?',
    ),
    sqlite.prepare('SELECT * FROM meetings WHERE pathway_id = ? ORDER BY date DESC'),
    sqlite.prepare('SELECT * FROM milestones WHERE pathway_id = ?'),
  ];
  const at = (i: number) => picks[i % picks.length] ?? counselors[0] ?? 1;
  const homes = await measureInterleaved(
    {
      router: (i) => {
        caller.current = { userId: at(i), role: 'counselor' };
        return call('caseload.home', {});
      },
      sql: (i) => rawOpen.all(at(i)),
    },
    options,
  );
  const pages = await measureInterleaved(
    {
      router: (i) => {
        caller.current = { userId: at(i), role: 'counselor' };
        return call('pathways.get', { id: pathwayOf.get(at(i)) });
      },
      sql: (i) => {
        const id = pathwayOf.get(at(i));
        for (const statement of rawPage) statement.all(id);
      },
    },
    options,
  );
  return [
    timedRow(
      'caseload.home of a counselor (~100 open pathways; reference: the open list alone)',
      homes.router,
      {
        reference: homes.sql,
        bar: 20,
      },
    ),
    timedRow('pathways.get: a pathway page (router vs the same reads by hand)', pages.router, {
      reference: pages.sql,
      bar: 20,
    }),
  ];
}
