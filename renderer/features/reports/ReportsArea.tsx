import { useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { ProjectSummary } from '../../../electron/features/projects/contract';
import type { DashboardFilter } from '../../../electron/features/reports/contract';
import { Forbidden, NotFound } from '../../app/Placeholder';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useCan } from '../auth/session';
import { coursePaths } from '../courses/routes';
import { localToday } from '../pathways/dates';
import { Breakdowns } from './Breakdowns';
import { DrillDialog } from './DrillDialog';
import { ExportBar } from './ExportBar';
import { KeyFigures, OutcomeTiles } from './FigureTiles';
import { useDashboard, useReportProjects } from './hooks';
import { ReportFilters } from './ReportFilters';
import { initialFilter, parseReportQuery, reportsHash, type DrillFigure } from './routes';
import { TargetCards } from './TargetCards';
import './reports.css';

/** Everything below #/reports: the dashboard, for administrators and coordinators. */
export function ReportsArea({ parts, query }: { parts: readonly string[]; query: string }) {
  const can = useCan();
  if (!can('reports.dashboard')) return <Forbidden />;
  if (parts.length > 0) return <NotFound />;
  return <ReportsLoader query={query} />;
}

function ReportsLoader({ query }: { query: string }) {
  const projects = useReportProjects();
  if (!projects.data) {
    return (
      <section className="page reports-page">
        <PageHeading id="reports.title" />
        <LoadState loading={projects.loading} error={projects.error} onRetry={projects.reload} />
      </section>
    );
  }
  // A new address (the navigation link, Back) starts from what it says.
  if (projects.data.length === 0) {
    return (
      <section className="page reports-page">
        <PageHeading id="reports.title" />
        <div className="empty">
          <p>
            <FormattedMessage id="reports.noProjects" />
          </p>
          <a className="button-secondary" href={coursePaths.projects()}>
            <FormattedMessage id="reports.goToProjects" />
          </a>
        </div>
      </section>
    );
  }
  return <ReportsPage key={query} query={query} projects={projects.data} />;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <FormattedMessage id={title} />
      </h2>
      {children}
    </section>
  );
}

/** "FAMI-25 – Donne al centro (FAMI) · dal 01/01/2025 al 31/12/2025 · Torino": what the figures cover. */
function useScopeText(projects: readonly ProjectSummary[]) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  return (filter: DashboardFilter) => {
    const project = projects.find((p) => p.id === filter.projectId);
    return [
      project
        ? `${project.code} – ${project.title} (${project.funder})`
        : intl.formatMessage({ id: 'reports.scope.allProjects' }),
      intl.formatMessage(
        { id: 'reports.scope.period' },
        { from: formatDate(filter.from), to: formatDate(filter.to) },
      ),
      filter.territory ?? intl.formatMessage({ id: 'reports.scope.everywhere' }),
    ].join(' · ');
  };
}

function ReportsPage({ query, projects }: { query: string; projects: readonly ProjectSummary[] }) {
  const requested = useMemo(() => parseReportQuery(query), [query]);
  const [filter, setFilter] = useState<DashboardFilter>(() =>
    initialFilter(requested, projects, localToday()),
  );
  const [drill, setDrill] = useState<DrillFigure | null>(requested.drill ?? null);
  const dashboard = useDashboard(filter);
  // With a territory chosen, the dashboard only knows that one: the choices come from the whole.
  const everywhere = useDashboard(filter.territory ? { ...filter, territory: undefined } : null);
  const territories =
    (filter.territory ? everywhere.data?.territories : dashboard.data?.territories) ?? [];
  const data = dashboard.data;
  const scopeText = useScopeText(projects);

  // The address keeps the filters (and an open list) so a reload or Back finds them again.
  // replaceState: no new history entry and no hashchange, so focus stays where it is.
  useEffect(() => {
    const hash = reportsHash(filter, drill);
    if (window.location.hash !== hash) {
      window.history.replaceState(
        null,
        '',
        `${window.location.pathname}${window.location.search}${hash}`,
      );
    }
  });

  const apply = (next: DashboardFilter) => {
    setFilter(next);
    setDrill(null);
  };

  return (
    <section className="page reports-page">
      <PageHeading id="reports.title" />
      <p className="section-intro">
        <FormattedMessage id="reports.intro" />
      </p>
      <ReportFilters
        filter={filter}
        projects={projects}
        territories={territories}
        onApply={apply}
      />
      <div role="status" className="work-status">
        {dashboard.loading && data ? (
          <p className="loading">
            <FormattedMessage id="reports.updating" />
          </p>
        ) : null}
      </div>
      {!data || dashboard.error ? (
        <LoadState loading={dashboard.loading} error={dashboard.error} onRetry={dashboard.reload} />
      ) : (
        <div
          className={`report-body${dashboard.loading ? ' is-stale' : ''}`}
          aria-busy={dashboard.loading}
        >
          <p className="report-scope">
            {scopeText({
              projectId: filter.projectId,
              from: data.from,
              to: data.to,
              territory: data.territory ?? undefined,
            })}
          </p>
          <ExportBar filter={filter} />
          <Section id="targets" title="reports.targets.title">
            {filter.projectId === undefined ? (
              <p className="muted">
                <FormattedMessage id="reports.targets.acrossProjects" />
              </p>
            ) : data.targets.length === 0 ? (
              <p className="muted">
                <FormattedMessage id="reports.targets.none" />
              </p>
            ) : (
              <>
                <TargetCards targets={data.targets} onOpen={setDrill} />
                <p className="field-hint">
                  <FormattedMessage id="reports.targets.statusNote" />
                </p>
              </>
            )}
          </Section>
          <Section id="figures" title="reports.figures.title">
            <KeyFigures dashboard={data} onOpen={setDrill} />
          </Section>
          <Section id="outcomes" title="reports.outcomes.title">
            <OutcomeTiles dashboard={data} onOpen={setDrill} />
          </Section>
          <Section id="breakdowns" title="reports.breakdowns.title">
            <Breakdowns dashboard={data} onOpen={setDrill} />
          </Section>
        </div>
      )}
      {drill && data ? (
        <DrillDialog
          filter={filter}
          scope={scopeText(filter)}
          figure={drill}
          onClose={() => setDrill(null)}
        />
      ) : null}
    </section>
  );
}
