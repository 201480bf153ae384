import { useCallback } from 'react';
import type { ChannelInput } from '../../../electron/api/contract';
import type { DashboardFilter } from '../../../electron/features/reports/contract';
import { callChannel } from '../../app/api';
import { useLoad } from '../courses/hooks';
import type { DrillFigure } from './routes';

// The report hooks: with the other feature hooks, the only code in the renderer that calls
// the API (DESIGN §7).

/** Stands in for a filter not known yet (the call is not made while disabled). */
const NO_FILTER: DashboardFilter = { from: '2000-01-01', to: '2000-01-01' };

/** Without absent keys, so the same filter always makes the same request. */
function plain(filter: DashboardFilter): DashboardFilter {
  return {
    ...(filter.projectId !== undefined ? { projectId: filter.projectId } : {}),
    from: filter.from,
    to: filter.to,
    ...(filter.territory ? { territory: filter.territory } : {}),
  };
}

/** The projects the signed-in user may report on (a coordinator's own, every one for an administrator). */
export const useReportProjects = () => useLoad('projects.list', {});

/** Every figure of a dashboard, computed live by the main process. */
export const useDashboard = (filter: DashboardFilter | null) =>
  useLoad('reports.dashboard', plain(filter ?? NO_FILTER), filter !== null);

/** The people (or records) behind one figure. */
export const useDrill = (filter: DashboardFilter, figure: DrillFigure) =>
  useLoad('reports.drill', { filter: plain(filter), figure });

export type ExportFormat = ChannelInput<'reports.export'>['format'];

/** Asks the main process for one export of the dashboard (XLSX, CSV or PDF). */
export function useReportExport() {
  return useCallback(
    (filter: DashboardFilter, format: ExportFormat) =>
      callChannel('reports.export', { filter: plain(filter), format }),
    [],
  );
}
