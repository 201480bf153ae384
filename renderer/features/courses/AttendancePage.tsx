import { useCallback, useEffect, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AttendanceSheet } from '../../../electron/features/attendance/contract';
import { LoadState } from '../../ui/LoadState';
import { PageHeading } from '../../ui/PageHeading';
import { AttendanceGrid, hoursInputId, statusInputId } from './AttendanceGrid';
import { SignInSheetButton } from './DocumentButtons';
import { useAttendanceSheet } from './hooks';
import { coursePaths } from './routes';
import { SessionWhen } from './SessionWhen';
import { useAttendanceGrid } from './useAttendanceGrid';
import './courses.css';

export function AttendancePage({ courseId, sessionId }: { courseId: number; sessionId: number }) {
  const sheet = useAttendanceSheet(sessionId);
  if (!sheet.data) {
    return (
      <section className="page">
        <LoadState loading={sheet.loading} error={sheet.error} onRetry={sheet.reload} />
      </section>
    );
  }
  return <AttendanceEditor courseId={courseId} sheet={sheet.data} onSaved={sheet.reload} />;
}

type Message = { kind: 'saved'; count: number } | { kind: 'error'; text: string | null } | null;

function AttendanceEditor({
  courseId,
  sheet,
  onSaved,
}: {
  courseId: number;
  sheet: AttendanceSheet;
  onSaved: () => void;
}) {
  const intl = useIntl();
  const grid = useAttendanceGrid(sheet, intl.locale, onSaved);
  const [outcome, setOutcome] = useState<{ message: Message; rows: unknown }>({
    message: null,
    rows: null,
  });
  // A message about the last save no longer holds once the grid changes.
  const message = outcome.rows === grid.rows ? outcome.message : null;
  const { rows } = grid;
  const setMessage = useCallback((next: Message) => setOutcome({ message: next, rows }), [rows]);
  const { session } = sheet;
  const cancelled = session.status === 'cancelled';

  const save = useCallback(async () => {
    if (grid.saving || cancelled) return;
    setMessage(null);
    const outcome = await grid.save();
    if (outcome.kind === 'saved') {
      setMessage({ kind: 'saved', count: outcome.count });
      return;
    }
    setMessage({ kind: 'error', text: outcome.message });
    const row = grid.rows.find((r) => r.participantId === outcome.firstParticipantId);
    if (row) {
      const id =
        row.status === 'late' || row.status === 'present'
          ? hoursInputId(row.participantId)
          : statusInputId(row.participantId, row.status ?? 'present');
      document.getElementById(id)?.focus();
    }
  }, [grid, cancelled, setMessage]);

  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void saveRef.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="page attendance-page">
      <p className="breadcrumb">
        <a href={coursePaths.course(courseId, 'calendar')}>{sheet.courseTitle}</a>
      </p>
      <PageHeading id="attendance.title">
        <SignInSheetButton sessionId={session.id} />
      </PageHeading>
      <p className="session-when">
        <SessionWhen session={session} />
        {' · '}
        <FormattedMessage id={`courses.sessionStatus.${session.status}`} />
      </p>
      {grid.restoredAt ? (
        <div className="banner draft-banner" role="status">
          <p>
            <FormattedMessage
              id="attendance.draftRestored"
              values={{
                time: intl.formatTime(new Date(grid.restoredAt), {
                  hour: '2-digit',
                  minute: '2-digit',
                }),
              }}
            />
          </p>
          <button type="button" className="button-secondary" onClick={grid.discard}>
            <FormattedMessage id="attendance.discardDraft" />
          </button>
        </div>
      ) : null}
      {cancelled ? (
        // A cancelled session has nothing to record: say so instead of offering the grid.
        <div className="banner cancelled-banner" role="status">
          <p>
            <FormattedMessage id="errors.sessionCancelled" />
          </p>
          <a className="button-secondary" href={coursePaths.course(courseId, 'calendar')}>
            <FormattedMessage id="attendance.cancelled.back" />
          </a>
        </div>
      ) : sheet.rows.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="attendance.nobody" />
        </p>
      ) : (
        <>
          <div className="attendance-help" id="attendance-help">
            <h2 className="visually-hidden">
              <FormattedMessage id="attendance.help.title" />
            </h2>
            <FormattedMessage
              id="attendance.help.keys"
              values={{ kbd: (chunks) => <kbd>{chunks}</kbd> }}
            />
          </div>
          <div className="attendance-toolbar">
            <button type="button" className="button-secondary" onClick={grid.allPresent}>
              <FormattedMessage id="attendance.allPresent" />
            </button>
          </div>
          <AttendanceGrid people={sheet.rows} grid={grid} describedBy="attendance-help" />
          <div className="form-footer attendance-footer">
            <p className="save-state" role="status">
              {message?.kind === 'saved' ? (
                <span className="save-ok">
                  <FormattedMessage id="attendance.saved" values={{ count: message.count }} />
                </span>
              ) : message?.kind === 'error' ? (
                <span className="form-error">
                  {message.text ?? intl.formatMessage({ id: 'attendance.error.rows' })}
                </span>
              ) : grid.dirty ? (
                <FormattedMessage id="attendance.unsaved" />
              ) : null}
            </p>
            <div className="form-actions">
              <a className="button-secondary" href={coursePaths.course(courseId, 'attendance')}>
                <FormattedMessage id="attendance.toSummary" />
              </a>
              {/* Not `disabled`: the browser would take focus away from it while saving. */}
              <button
                type="button"
                className="button"
                onClick={() => void save()}
                aria-disabled={grid.saving || cancelled}
              >
                <FormattedMessage id="attendance.save" />
              </button>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
