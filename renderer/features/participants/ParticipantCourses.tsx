import { FormattedMessage, useIntl } from 'react-intl';
import type { ParticipantCourseAttendance } from '../../../electron/features/attendance/contract';
import { useCan } from '../auth/session';
import { hoursText } from '../courses/attendanceGrid';
import { coursePaths } from '../courses/routes';
import { LoadState } from '../../ui/LoadState';
import { useParticipantCourses } from './hooks';

function CourseRow({ course }: { course: ParticipantCourseAttendance }) {
  const intl = useIntl();
  const hours = (minutes: number) => hoursText(minutes, intl.locale);
  return (
    <tr>
      <th scope="row">
        <a href={coursePaths.course(course.courseId)}>{course.courseTitle}</a>
      </th>
      <td>
        <FormattedMessage id={`courses.enrolmentStatus.${course.enrolmentStatus}`} />
      </td>
      <td className="numeric nowrap">
        <FormattedMessage
          id="participants.courses.hoursOf"
          values={{
            attended: hours(course.attendedMinutes),
            held: hours(course.heldMinutes),
            planned: hours(course.plannedMinutes),
          }}
        />
      </td>
      <td className="numeric">
        {course.rate === null
          ? intl.formatMessage({ id: 'participants.courses.noRate' })
          : intl.formatNumber(course.rate, { style: 'percent', maximumFractionDigits: 0 })}
      </td>
      <td>
        <span className={course.thresholdMet ? 'threshold-met' : 'threshold-not-met'}>
          <span aria-hidden="true">{course.thresholdMet ? '✓' : '✗'}</span>{' '}
          <FormattedMessage
            id={course.thresholdMet ? 'participants.courses.met' : 'participants.courses.notMet'}
          />
        </span>
      </td>
    </tr>
  );
}

/** "Corsi e presenze": each course of the person, with hours, rate and the certificate threshold. */
export function ParticipantCourses({ participantId }: { participantId: number }) {
  const can = useCan();
  const allowed = can('attendance.forParticipant');
  const { courses, error, loading, reload } = useParticipantCourses(participantId, allowed);
  if (!allowed) return null;
  return (
    <section className="detail-section participant-courses" aria-labelledby="view-courses">
      <h2 id="view-courses">
        <FormattedMessage id="participants.courses.title" />
      </h2>
      <LoadState loading={loading && !courses} error={error} onRetry={reload} />
      {courses && courses.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="participants.courses.none" />
        </p>
      ) : null}
      {courses && courses.length > 0 ? (
        <table className="data-table participant-courses-table">
          <caption className="visually-hidden">
            <FormattedMessage id="participants.courses.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="participants.courses.col.course" />
              </th>
              <th scope="col">
                <FormattedMessage id="participants.courses.col.enrolment" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="participants.courses.col.hours" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="participants.courses.col.rate" />
              </th>
              <th scope="col">
                <FormattedMessage id="participants.courses.col.threshold" />
              </th>
            </tr>
          </thead>
          <tbody>
            {courses.map((course) => (
              <CourseRow key={course.courseId} course={course} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
