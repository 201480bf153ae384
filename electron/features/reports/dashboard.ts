import { eq } from 'drizzle-orm';
import { projectCoordinators, projects, projectTargets } from '../../../db/schema';
import type { HandlerContext } from '../../api/context';
import { todayIso } from '../../api/fields';
import { coordinates, missingRecord } from '../courses/scope';
import {
  type Breakdown,
  BREAKDOWNS,
  type Bucket,
  type Dashboard,
  type DashboardFilter,
  type Outcome,
  OUTCOMES,
  type TargetProgress,
} from './contract';
import { elapsedFraction, targetStatus, topWithOther } from './indicators';
import { personBuckets, readReportData, type ReportData, type Scope } from './queries';

/** The projects a dashboard covers: one (if the caller may see it) or all the caller's. */
export function scopeOf(ctx: HandlerContext, filter: DashboardFilter): Scope {
  const { db } = ctx.database;
  let projectIds: number[];
  if (filter.projectId !== undefined) {
    const exists = db
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.id, filter.projectId))
      .get();
    if (!exists || (ctx.caller.role !== 'admin' && !coordinates(ctx, filter.projectId))) {
      missingRecord(ctx);
    }
    projectIds = [filter.projectId];
  } else if (ctx.caller.role === 'admin') {
    projectIds = db
      .select({ id: projects.id })
      .from(projects)
      .all()
      .map((r) => r.id);
  } else {
    projectIds = db
      .select({ id: projectCoordinators.projectId })
      .from(projectCoordinators)
      .where(eq(projectCoordinators.userId, ctx.caller.userId ?? -1))
      .all()
      .map((r) => r.id);
  }
  return { projectIds, from: filter.from, to: filter.to, territory: filter.territory ?? null };
}

function count(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

const buckets = (map: Map<string, number>, order?: readonly string[]): Bucket[] =>
  order
    ? order.map((key) => ({ key, count: map.get(key) ?? 0 }))
    : [...map.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : 1))
        .map(([key, n]) => ({ key, count: n }));

export function computeDashboard(data: ReportData, scope: Scope): Omit<Dashboard, 'targets'> {
  const maps = Object.fromEntries(BREAKDOWNS.map((b) => [b, new Map<string, number>()])) as Record<
    Breakdown,
    Map<string, number>
  >;
  let women = 0;
  for (const person of data.people.values()) {
    const personal = personBuckets(person, scope.to);
    for (const [breakdown, key] of Object.entries(personal))
      count(maps[breakdown as Breakdown], key);
    for (const track of person.tracks) count(maps.track, track);
    if (person.sex === 'F') women += 1;
  }
  for (const enrolment of data.enrolments) count(maps.attendanceRate, enrolment.rate);
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const fact of data.outcomes) outcomes[fact.outcome] += 1;
  const total = data.people.size;
  const attendedMinutes = data.enrolments.reduce((sum, e) => sum + e.attendedMinutes, 0);
  return {
    from: scope.from,
    to: scope.to,
    territory: scope.territory,
    projectIds: scope.projectIds,
    people: { total, women, womenShare: total > 0 ? (women * 100) / total : null },
    breakdowns: {
      sex: buckets(maps.sex, ['F', 'M', 'other', 'not_stated']),
      ageBand: buckets(maps.ageBand, ['under_18', '18_24', '25_34', '35_44', '45_54', '55_plus']),
      citizenship: topWithOther(maps.citizenship),
      thirdCountry: buckets(maps.thirdCountry, ['yes', 'no']),
      protection: buckets(maps.protection, ['yes', 'no']),
      track: buckets(maps.track, ['association', 'self_employment', 'job_placement', 'other']),
      attendanceRate: buckets(maps.attendanceRate, [
        '75_plus',
        '50_75',
        '25_50',
        'below_25',
        'none',
      ]),
    },
    hours: {
      delivered: data.deliveredMinutes / 60,
      attended: attendedMinutes / 60,
      sessionsHeld: data.sessionsHeld,
    },
    outcomes,
    volunteering: {
      hours: data.volunteering.reduce((sum, v) => sum + v.hours, 0),
      volunteers: new Set(data.volunteering.map((v) => v.participantId)).size,
    },
    territories: data.territories,
  };
}

const OUTCOME_OF_INDICATOR: Partial<Record<string, Outcome>> = {
  certificates: 'certificates',
  internships: 'internships',
  jobs: 'jobs',
  businesses: 'businesses',
  associations: 'associationsFounded',
};

function targetsOf(
  ctx: HandlerContext,
  projectId: number,
  data: ReportData,
  dashboard: Omit<Dashboard, 'targets'>,
): TargetProgress[] {
  const { db } = ctx.database;
  const project = db.select().from(projects).where(eq(projects.id, projectId)).get();
  if (!project) return [];
  const elapsed = elapsedFraction(project.startDate, project.endDate, todayIso(ctx.now()));
  const people = [...data.people.values()];
  const inTrack = (track: string | null) =>
    track === null ? people : people.filter((p) => p.tracks.has(track));
  return db
    .select()
    .from(projectTargets)
    .where(eq(projectTargets.projectId, projectId))
    .all()
    .map((t) => {
      const group = inTrack(t.track);
      const women = group.filter((p) => p.sex === 'F').length;
      let actual: number;
      switch (t.indicator) {
        case 'participants_total':
        case 'participants_by_track':
          actual = group.length;
          break;
        case 'participants_women':
          actual = women;
          break;
        case 'women_share':
          actual = group.length > 0 ? Math.round((women * 1000) / group.length) / 10 : 0;
          break;
        case 'training_hours':
          actual =
            (t.track === null
              ? data.deliveredMinutes
              : (data.deliveredMinutesByTrack.get(t.track) ?? 0)) / 60;
          break;
        default: {
          const outcome = OUTCOME_OF_INDICATOR[t.indicator];
          actual = outcome ? dashboard.outcomes[outcome] : 0;
        }
      }
      return {
        indicator: t.indicator as TargetProgress['indicator'],
        track: t.track,
        unit: t.unit,
        target: t.value,
        actual,
        progress: t.value > 0 ? actual / t.value : 1,
        status: targetStatus(actual, t.value, t.unit, elapsed),
      };
    });
}

export function dashboardFor(
  ctx: HandlerContext,
  filter: DashboardFilter,
): { dashboard: Dashboard; data: ReportData } {
  const scope = scopeOf(ctx, filter);
  const data = readReportData(ctx.database.sqlite, scope);
  const partial = computeDashboard(data, scope);
  const targets =
    filter.projectId !== undefined ? targetsOf(ctx, filter.projectId, data, partial) : [];
  return { dashboard: { ...partial, targets }, data };
}
