import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../auth/session';
import { AreaTabs } from '../courses/CoursesArea';
import { coursePaths } from '../courses/routes';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { useProjects } from './hooks';

/** The funded projects courses belong to. */
export function ProjectList() {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const projects = useProjects();
  const items = projects.data ?? [];
  return (
    <section className="page">
      <PageHeading id="projects.list.title">
        {can('projects.create') ? (
          <a className="button" href={coursePaths.projectNew()}>
            <FormattedMessage id="projects.list.new" />
          </a>
        ) : null}
      </PageHeading>
      <AreaTabs current="projects" />
      <LoadState
        loading={projects.loading && !projects.data}
        error={projects.error}
        onRetry={projects.reload}
      />
      {projects.data && items.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="projects.list.empty" />
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="projects.list.title" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="projects.field.code" />
              </th>
              <th scope="col">
                <FormattedMessage id="projects.field.title" />
              </th>
              <th scope="col">
                <FormattedMessage id="projects.field.funder" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.col.dates" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="projects.col.courses" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr key={p.id}>
                <td className="mono">{p.code}</td>
                <th scope="row">
                  {can('projects.update') ? (
                    <a href={coursePaths.project(p.id)}>{p.title}</a>
                  ) : (
                    p.title
                  )}
                </th>
                <td>{p.funder}</td>
                <td>
                  {intl.formatMessage(
                    { id: 'courses.dateRange' },
                    { from: formatDate(p.startDate), to: formatDate(p.endDate) },
                  )}
                </td>
                <td className="numeric">{intl.formatNumber(p.courses)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
