import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { Course, Enrolment } from '../../../electron/features/courses/contract';
import { useCan } from '../auth/session';
import { useFormatDate } from '../../ui/dates';
import { LoadState } from '../../ui/LoadState';
import { EnrolmentStatusDialog } from './EnrolmentStatusDialog';
import { useCoursesApi, useEnrolments, usePeopleSearch } from './hooks';

function EnrolSearch({
  course,
  enrolled,
  onEnrolled,
}: {
  course: Course;
  enrolled: readonly Enrolment[];
  onEnrolled: (enrolment: Enrolment) => void;
}) {
  const intl = useIntl();
  const formatDate = useFormatDate();
  const { enrol } = useCoursesApi();
  const [query, setQuery] = useState('');
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = usePeopleSearch(query);
  const enrolledIds = new Set(enrolled.map((e) => e.participantId));

  const add = async (participantId: number) => {
    setBusy(participantId);
    setError(null);
    const result = await enrol({ courseId: course.id, participantId });
    setBusy(null);
    if (result.ok) {
      onEnrolled(result.data);
      document.getElementById('enrol-search')?.focus();
    } else setError(result.error.message);
  };

  return (
    <div className="panel enrol-panel" role="search">
      <div className="field search-field">
        <label htmlFor="enrol-search">
          <FormattedMessage id="courses.enrol.search" />
        </label>
        <input
          id="enrol-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          maxLength={100}
          value={query}
          aria-describedby="enrol-search-status"
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p id="enrol-search-status" className="field-hint" role="status">
        {query.trim() === '' || search.searching ? null : search.error ? (
          search.error.message
        ) : (
          <FormattedMessage id="courses.enrol.found" values={{ count: search.items.length }} />
        )}
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {search.items.length > 0 ? (
        <ul
          className="enrol-results"
          aria-label={intl.formatMessage({ id: 'courses.enrol.results' })}
        >
          {search.items.map((person) => {
            const already = enrolledIds.has(person.id);
            const name = `${person.lastName} ${person.firstName}`;
            return (
              <li key={person.id}>
                <span>
                  <strong>{name}</strong>{' '}
                  <span className="muted">{formatDate(person.birthDate)}</span>
                </span>
                {already ? (
                  <span className="badge badge-muted">
                    <FormattedMessage id="courses.enrol.already" />
                  </span>
                ) : (
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={busy !== null}
                    aria-label={intl.formatMessage({ id: 'courses.enrol.addLabel' }, { name })}
                    onClick={() => void add(person.id)}
                  >
                    <FormattedMessage id="courses.enrol.add" />
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** The people enrolled in the course, their status, and adding people by searching the registry. */
export function EnrolmentsSection({ course }: { course: Course }) {
  const intl = useIntl();
  const can = useCan();
  const formatDate = useFormatDate();
  const enrolments = useEnrolments(course.id);
  const [editing, setEditing] = useState<Enrolment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const items = enrolments.data ?? [];
  const active = items.filter((e) => e.status !== 'withdrawn').length;

  return (
    <section aria-labelledby="enrolments-title">
      <div className="section-header">
        <h2 id="enrolments-title">
          <FormattedMessage id="courses.tab.enrolments" />
        </h2>
        <p className="muted">
          <FormattedMessage id="courses.enrol.count" values={{ count: active }} />
        </p>
      </div>
      {can('enrolments.add') ? (
        <EnrolSearch
          course={course}
          enrolled={items}
          onEnrolled={(e) => {
            setNotice(
              intl.formatMessage(
                { id: 'courses.enrol.added' },
                { name: `${e.lastName} ${e.firstName}` },
              ),
            );
            enrolments.reload();
          }}
        />
      ) : null}
      <p role="status" className="notice-inline">
        {notice}
      </p>
      <LoadState
        loading={enrolments.loading && !enrolments.data}
        error={enrolments.error}
        onRetry={enrolments.reload}
      />
      {enrolments.data && items.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="courses.enrol.none" />
        </p>
      ) : null}
      {items.length > 0 ? (
        <table className="data-table enrolments-table">
          <caption className="visually-hidden">
            <FormattedMessage id="courses.enrol.caption" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <FormattedMessage id="courses.enrol.col.name" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.enrol.col.status" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.enrol.col.since" />
              </th>
              <th scope="col">
                <FormattedMessage id="courses.enrol.col.reason" />
              </th>
              {can('enrolments.setStatus') ? (
                <th scope="col">
                  <span className="visually-hidden">
                    <FormattedMessage id="courses.session.col.actions" />
                  </span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} className={e.status === 'withdrawn' ? 'row-archived' : undefined}>
                <th scope="row">
                  {e.lastName} {e.firstName}
                </th>
                <td>
                  <span className={`badge enrolment-${e.status}`}>
                    <FormattedMessage id={`courses.enrolmentStatus.${e.status}`} />
                  </span>
                </td>
                <td>{formatDate(e.statusDate)}</td>
                <td>{e.reason ?? ''}</td>
                {can('enrolments.setStatus') ? (
                  <td>
                    <button
                      type="button"
                      className="button-quiet"
                      aria-label={intl.formatMessage(
                        { id: 'courses.enrol.changeLabel' },
                        { name: `${e.lastName} ${e.firstName}` },
                      )}
                      onClick={() => setEditing(e)}
                    >
                      <FormattedMessage id="courses.enrol.change" />
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {editing ? (
        <EnrolmentStatusDialog
          enrolment={editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              setNotice(intl.formatMessage({ id: 'courses.enrol.statusSaved' }));
              enrolments.reload();
            }
          }}
        />
      ) : null}
    </section>
  );
}
