import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Course } from '../../../electron/features/courses/contract';
import { useCan } from '../auth/session';
import { BatchIssueSection } from '../certificates/BatchIssueSection';
import { CourseCompetences } from '../competences/CourseCompetences';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { CalendarSection } from './CalendarSection';
import { EnrolmentsSection } from './EnrolmentsSection';
import { useCourse } from './hooks';
import { coursePaths, type CourseTab } from './routes';
import { SummarySection } from './SummarySection';

function Details({ course }: { course: Course }) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const item = (label: string, value: string) => (
    <div className="detail-item">
      <dt>
        <FormattedMessage id={label} />
      </dt>
      <dd>{value}</dd>
    </div>
  );
  const t = (id: string) => intl.formatMessage({ id });
  return (
    <dl className="detail-grid course-details">
      {item('courses.field.project', `${course.projectCode} – ${course.projectTitle}`)}
      {item('courses.field.track', t(`courses.track.${course.track}`))}
      {item(
        'courses.col.dates',
        intl.formatMessage(
          { id: 'courses.dateRange' },
          { from: formatDate(course.startDate), to: formatDate(course.endDate) },
        ),
      )}
      {item('courses.field.mode', t(`courses.mode.${course.mode}`))}
      {item('courses.field.location', course.location ?? t('common.notGiven'))}
      {item(
        'courses.field.plannedHours',
        intl.formatMessage({ id: 'courses.hours' }, { hours: course.plannedHours }),
      )}
      {item(
        'courses.field.minAttendancePct',
        intl.formatNumber(course.minAttendancePct / 100, { style: 'percent' }),
      )}
    </dl>
  );
}

/** One course: its details, then calendar, enrolled people and attendance as tabs (links). */
export function CoursePage({ id, tab }: { id: number; tab: CourseTab | null }) {
  const intl = useIntl();
  const can = useCan();
  const course = useCourse(id);
  // Certificates are issued from the records: when these change, the batch section reads again.
  const [recordsVersion, setRecordsVersion] = useState(0);
  const tabs: CourseTab[] = [
    ...(can('sessions.list') ? (['calendar'] as const) : []),
    'enrolments',
    ...(can('attendance.summary') ? (['attendance'] as const) : []),
  ];
  const current: CourseTab = tab && tabs.includes(tab) ? tab : (tabs[0] ?? 'enrolments');
  if (!course.data) {
    return (
      <section className="page">
        <LoadState loading={course.loading} error={course.error} onRetry={course.reload} />
      </section>
    );
  }
  const data = course.data;
  return (
    <section className="page course-page">
      <p className="breadcrumb">
        <a href={coursePaths.list()}>
          <FormattedMessage id="courses.list.title" />
        </a>
      </p>
      <PageHeading text={data.title}>
        {can('courses.update') ? (
          <a className="button-secondary" href={coursePaths.edit(id)}>
            <FormattedMessage id="courses.edit.button" />
          </a>
        ) : null}
      </PageHeading>
      <Details course={data} />
      <nav className="course-tabs" aria-label={intl.formatMessage({ id: 'courses.tabs.label' })}>
        <ul>
          {tabs.map((name) => (
            <li key={name}>
              <a
                href={coursePaths.course(id, name)}
                aria-current={name === current ? 'page' : undefined}
              >
                <FormattedMessage id={`courses.tab.${name}`} />
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="course-tab-panel">
        {current === 'calendar' ? <CalendarSection course={data} /> : null}
        {current === 'enrolments' ? <EnrolmentsSection course={data} /> : null}
        {current === 'attendance' ? <SummarySection course={data} /> : null}
      </div>
      <CourseCompetences course={data} onRecordsChanged={() => setRecordsVersion((n) => n + 1)} />
      <BatchIssueSection key={recordsVersion} course={data} />
    </section>
  );
}
