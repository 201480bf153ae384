import type { ChannelInput } from '../../../electron/api/contract';
import type { ProjectSummary } from '../../../electron/features/projects/contract';
import {
  BREAKDOWNS,
  dashboardFilter,
  type Breakdown,
  type DashboardFilter,
  type Outcome,
  OUTCOMES,
} from '../../../electron/features/reports/contract';

/** A figure whose people the drill-down lists. */
export type DrillFigure = ChannelInput<'reports.drill'>['figure'];

/**
 * What the address says, e.g. `#/reports?project=3&from=2025-01-01&to=2025-12-31&territory=Torino`.
 * Every part is optional: a reload keeps the filters, a bare `#/reports` gets the defaults.
 */
export interface ReportQuery {
  project?: number | 'all';
  from?: string;
  to?: string;
  territory?: string;
  drill?: DrillFigure;
}

const isoDateShape = /^\d{4}-\d{2}-\d{2}$/;

function toId(value: string | null): number | undefined {
  if (!/^[1-9][0-9]{0,15}$/.test(value ?? '')) return undefined;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : undefined;
}

const isBreakdown = (v: string | undefined): v is Breakdown =>
  (BREAKDOWNS as readonly string[]).includes(v ?? '');
const isOutcome = (v: string | undefined): v is Outcome =>
  (OUTCOMES as readonly string[]).includes(v ?? '');

/** `people`, `women`, `outcome:jobs`, `breakdown:sex:F`. */
export function drillKey(figure: DrillFigure): string {
  switch (figure.kind) {
    case 'people':
    case 'women':
      return figure.kind;
    case 'outcome':
      return `outcome:${figure.outcome}`;
    case 'breakdown':
      return `breakdown:${figure.breakdown}:${figure.key}`;
  }
}

export function parseDrillKey(value: string | null): DrillFigure | undefined {
  if (value === 'people' || value === 'women') return { kind: value };
  const [kind, first, key, ...rest] = (value ?? '').split(':');
  if (kind === 'outcome' && isOutcome(first) && key === undefined) {
    return { kind: 'outcome', outcome: first };
  }
  if (
    kind === 'breakdown' &&
    isBreakdown(first) &&
    key !== undefined &&
    /^[A-Za-z0-9_]{1,40}$/.test(key) &&
    rest.length === 0
  ) {
    return { kind: 'breakdown', breakdown: first, key };
  }
  return undefined;
}

/** The query part of the address (after `?`), read leniently: what is not understood is left out. */
export function parseReportQuery(query: string): ReportQuery {
  const params = new URLSearchParams(query);
  const result: ReportQuery = {};
  const project = params.get('project');
  if (project === 'all') result.project = 'all';
  else if (toId(project) !== undefined) result.project = toId(project);
  const from = params.get('from');
  const to = params.get('to');
  if (from && isoDateShape.test(from)) result.from = from;
  if (to && isoDateShape.test(to)) result.to = to;
  const territory = params.get('territory')?.trim();
  if (territory) result.territory = territory.slice(0, 100);
  const drill = parseDrillKey(params.get('drill'));
  if (drill) result.drill = drill;
  return result;
}

/** The address of a dashboard, with an open drill-down if any. */
export function reportsHash(filter: DashboardFilter, drill?: DrillFigure | null): string {
  const params = new URLSearchParams();
  params.set('project', filter.projectId === undefined ? 'all' : String(filter.projectId));
  params.set('from', filter.from);
  params.set('to', filter.to);
  if (filter.territory) params.set('territory', filter.territory);
  if (drill) params.set('drill', drillKey(drill));
  return `#/reports?${params.toString()}`;
}

/** A project's own period, or the calendar year of `today` across projects. */
export function periodOf(
  project: Pick<ProjectSummary, 'startDate' | 'endDate'> | undefined,
  today: string,
): { from: string; to: string } {
  if (project) return { from: project.startDate, to: project.endDate };
  const year = today.slice(0, 4);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The project a coordinator most likely wants: one running today (the latest
 * started), else the latest started. None when there are no projects.
 */
export function likelyProject(projects: readonly ProjectSummary[], today: string) {
  const byStart = [...projects].sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
  return byStart.find((p) => p.startDate <= today && today <= p.endDate) ?? byStart[0];
}

/** The filter the dashboard opens with: what the address says, the rest by default. */
export function initialFilter(
  query: ReportQuery,
  projects: readonly ProjectSummary[],
  today: string,
): DashboardFilter {
  // A project the user cannot report on (an old link, another coordinator's) is not offered.
  const known = projects.some((p) => p.id === query.project);
  const projectId =
    query.project === 'all'
      ? undefined
      : known
        ? (query.project as number)
        : likelyProject(projects, today)?.id;
  const period = periodOf(
    projects.find((p) => p.id === projectId),
    today,
  );
  const candidate = {
    projectId,
    from: query.from ?? period.from,
    to: query.to ?? period.to,
    territory: query.territory,
  };
  const parsed = dashboardFilter.safeParse(candidate);
  return parsed.success ? parsed.data : { projectId, ...period };
}
