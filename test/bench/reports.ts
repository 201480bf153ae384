import type { OpenedDatabase } from '../../db/open';
import type { Router } from '../../electron/api/router';
import { readReportData } from '../../electron/features/reports/queries';
import { timedRow, type BenchRow } from './results';
import { measure, type MeasureOptions } from './timing';

/**
 * A project's whole dashboard at scale L through the router (validation, six
 * statements, breakdowns, targets), against the raw reads alone; then the XLSX
 * export of the project with the most people.
 */
export async function benchReports(
  database: OpenedDatabase,
  router: Router,
  options: MeasureOptions,
): Promise<BenchRow[]> {
  const { sqlite } = database;
  const projects = sqlite
    .prepare('SELECT id, start_date AS startDate, end_date AS endDate FROM projects ORDER BY id')
    .all() as { id: number; startDate: string; endDate: string }[];
  if (projects.length === 0) throw new Error('the bench database has no projects');
  const at = (i: number) => projects[i % projects.length] ?? projects[0];
  const call = async (channel: string, input: unknown) => {
    const result = await router.call({ channel, input, locale: 'it' });
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
    return result.data;
  };
  const filter = (i: number) => {
    const p = at(i);
    return { projectId: p?.id, from: p?.startDate ?? '2020-01-01', to: p?.endDate ?? '2030-12-31' };
  };
  const dashboards = await measure((i) => call('reports.dashboard', filter(i)), options);
  const raw = await measure((i) => {
    const f = filter(i);
    return readReportData(sqlite, {
      projectIds: [f.projectId ?? 0],
      from: f.from,
      to: f.to,
      territory: null,
    });
  }, options);
  const sizes = projects.map((p, i) => ({
    i,
    people: readReportData(sqlite, {
      projectIds: [p.id],
      from: p.startDate,
      to: p.endDate,
      territory: null,
    }).people.size,
  }));
  const biggest = [...sizes].sort((a, b) => b.people - a.people)[0] ?? { i: 0, people: 0 };
  const exports = await measure(
    () => call('reports.export', { filter: filter(biggest.i), format: 'xlsx' }),
    {
      warmup: 1,
      iterations: 5,
    },
  );
  // The bar speaks of a 10,000-person project: the largest projects are merged into one
  // for this measurement only, inside a transaction that is rolled back.
  const ordered = [...sizes].sort((a, b) => b.people - a.people);
  const merged: number[] = [];
  let reached = 0;
  for (const size of ordered) {
    if (reached >= 10_000) break;
    merged.push(projects[size.i]?.id ?? 0);
    reached += size.people;
  }
  const [target = 0, ...others] = merged;
  sqlite.exec('BEGIN');
  let mergedPeople: number;
  let mergedExports: Awaited<ReturnType<typeof measure>>;
  try {
    const move = sqlite.prepare('UPDATE courses SET project_id = ? WHERE project_id = ?');
    const movePathways = sqlite.prepare('UPDATE pathways SET project_id = ? WHERE project_id = ?');
    for (const id of others) {
      move.run(target, id);
      movePathways.run(target, id);
    }
    const range = sqlite
      .prepare(
        'SELECT min(start_date) AS startDate, max(end_date) AS endDate FROM projects WHERE id IN (SELECT value FROM json_each(?))',
      )
      .get(JSON.stringify(merged)) as { startDate: string; endDate: string };
    const mergedFilter = { projectId: target, from: range.startDate, to: range.endDate };
    mergedPeople = readReportData(sqlite, {
      projectIds: [target],
      from: range.startDate,
      to: range.endDate,
      territory: null,
    }).people.size;
    mergedExports = await measure(
      () => call('reports.export', { filter: mergedFilter, format: 'xlsx' }),
      { warmup: 1, iterations: 5 },
    );
  } finally {
    sqlite.exec('ROLLBACK');
  }
  const everyone = await measure(
    () =>
      call('reports.export', { filter: { from: '2000-01-01', to: '2100-12-31' }, format: 'xlsx' }),
    { warmup: 0, iterations: 1 },
  );
  const allPeople = readReportData(sqlite, {
    projectIds: projects.map((p) => p.id),
    from: '2000-01-01',
    to: '2100-12-31',
    territory: null,
  }).people.size;
  return [
    timedRow(
      `reports.dashboard: all indicators of one project (${projects.length} projects)`,
      dashboards,
      {
        reference: raw,
        bar: 150,
      },
    ),
    timedRow(
      `reports.export XLSX, one project (${biggest.people.toLocaleString('en')} people)`,
      exports,
    ),
    timedRow(
      `reports.export XLSX, one project of ${mergedPeople.toLocaleString('en')} people`,
      mergedExports,
      { bar: 5_000, barOn: 'median' },
    ),
    timedRow(
      `reports.export XLSX, every project (${allPeople.toLocaleString('en')} people)`,
      everyone,
    ),
  ];
}
