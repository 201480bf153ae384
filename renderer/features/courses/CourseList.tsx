import { FormattedMessage, useIntl } from 'react-intl';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { AreaTabs } from './CoursesArea';
import { useCourses } from './hooks';
import { coursePaths } from './routes';

/** The courses the user can see, newest first as the server orders them. */
export function CourseList() {
  const intl = useIntl();
  const can = useCan();
  const courses = useCourses();
  const formatDate = useFormatDate();
  const items = courses.data ?? [];
  return (
    <section className="page">
      <PageHeading id="courses.list.title">
        {can('courses.create') ? (
          <a className="button" href={coursePaths.new()}>
            <FormattedMessage id="courses.list.new" />
          </a>
        ) : null}
      </PageHeading>
      <AreaTabs current="courses" />
      <LoadState
        loading={courses.loading && !courses.data}
        error={courses.error}
        onRetry={courses.reload}
      />
      {courses.data && items.length === 0 ? (
        <p className="empty">
          <FormattedMessage
            id={can('courses.create') ? 'courses.list.emptyCreate' : 'courses.list.empty'}
          />
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="data-table">
          <caption className="visually-hidden">
            <FormattedMessage id="courses.list.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="courses.col.title" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.col.project" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.col.track" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.col.dates" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="courses.col.sessions" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="courses.col.enrolled" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((course) => (
              <tr key={course.id}>
                <th scope="row">
                  <a href={coursePaths.course(course.id)}>{course.title}</a>
                </th>
                <td className="mono">{course.projectCode}</td>
                <td>
                  <FormattedMessage id={`courses.track.${course.track}`} />
                </td>
                <td>
                  {intl.formatMessage(
                    { id: 'courses.dateRange' },
                    { from: formatDate(course.startDate), to: formatDate(course.endDate) },
                  )}
                </td>
                <td className="numeric">{intl.formatNumber(course.sessions)}</td>
                <td className="numeric">{intl.formatNumber(course.enrolled)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
