import { FormattedMessage, useIntl } from 'react-intl';
import type { Course } from '../../../electron/features/courses/contract';
import { LoadState } from '../../ui/LoadState';
import { hoursText } from './attendanceGrid';
import { CourseSheetsButton } from './DocumentButtons';
import { useAttendanceSummary } from './hooks';
import { ImportSection } from './ImportSection';
import { useCan } from '../auth/session';

/** From two absences in a row, the trainer should get in touch. */
const ABSENCE_ALERT = 2;

/** Attendance so far per person: hours attended of those held, rate, absences in a row, threshold. */
export function SummarySection({ course }: { course: Course }) {
  const intl = useIntl();
  const summary = useAttendanceSummary(course.id);
  const canImport = useCan()('attendance.import');
  const data = summary.data;
  const hours = (minutes: number) => hoursText(minutes, intl.locale);
  return (
    <section aria-labelledby="summary-title">
      <div className="section-header">
        <h2 id="summary-title">
          <FormattedMessage id="attendance.summary.title" />
        </h2>
        <div className="page-actions">
          <CourseSheetsButton courseId={course.id} />
        </div>
      </div>
      <LoadState
        loading={summary.loading && !data}
        error={summary.error}
        onRetry={summary.reload}
      />
      {data ? (
        <p className="muted" id="summary-threshold">
          <FormattedMessage
            id="attendance.summary.threshold"
            values={{
              planned: hours(data.plannedMinutes),
              pct: intl.formatNumber(data.minAttendancePct / 100, { style: 'percent' }),
              needed: hours(Math.ceil((data.plannedMinutes * data.minAttendancePct) / 100)),
            }}
          />
        </p>
      ) : null}
      {data && data.rows.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="courses.enrol.none" />
        </p>
      ) : null}
      {data && data.rows.length > 0 ? (
        <table className="data-table summary-table" aria-describedby="summary-threshold">
          <caption className="visually-hidden">
            <FormattedMessage id="attendance.summary.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="courses.enrol.col.name" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="attendance.summary.col.hours" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="attendance.summary.col.rate" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="attendance.summary.col.absences" />
              </th>
              <th scope="col">
                <FormattedMessage id="attendance.summary.col.threshold" />
              </th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((row) => {
              const alert = row.consecutiveAbsences >= ABSENCE_ALERT;
              return (
                <tr key={row.participantId} className={alert ? 'row-alert' : undefined}>
                  <th scope="row">
                    {row.lastName} {row.firstName}
                    {row.enrolmentStatus === 'withdrawn' ? (
                      <span className="badge badge-muted">
                        <FormattedMessage id="courses.enrolmentStatus.withdrawn" />
                      </span>
                    ) : null}
                  </th>
                  <td className="numeric">
                    <FormattedMessage
                      id="attendance.summary.hoursOf"
                      values={{
                        attended: hours(row.attendedMinutes),
                        held: hours(row.heldMinutes),
                      }}
                    />
                  </td>
                  <td className="numeric">
                    {row.rate === null
                      ? intl.formatMessage({ id: 'attendance.summary.noRate' })
                      : intl.formatNumber(row.rate, { style: 'percent', maximumFractionDigits: 0 })}
                  </td>
                  <td className="numeric">
                    {alert ? (
                      <span className="absence-alert">
                        <FormattedMessage
                          id="attendance.summary.absencesAlert"
                          values={{ count: row.consecutiveAbsences }}
                        />
                      </span>
                    ) : (
                      intl.formatNumber(row.consecutiveAbsences)
                    )}
                  </td>
                  <td>
                    <span className={row.thresholdMet ? 'threshold-met' : 'threshold-not-met'}>
                      <span aria-hidden="true">{row.thresholdMet ? '✓' : '✗'}</span>{' '}
                      <FormattedMessage
                        id={
                          row.thresholdMet ? 'attendance.summary.met' : 'attendance.summary.notMet'
                        }
                      />
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {canImport ? <ImportSection courseId={course.id} onImported={summary.reload} /> : null}
    </section>
  );
}
