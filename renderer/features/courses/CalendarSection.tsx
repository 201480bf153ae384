import { useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Course, Session } from '../../../electron/features/courses/contract';
import { useCan } from '../auth/session';
import { LoadState } from '../../ui/LoadState';
import { hoursText } from './attendanceGrid';
import { CalendarForm } from './CalendarForm';
import { SignInSheetButton } from './DocumentButtons';
import { useSessions } from './hooks';
import { coursePaths } from './routes';
import { SessionEditDialog } from './SessionEditDialog';
import { SessionForm } from './SessionForm';
import { formatSessionDate } from './SessionWhen';

type Panel = 'session' | 'calendar' | null;
type Outcome = { kind: 'created'; count: number } | { kind: 'updated' } | null;

/** The course's sessions, with the two ways to add them: one at a time or a weekly calendar. */
export function CalendarSection({ course }: { course: Course }) {
  const intl = useIntl();
  const can = useCan();
  const sessions = useSessions(course.id);
  const [panel, setPanel] = useState<Panel>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [editing, setEditing] = useState<Session | null>(null);
  const panelHeading = useRef<HTMLHeadingElement>(null);
  const items = sessions.data ?? [];

  useEffect(() => {
    if (panel) panelHeading.current?.focus();
  }, [panel]);

  const close = (count: number | null) => {
    setPanel(null);
    setOutcome(count === null ? null : { kind: 'created', count });
    if (count !== null) sessions.reload();
  };

  const closeEditor = (saved: Session | null) => {
    setEditing(null);
    if (!saved) return;
    setOutcome({ kind: 'updated' });
    sessions.reload();
  };

  return (
    <section aria-labelledby="calendar-title">
      <div className="section-header">
        <h2 id="calendar-title">
          <FormattedMessage id="courses.tab.calendar" />
        </h2>
        {can('sessions.create') ? (
          <div className="page-actions">
            <button
              type="button"
              className="button-secondary"
              aria-expanded={panel === 'session'}
              onClick={() => setPanel(panel === 'session' ? null : 'session')}
            >
              <FormattedMessage id="courses.session.new" />
            </button>
            <button
              type="button"
              className="button-secondary"
              aria-expanded={panel === 'calendar'}
              onClick={() => setPanel(panel === 'calendar' ? null : 'calendar')}
            >
              <FormattedMessage id="courses.calendar.new" />
            </button>
          </div>
        ) : null}
      </div>
      {panel ? (
        <div className="panel">
          <h3 ref={panelHeading} tabIndex={-1}>
            <FormattedMessage
              id={panel === 'session' ? 'courses.session.new' : 'courses.calendar.new'}
            />
          </h3>
          {panel === 'session' ? (
            <SessionForm course={course} onDone={(s) => close(s ? 1 : null)} />
          ) : (
            <CalendarForm course={course} onDone={(list) => close(list ? list.length : null)} />
          )}
        </div>
      ) : null}
      <p role="status" className="notice-inline">
        {outcome?.kind === 'created' ? (
          <FormattedMessage id="courses.session.created" values={{ count: outcome.count }} />
        ) : outcome?.kind === 'updated' ? (
          <FormattedMessage id="courses.session.updated" />
        ) : null}
      </p>
      <LoadState
        loading={sessions.loading && !sessions.data}
        error={sessions.error}
        onRetry={sessions.reload}
      />
      {sessions.data && items.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="courses.session.none" />
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="data-table sessions-table">
          <caption className="visually-hidden">
            <FormattedMessage id="courses.session.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                <FormattedMessage id="courses.session.col.number" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.session.col.date" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.session.col.time" />
              </th>
              <th scope="col" className="numeric">
                <FormattedMessage id="courses.session.col.hours" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.session.col.topic" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.session.col.status" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.session.col.actions" />
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((session, index) => (
              <tr
                key={session.id}
                className={session.status === 'cancelled' ? 'session-row-cancelled' : undefined}
              >
                <td className="numeric">{index + 1}</td>
                <th scope="row" id={`session-${session.id}-date`}>
                  {formatSessionDate(intl.locale, session.date)}
                </th>
                <td>
                  {session.startTime}–{session.endTime}
                </td>
                <td className="numeric">{hoursText(session.minutes, intl.locale)}</td>
                <td className="session-topic">
                  {session.topic ?? ''}
                  {session.note ? (
                    <span className="session-note">
                      <span className="visually-hidden">
                        <FormattedMessage id="courses.session.noteLabel" />{' '}
                      </span>
                      {session.note}
                    </span>
                  ) : null}
                </td>
                <td>
                  <span className={`badge session-${session.status}`}>
                    <FormattedMessage id={`courses.sessionStatus.${session.status}`} />
                  </span>
                </td>
                <td>
                  <div className="row-actions-inner">
                    {can('sessions.update') ? (
                      <button
                        type="button"
                        className="button-quiet"
                        aria-describedby={`session-${session.id}-date`}
                        onClick={() => setEditing(session)}
                      >
                        <FormattedMessage id="courses.session.edit" />
                      </button>
                    ) : null}
                    {session.status === 'cancelled' ? (
                      <span className="session-no-attendance">
                        <FormattedMessage id="courses.session.cancelledNoAttendance" />
                      </span>
                    ) : can('attendance.save') ? (
                      <a
                        href={coursePaths.attendance(course.id, session.id)}
                        aria-describedby={`session-${session.id}-date`}
                      >
                        <FormattedMessage
                          id={
                            session.status === 'held'
                              ? 'courses.session.editAttendance'
                              : 'courses.session.recordAttendance'
                          }
                        />
                      </a>
                    ) : null}
                    {session.status === 'cancelled' ? null : (
                      <SignInSheetButton sessionId={session.id} compact />
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? <SessionEditDialog session={editing} onClose={closeEditor} /> : null}
    </section>
  );
}
